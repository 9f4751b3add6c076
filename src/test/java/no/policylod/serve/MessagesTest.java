package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

import no.policylod.convert.model.Lang;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;

/**
 * The message bundles: the same keys in English, bokmål and nynorsk, every key a template or the code asks for
 * present, the same arguments in every language, and dates, numbers and money written as each language writes them.
 */
class MessagesTest {

    /** A literal key in a template: {@code t('nav.home')} or {@code t("nav.home", ...)}. */
    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("(?<![\\w.])t\\(\\s*['\"]([A-Za-z0-9.]+)['\"]\\s*[,)]");
    /** A template comment, left out of the scan. */
    private static final Pattern COMMENT = Pattern.compile("(?s)\\{#.*?#}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d}");

    /** Keys the code and templates build from parts: each must be in every bundle. */
    private static List<String> builtKeys() {
        List<String> keys = new ArrayList<>();
        for (ReaderLanguage l : ReaderLanguage.values()) {
            keys.add("switch." + l.tag());
        }
        for (int m = 1; m <= 12; m++) {
            keys.add("month." + m);
        }
        for (String scale : List.of("million", "billion", "trillion")) {
            keys.addAll(List.of("money." + scale + ".one", "money." + scale + ".other", "money.axis." + scale));
        }
        for (String status : List.of("400", "404", "406", "500", "503", "other")) {
            keys.add("error.title." + status);
        }
        for (Lang lang : Lang.values()) {
            String iri = lang.authorityIri();
            keys.add("language." + iri.substring(iri.lastIndexOf('/') + 1));
        }
        keys.addAll(List.of("ontology.kind.class", "ontology.kind.property", "ontology.kind.individual",
                "ontology.severity.Violation", "ontology.severity.Warning", "ontology.severity.Info",
                "ontology.classes", "ontology.properties", "ontology.individuals",
                "amount.annual", "amount.approximate", "amount.increase", "amount.decrease", "amount.lowerBound",
                "amount.upperBound", "amount.year", "pager.previous", "pager.next", "format.date", "format.dateTime",
                "format.time", "format.utc", "format.group", "format.decimal", "format.bytes", "money.scaled",
                "money.plain", "snapshot.name", "snapshot.nameUndated", "snapshot.pageFile", "source.hashName",
                "footer.licence", "ontology.complexPath", "ontology.oneOf",
                "term.dcterms.title", "term.dcterms.issued", "term.dcterms.publisher", "term.dcterms.subject",
                "term.dcterms.language", "term.dcterms.description", "term.dcterms.identifier", "term.schema.text",
                "term.schema.value", "term.schema.currency", "term.prov.wasDerivedFrom",
                "term.prov.generatedAtTime", "term.skos.prefLabel", "term.skos.altLabel", "term.rdfs.label"));
        keys.addAll(ontologyTermKeys());
        return keys;
    }

