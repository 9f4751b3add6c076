package no.policylod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.Rule;
import no.policylod.convert.model.Rules;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import no.policylod.testing.Fixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every named rule of the converter rests on at least two corpus pages, or on a documented convention of the site
 * or its languages; the evidence file names no rule the converter does not have.
 *
 * <p>To find the evidence again after changing the rules: {@code mvn test -Dtest=RuleEvidenceTest#findEvidence
 * -Devidence.find=true} prints, for each rule, the pages whose converted content changes when that rule alone is
 * switched off, with the pages' addresses and without them.
 */
class RuleEvidenceTest {

    private static final int MIN_PAGES = 2;

    @Test
    void everyRuleHasTwoPagesOrAConvention() throws IOException {
        RuleEvidence evidence = RuleEvidence.load();
        Set<String> corpus = corpusFiles();
        List<String> unsupported = new ArrayList<>();
        for (Rule rule : Converter.allRules()) {
            String name = rule.qualifiedName();
            long pages = evidence.pages().getOrDefault(name, List.of()).stream().filter(corpus::contains).count();
            if (pages < MIN_PAGES && !evidence.conventions().containsKey(name)) {
                unsupported.add(name + " (" + pages + " pages)");
            }
        }
        assertEquals(List.of(), unsupported, "rules without evidence");
    }

    @Test
    void theEvidenceFileNamesOnlyRulesThatExistAndPagesThatExist() throws IOException {
        RuleEvidence evidence = RuleEvidence.load();
        Set<String> rules = new HashSet<>();
        Converter.allRules().forEach(r -> rules.add(r.qualifiedName()));
        Set<String> named = new TreeSet<>(evidence.pages().keySet());
        named.addAll(evidence.conventions().keySet());
        named.removeAll(rules);
        assertEquals(Set.of(), named, "unknown rules in rule-evidence.json");
        Set<String> corpus = corpusFiles();
        evidence.pages().forEach((rule, files) -> assertTrue(corpus.containsAll(files), rule + ": " + files));
    }

    @Test
    void findEvidence() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("evidence.find"), "set -Devidence.find=true");
        List<PageSnapshot> withUrls = pages(true);
        List<PageSnapshot> withoutUrls = pages(false);
        for (Rule rule : Converter.allRules()) {
            Set<String> changed = new TreeSet<>(changedBy(rule, withUrls));
            changed.addAll(changedBy(rule, withoutUrls));
            System.out.println("\"" + rule.qualifiedName() + "\": " + changed.stream().map(f -> "\"" + f + "\"")
                    .toList() + ",");
        }
    }

    private static List<String> changedBy(Rule rule, List<PageSnapshot> pages) {
        UriPolicy uris = new UriPolicy(Fixtures.BASE);
        Converter all = new Converter(uris);
        Converter without = new Converter(uris, Rules.all().without(Set.of(rule.qualifiedName())));
        List<String> changed = new ArrayList<>();
        for (PageSnapshot p : pages) {
            PageContent a = all.read(p);
            if (!a.equals(without.read(p))) {
                changed.add(p.name());
            }
        }
        return changed;
    }

    private static List<PageSnapshot> pages(boolean withUrls) throws IOException {
        Path dir = Fixtures.resource("corpus/pages");
        Map<String, String> urls = new HashMap<>();
        for (JsonNode e : new ObjectMapper().readTree(dir.resolve("sources.json").toFile())) {
            urls.put(e.get("file").asText(), e.get("url").asText());
        }
        List<PageSnapshot> pages = new ArrayList<>();
        for (String name : corpusFiles()) {
            pages.add(PageSnapshot.of(name, Files.readString(dir.resolve(name)), withUrls ? urls.get(name) : null,
                    null));
        }
        return pages;
    }

    private static Set<String> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("corpus/pages"))) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".txt")).forEach(names::add);
            return names;
        }
    }
}
