package no.policylod.convert;

import no.policylod.convert.model.DocClass;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import no.policylod.convert.model.Rules;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Converter accuracy on the labelled corpus, scored field by field the way the project's extraction scorer scores it
 * (documents matched by normalised title; class, issued, identifier, publisher, language; amounts as a multiset of
 * value and currency; the qualifiers of aligned amounts). Prints the table and every miss, and fails when accuracy
 * falls below the targets: overall, and documents, amounts, dates and qualifiers each at least 0.95; the seeds
 * perfect; the two-fold estimate (each half of the corpus scored with only the rules the other half supports) within
 * 0.02 of the whole-corpus figure.
 *
 * <p>Another folder of pages and gold labels is scored with {@code -Dcorpus.pages=DIR -Dcorpus.gold=DIR}
 * ({@code mvn test -Dtest=CorpusAccuracyTest#otherCorpus ...}).
 */
class CorpusAccuracyTest {

    static final List<String> FIELDS = List.of("documents", "class", "issued", "identifier", "publisher",
            "language", "amounts", "qualifiers");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TARGET = 0.95;
    private static final double TWO_FOLD_MARGIN = 0.02;

    @Test
    void corpusMeetsTheAccuracyTargets() throws IOException {
        Score score = score(Fixtures.resource("corpus/pages"), Fixtures.resource("corpus/gold"), Rules.all(), f -> true);
        System.out.println("corpus:\n" + score);
        assertTrue(score.overall() >= TARGET, score.toString());
        for (String field : List.of("documents", "amounts", "issued", "qualifiers")) {
            assertTrue(score.f1(field) >= TARGET, field + " below " + TARGET + ":\n" + score);
        }
    }

    @Test
    void seedsConvertPerfectly() throws IOException {
        Score score = score(Fixtures.resource("corpus/seeds"), Fixtures.resource("corpus/seeds-gold"), Rules.all(),
                f -> true);
        System.out.println("seeds:\n" + score);
        assertTrue(score.overall() == 1.0, score.toString());
    }

    /**
     * Each half of the corpus (split by a fixed hash of the file name) is scored with the rules switched off that
     * only its own pages support: the rules are checked on the half they were not written from.
     */
    @Test
    void twoFoldEstimateStaysCloseToTheWholeCorpus() throws IOException {
        Path pages = Fixtures.resource("corpus/pages");
        Path gold = Fixtures.resource("corpus/gold");
        RuleEvidence evidence = RuleEvidence.load();
        Score whole = score(pages, gold, Rules.all(), f -> true);
        Score twoFold = new Score();
        for (int half = 0; half < 2; half++) {
            int h = half;
            Rules rules = Rules.all().without(evidence.onlyWithin(f -> RuleEvidence.half(f) == h));
            twoFold.add(score(pages, gold, rules, f -> RuleEvidence.half(f) == h));
        }
        System.out.printf("two-fold estimate:%n%s%nwhole corpus overall %.3f, two-fold overall %.3f%n", twoFold,
                whole.overall(), twoFold.overall());
        assertTrue(twoFold.overall() >= whole.overall() - TWO_FOLD_MARGIN, "two-fold " + twoFold.overall()
                + " more than " + TWO_FOLD_MARGIN + " below the whole corpus " + whole.overall());
        assertTrue(twoFold.overall() >= TARGET, twoFold.toString());
    }

    /** Scores any folder of pages against any folder of gold labels (a development entry point). */
    @Test
    void otherCorpus() throws IOException {
        String pages = System.getProperty("corpus.pages");
        String gold = System.getProperty("corpus.gold");
        Assumptions.assumeTrue(pages != null && gold != null, "set -Dcorpus.pages and -Dcorpus.gold");
        System.out.println(score(Path.of(pages), Path.of(gold), Rules.all(), f -> true));
    }

    static Score score(Path pages, Path gold, Rules rules, Predicate<String> files) throws IOException {
        ProblemSink.Collecting problems = ProblemSink.collecting();
        Map<String, PageSnapshot> byName = new HashMap<>();
        new SnapshotReader().read(List.of(pages), problems).forEach(p -> byName.put(p.name(), p));
        Converter converter = new Converter(new UriPolicy(Fixtures.BASE), rules);
        Score score = new Score();
        try (Stream<Path> labels = Files.list(gold)) {
            for (Path file : labels.sorted().toList()) {
                JsonNode labelled = JSON.readTree(file.toFile());
                String name = labelled.get("file").asText();
                if (!files.test(name)) {
                    continue;
                }
                PageSnapshot page = byName.get(name);
                DatasetGraph data = DatasetGraphFactory.create();
                converter.convert(page, StreamRDFLib.dataset(data));
                converter.writeReferenceData(StreamRDFLib.dataset(data));
                score.page(labelled, data.getUnionGraph(), page.text());
            }
        }
        return score;
    }

    /** Tallies of true positives, false positives and false negatives per field, and the misses. */
    static final class Score {
        private final Map<String, int[]> tallies = new LinkedHashMap<>();
        private final List<String> misses = new ArrayList<>();

        Score() {
            FIELDS.forEach(f -> tallies.put(f, new int[3]));
        }

        double f1(String field) {
            int[] t = tallies.get(field);
            double p = t[0] + t[1] == 0 ? 1 : (double) t[0] / (t[0] + t[1]);
            double r = t[0] + t[2] == 0 ? 1 : (double) t[0] / (t[0] + t[2]);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1 : (double) a / b;
        }

        double overall() {
            return FIELDS.stream().mapToDouble(this::f1).average().orElse(0);
        }

        /** Adds another score's tallies and misses to this one. */
        void add(Score other) {
            other.tallies.forEach((f, t) -> count(f, t[0], t[1], t[2]));
            misses.addAll(other.misses);
        }

        void page(JsonNode gold, Graph g, String pageText) {
            String name = gold.get("file").asText();
            List<Doc> produced = Doc.all(g);
            List<JsonNode> expected = new ArrayList<>();
            JsonNode page = gold.get("page");
            if (!"Listing".equals(page.get("class").asText()) && !page.get("title").isNull()) {
                expected.add(page);
            }
            gold.get("items").forEach(i -> {
                if (!i.get("title").isNull()) {
                    expected.add(i);
                }
            });
            Set<Doc> used = new HashSet<>();
            for (JsonNode e : expected) {
                Doc match = best(e, produced, used);
                if (match == null) {
                    count("documents", 0, 0, 1);
                    misses.add(name + ": missing document " + e.get("title"));
                    continue;
                }
                used.add(match);
                count("documents", 1, 0, 0);
                fields(name, gold, e, match, e == page);
            }
            produced.stream().filter(d -> !used.contains(d)).forEach(d -> {
                count("documents", 0, 1, 0);
                misses.add(name + ": unexpected document " + d.titles);
            });
            amounts(name, gold, g);
            int[] q = QualifierScore.score(name, gold, g, pageText, misses);
            count("qualifiers", q[0], q[1], q[2]);
        }

        private void fields(String name, JsonNode gold, JsonNode e, Doc d, boolean isPage) {
            if (!e.get("class").isNull()) {
                Set<String> wanted = new HashSet<>(List.of(e.get("class").asText()));
                if (e.has("class_alternatives") && e.get("class_alternatives").isArray()) {
                    e.get("class_alternatives").forEach(c -> wanted.add(c.asText()));
                }
                boolean ok = d.classes.stream().anyMatch(wanted::contains);
                count("class", ok ? 1 : 0, 0, ok ? 0 : 1);
                if (!ok) {
                    misses.add(name + ": class of " + e.get("title") + ": " + d.classes);
                }
            }
            single(name, "issued", e.get("issued"), d.dates, e.get("title"));
            single(name, "identifier", e.get("identifier"), d.ids, e.get("title"));
            if (e.get("publishers").size() > 0) {
                boolean ok = false;
                for (JsonNode p : e.get("publishers")) {
                    ok |= d.publishers.contains(norm(p.asText()));
                }
                count("publisher", ok ? 1 : 0, 0, ok ? 0 : 1);
                if (!ok) {
                    misses.add(name + ": publisher of " + e.get("title") + ": " + d.publishers);
                }
            }
            if (isPage) {
                boolean ok = d.langs.contains(gold.get("lang").asText());
                count("language", ok ? 1 : 0, 0, ok ? 0 : 1);
            }
        }

        private void single(String name, String field, JsonNode want, Set<String> got, JsonNode title) {
            String w = want == null || want.isNull() ? null
                    : field.equals("identifier") ? normId(want.asText()) : want.asText();
            Set<String> g = field.equals("identifier") ? normIds(got) : got;
            if (w != null && g.contains(w)) {
                count(field, 1, g.size() - 1, 0);
            } else {
                count(field, 0, g.size(), w == null ? 0 : 1);
                if (w != null || !g.isEmpty()) {
                    misses.add(name + ": " + field + " of " + title + ": got " + g + ", want " + w);
                }
            }
        }

        private void amounts(String name, JsonNode gold, Graph g) {
            Map<String, Integer> want = new HashMap<>();
            gold.get("amounts").forEach(a -> want.merge(new BigDecimal(a.get("value").asText()).stripTrailingZeros()
                    .toPlainString() + " " + a.get("currency").asText(), 1, Integer::sum));
            Map<String, Integer> got = new HashMap<>();
            g.find(Node.ANY, SchemaDO.value.asNode(), Node.ANY).forEachRemaining(t -> {
                String currency = g.find(t.getSubject(), SchemaDO.currency.asNode(), Node.ANY).next().getObject()
                        .getLiteralLexicalForm();
                got.merge(new BigDecimal(t.getObject().getLiteralLexicalForm()).stripTrailingZeros().toPlainString()
                        + " " + currency, 1, Integer::sum);
            });
            Set<String> keys = new HashSet<>(want.keySet());
            keys.addAll(got.keySet());
            for (String k : keys) {
                int w = want.getOrDefault(k, 0);
                int p = got.getOrDefault(k, 0);
                count("amounts", Math.min(w, p), Math.max(0, p - w), Math.max(0, w - p));
                if (w != p) {
                    misses.add(name + ": amount " + k + ": got " + p + ", want " + w);
                }
            }
        }

        private static Doc best(JsonNode e, List<Doc> produced, Set<Doc> used) {
            List<String> titles = new ArrayList<>();
            if (e.get("title").isArray()) {
                e.get("title").forEach(t -> titles.add(t.asText()));
            } else {
                titles.add(e.get("title").asText());
            }
            Doc best = null;
            double bestScore = 0;
            for (Doc d : produced) {
                if (used.contains(d)) {
                    continue;
                }
                double s = 0;
                for (String t : titles) {
                    for (String p : d.titles) {
                        s = Math.max(s, titleScore(t, p));
                    }
                }
                if (s > 0 && !e.get("class").isNull() && d.classes.contains(e.get("class").asText())) {
                    s += 0.01;
                }
                if (s > bestScore) {
                    best = d;
                    bestScore = s;
                }
            }
            return best;
        }

        private static double titleScore(String gold, String got) {
            String g = norm(gold);
            String p = norm(got);
            if (g.isEmpty() || p.isEmpty()) {
                return 0;
            }
            if (g.equals(p)) {
                return 1;
            }
            String shorter = g.length() <= p.length() ? g : p;
            String longer = g.length() <= p.length() ? p : g;
            return longer.contains(shorter) && shorter.length() >= 0.5 * longer.length()
                    ? (double) shorter.length() / longer.length() : 0;
        }

        private void count(String field, int tp, int fp, int fn) {
            int[] t = tallies.get(field);
            t[0] += tp;
            t[1] += fp;
            t[2] += fn;
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(String.format("%-11s %9s %6s %6s   tp/fp/fn%n", "field", "precision",
                    "recall", "F1"));
            tallies.forEach((f, t) -> s.append(String.format("%-11s %9.3f %6.3f %6.3f   %d/%d/%d%n", f,
                    ratio(t[0], t[0] + t[1]), ratio(t[0], t[0] + t[2]), f1(f), t[0], t[1], t[2])));
            s.append(String.format("overall %.3f%n", overall()));
            misses.forEach(m -> s.append(m).append('\n'));
            return s.toString();
        }
    }

    /** A produced document as the scorer sees it. */
    private record Doc(Set<String> classes, List<String> titles, Set<String> dates, Set<String> ids,
                       Set<String> publishers, Set<String> langs) {

        static List<Doc> all(Graph g) {
            Set<String> docClasses = new HashSet<>();
            for (DocClass c : DocClass.values()) {
                c.ontologyClass().ifPresent(r -> docClasses.add(r.getLocalName()));
            }
            List<Doc> docs = new ArrayList<>();
            Set<Node> subjects = new HashSet<>();
            g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> subjects.add(t.getSubject()));
            for (Node s : subjects) {
                Set<String> classes = new HashSet<>();
                g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isURI() && t.getObject().getURI().startsWith(PL.NS)) {
                        classes.add(t.getObject().getLocalName());
                    }
                });
                classes.retainAll(docClasses);
                List<Node> titleNodes = objects(g, s, DCTerms.title.asNode());
                if (classes.isEmpty() || titleNodes.isEmpty()) {
                    continue;
                }
                Set<String> publishers = new HashSet<>();
                objects(g, s, DCTerms.publisher.asNode()).forEach(m -> objects(g, m, RDFS.label.asNode())
                        .forEach(l -> publishers.add(norm(l.getLiteralLexicalForm()))));
                Set<String> langs = new HashSet<>();
                titleNodes.forEach(t -> langs.add(t.getLiteralLanguage()));
                docs.add(new Doc(classes, titleNodes.stream().map(Node::getLiteralLexicalForm).toList(),
                        lexical(objects(g, s, DCTerms.issued.asNode())),
                        lexical(objects(g, s, DCTerms.identifier.asNode())), publishers, langs));
            }
            return docs;
        }

        private static List<Node> objects(Graph g, Node s, Node p) {
            List<Node> out = new ArrayList<>();
            g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            return out;
        }

        private static Set<String> lexical(List<Node> nodes) {
            Set<String> out = new HashSet<>();
            nodes.forEach(n -> out.add(n.getLiteralLexicalForm()));
            return out;
        }
    }

    static String norm(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201b\u2032`]", "'")
                .replaceAll("[\u201c\u201d\u201e\u00ab\u00bb]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return n.replaceAll("^[ .:;,\"'-]+|[ .:;,\"'-]+$", "");
    }

    static String normId(String s) {
        return norm(s).replaceAll("\\s*-\\s*", "-").replaceAll("\\s+", " ");
    }

    private static Set<String> normIds(Set<String> ids) {
        Set<String> out = new HashSet<>();
        ids.forEach(i -> out.add(normId(i)));
        return out;
    }
}