    /** {@code term.pl.X} for every class, property and individual the ontology defines. */
    private static Set<String> ontologyTermKeys() {
        return Ontology.ontology().find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .map(Triple::getSubject).filter(Node::isURI).map(Node::getURI).filter(iri -> iri.startsWith(PL.NS)
                        && iri.length() > PL.NS.length())
                .map(iri -> "term.pl." + iri.substring(PL.NS.length())).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBundleHasTheSameKeys() {
        Set<String> english = Messages.of(ReaderLanguage.ENGLISH).keys();
        assertTrue(english.size() > 100, "the English bundle: " + english.size());
        for (ReaderLanguage l : ReaderLanguage.values()) {
            Set<String> keys = Messages.of(l).keys();
            assertEquals(Set.of(), difference(english, keys), "missing from messages_" + l.tag());
            assertEquals(Set.of(), difference(keys, english), "only in messages_" + l.tag());
            for (String key : keys) {
                assertFalse(Messages.of(l).text(key).isBlank(), key + " in messages_" + l.tag());
            }
        }
    }

    @Test
    void everyLanguageFillsInTheSameArguments() {
        Messages en = Messages.of(ReaderLanguage.ENGLISH);
        for (ReaderLanguage l : ReaderLanguage.values()) {
            for (String key : en.keys()) {
                if (!key.startsWith("format.")) {
                    assertEquals(arguments(en.text(key)), arguments(Messages.of(l).text(key)),
                            key + " in messages_" + l.tag());
                }
            }
        }
    }

    @Test
    void everyKeyTheTemplatesAndTheCodeAskForExists() throws IOException {
        Set<String> asked = new TreeSet<>(builtKeys());
        Path templates = Fixtures.resource(Templates.ROOT);
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(""));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        assertTrue(asked.contains("nav.home") && asked.contains("query.run") && asked.contains("feed.release"),
                "the templates were read: " + asked.size());
        for (ReaderLanguage l : ReaderLanguage.values()) {
            assertEquals(Set.of(), difference(asked, Messages.of(l).keys()), "missing from messages_" + l.tag());
        }
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertEquals("3 December 2026", Messages.of(ReaderLanguage.ENGLISH).date("2026-12-03"));
        assertEquals("3. desember 2026", Messages.of(ReaderLanguage.BOKMAL).date("2026-12-03"));
        assertEquals("3. desember 2026", Messages.of(ReaderLanguage.NYNORSK).date("2026-12-03T08:00:00Z"));
        assertEquals("1 May 2024, 10:00 UTC", Messages.of(ReaderLanguage.ENGLISH).dateTime("2024-05-01T10:00:00Z"));
        assertEquals("1. mai 2024 kl. 10.00 UTC", Messages.of(ReaderLanguage.NYNORSK).dateTime("2024-05-01T10:00:00Z"));
        assertEquals("1. mai 2024 kl. 12.00 UTC+02:00",
                Messages.of(ReaderLanguage.BOKMAL).dateTime("2024-05-01T12:00:00+02:00"));
        assertEquals("someday", Messages.of(ReaderLanguage.ENGLISH).date("someday"), "not a date: as it is");
    }

    @Test
    void numbersAndMoneyAreWrittenAsEachLanguageWritesThem() {
        Messages en = Messages.of(ReaderLanguage.ENGLISH);
        Messages nb = Messages.of(ReaderLanguage.BOKMAL);
        Messages nn = Messages.of(ReaderLanguage.NYNORSK);
        assertEquals("38,200,000.5", en.number(new BigDecimal("38200000.50")));
        assertEquals("38\u00a0200\u00a0000,5", nb.number(new BigDecimal("38200000.50")));
        assertEquals("NOK 38.2 million", en.money(new BigDecimal("38200000.0"), "NOK"));
        assertEquals("NOK 5.5 billion", en.money(new BigDecimal("5500000000"), "NOK"));
        assertEquals("NOK 8.76 trillion", en.money(new BigDecimal("8757000000000"), "NOK"));
        assertEquals("NOK 150,000", en.money(new BigDecimal("150000"), "NOK"));
        assertEquals("NOK 5,5 milliarder", nb.money(new BigDecimal("5500000000"), "NOK"));
        assertEquals("NOK 1 milliard", nb.money(new BigDecimal("1000000000"), "NOK"));
        assertEquals("NOK 5,5 milliardar", nn.money(new BigDecimal("5500000000"), "NOK"));
        assertEquals(List.of("100M", "1B", "10T"), Stream.of(1e8, 1e9, 1e13).map(en::axis).toList());
        assertEquals("1 mrd.", nn.axis(1e9));
        assertEquals("7.7 kB", en.bytes(7_740));
        assertEquals("7,7 kB", nn.bytes(7_740));
        assertEquals("77 kB", en.bytes(77_400));
        assertEquals("812 byte", nb.bytes(812));
    }

    @Test
    void snapshotsAreNamedBySourceAndDay() {
        assertEquals("regjeringen.no/en/aktuelt/x/id1/, retrieved 1 May 2024", Messages.of(ReaderLanguage.ENGLISH)
                .snapshot("https://www.regjeringen.no/en/aktuelt/x/id1/", "2024-05-01T10:00:00Z", "a.html"));
        assertEquals("sidefil a.txt, hentetidspunkt ikkje oppgitt", Messages.of(ReaderLanguage.NYNORSK)
                .snapshot("ni:///sha-256;abc", null, "a.txt"));
    }

    @Test
    void aMissingKeyShowsItselfAndArgumentsAreFilledIn() {
        Messages en = Messages.of(ReaderLanguage.ENGLISH);
        assertEquals("no.such.key", en.text("no.such.key"));
        assertEquals("Release 2026-11-21.1", en.text("feed.release", "2026-11-21.1"));
        assertEquals("1,234 bytes", en.text("landing.bytes", 1234L));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
