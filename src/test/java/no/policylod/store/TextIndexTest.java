package no.policylod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.policylod.testing.Fixtures;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text index over a real TDB2 store of the 65-page corpus: what it holds, what searches find, SPARQL. */
class TextIndexTest {

    private static final String PREFIXES = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    private static Store store;
    private static TextIndex index;
    private static long indexed;

    @BeforeAll
    static void build() {
        Path dir = Fixtures.tempDir("text-index");
        store = Fixtures.store(dir.resolve("store"), "corpus/pages");
        index = TextIndex.open(TextIndex.folderFor(store.directory()));
        indexed = index.rebuild(store.dataset());
    }

    @AfterAll
    static void close() {
        index.close();
        store.close();
    }

    @Test
    void liveBesideTheStore() {
        assertEquals(Path.of("/data/store-text"), TextIndex.folderFor(Path.of("/data/store")));
        assertEquals(store.directory().toAbsolutePath().resolveSibling("store-text"), index.folder());
    }

    @Test
    void saysWhenAnotherProcessHoldsTheFolder() {
        Store.StoreException e = assertThrows(Store.StoreException.class, () -> TextIndex.open(index.folder()));
        assertTrue(e.getMessage().contains(index.folder().toString()), e.getMessage());
        assertTrue(e.getMessage().contains("another policy-lod process"), e.getMessage());
    }

    @Test
    void holdsEveryDistinctTitleDescriptionAndText() {
        long expected = select(store.dataset(), PREFIXES + """
                SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o {
                  VALUES ?p { dcterms:title dcterms:description schema:text } ?s ?p ?o } }""")
                .get(0).getLiteral("n").getLong();
        assertTrue(expected > 100, "the corpus has titles and texts: " + expected);
        assertEquals(expected, indexed);
        assertEquals(expected, index.size());
    }

    @Test
    void rebuildingTwiceGivesTheSameIndex() {
        assertEquals(indexed, index.rebuild(store.dataset()));
        assertEquals(indexed, index.size());
    }

    @Test
    void findsAnEnglishTitleThroughItsStem() {
        TextIndex.Results r = index.search("allocation", 0, 50);
        TextIndex.Hit hit = hit(r, Fixtures.BASE + "/id/doc/id2701821");
        assertTrue(marked(hit.title()).contains("allocates"), "the title's word is marked: " + hit.title());
    }

    @Test
    void findsNorwegianInflectedForms() {
        Set<String> withBareWord = documentsWhoseTextHas(Pattern.compile("\\bforsvar\\b"), "nb", "nn");
        assertFalse(withBareWord.isEmpty(), "the corpus has 'forsvar' in Norwegian texts");
        Set<String> found = uris(index.search("forsvaret", 0, 100));
        assertTrue(found.containsAll(withBareWord),
                "'forsvaret' finds every text with 'forsvar'; missing " + difference(withBareWord, found));
    }

    @Test
    void marksTheWordsFoundInTheSnippet() {
        TextIndex.Hit hit = index.search("forsvaret", 0, 100).hits().stream()
                .filter(h -> !h.snippet().isEmpty() && h.snippet().stream().anyMatch(TextIndex.Fragment::match))
                .findFirst().orElseThrow();
        assertTrue(marked(hit.snippet()).toLowerCase().startsWith("forsvar"), hit.snippet().toString());
    }

    @Test
    void paginatesWithoutOverlap() {
        TextIndex.Results all = index.search("regjeringen", 0, 1000);
        assertTrue(all.total() > 6, "enough results to page: " + all.total());
        assertEquals(all.total(), all.hits().size());
        List<TextIndex.Hit> first = index.search("regjeringen", 0, 3).hits();
        List<TextIndex.Hit> second = index.search("regjeringen", 3, 3).hits();
        assertEquals(all.hits().subList(0, 3).stream().map(TextIndex.Hit::uri).toList(),
                first.stream().map(TextIndex.Hit::uri).toList());
        assertEquals(all.hits().subList(3, 6).stream().map(TextIndex.Hit::uri).toList(),
                second.stream().map(TextIndex.Hit::uri).toList());
        assertEquals(all.total(), index.search("regjeringen", 3, 3).total());
    }

    @Test
    void toleratesAnyInput() {
        for (String q : List.of("", "   ", "\"unbalanced", "(((", "AND OR NOT", "*", "-", "<script>alert(1)</script>")) {
            TextIndex.Results r = index.search(q, 0, 10);
            assertTrue(r.total() >= 0, q);
        }
        assertEquals(0, index.search("", 0, 10).total());
        assertThrows(IllegalArgumentException.class, () -> index.search("x", -1, 10));
    }

    @Test
    void sparqlTextQueryOnTheWrappedDatasetFindsTheSameDocuments() {
        Dataset wrapped = index.wrap(store.dataset());
        Set<String> viaSparql = new LinkedHashSet<>();
        for (String lang : List.of("en", "nb", "nn")) {
            for (String p : List.of("dcterms:title", "dcterms:description", "schema:text")) {
                select(wrapped, PREFIXES + "SELECT DISTINCT ?doc { ?doc text:query (" + p + " \"forsvaret\" \"lang:"
                        + lang + "\" 10000) }").forEach(s -> viaSparql.add(s.getResource("doc").getURI()));
            }
        }
        assertEquals(uris(index.search("forsvaret", 0, 1000)), viaSparql);
    }

    @Test
    void sparqlTextQueryJoinsWithTheUnionDefaultGraph() {
        Dataset wrapped = index.wrap(store.dataset());
        List<QuerySolution> rows = select(wrapped, PREFIXES
                + "SELECT ?doc ?title { ?doc text:query (dcterms:title \"allocates\") ; dcterms:title ?title }");
        assertEquals(List.of("Norway allocates a further NOK 38.2 million to humanitarian efforts"),
                rows.stream().map(s -> s.getLiteral("title").getString()).toList());
    }

    // --- text:query without a property: every field, each language with its analyzer -------------------------------

    @Test
    void sparqlPlainFormFindsNorwegianInflectedFormsInEveryField() {
        Set<String> withDefiniteForm = documentsWhoseTextHas(Pattern.compile("\\bforsvaret\\b"), "nb", "nn");
        assertFalse(withDefiniteForm.isEmpty(), "the corpus has 'forsvaret' in Norwegian texts");
        Set<String> found = plain(index.wrap(store.dataset()), "forsvar");
        assertTrue(found.containsAll(withDefiniteForm),
                "'forsvar' finds every text with 'forsvaret'; missing " + difference(withDefiniteForm, found));
    }

    @Test
    void sparqlPlainFormFindsEnglishInflectedForms() {
        Set<String> withBareWord = documentsWhoseTextHas(Pattern.compile("\\bspend\\b"), "en");
        assertFalse(withBareWord.isEmpty(), "the corpus has 'spend' in English texts");
        Set<String> found = plain(index.wrap(store.dataset()), "spending");
        assertTrue(found.containsAll(withBareWord),
                "'spending' finds every text with 'spend'; missing " + difference(withBareWord, found));
    }

    @Test
    void sparqlPlainFormFindsWhatTheSearchPageFinds() {
        Dataset wrapped = index.wrap(store.dataset());
        for (String word : List.of("forsvaret", "spending", "regjeringen", "humanitarian")) {
            assertEquals(uris(index.search(word, 0, 1000)), plain(wrapped, word), word);
        }
    }

    @Test
    void sparqlPlainFormBindsTheDocumentWhoseLiteralMatched() {
        List<QuerySolution> rows = select(index.wrap(store.dataset()), PREFIXES + """
                SELECT ?doc ?score ?literal ?property {
                  (?doc ?score ?literal ?graph ?property) text:query "forsvaret" }""");
        assertTrue(rows.size() > 5, "hits: " + rows.size());
        for (QuerySolution row : rows) {
            String triple = "<" + row.getResource("doc").getURI() + "> <" + row.getResource("property").getURI()
                    + "> " + FmtUtils.stringForNode(row.get("literal").asNode());
            assertTrue(ask(store.dataset(), "ASK { " + triple + " }"), "the store has " + triple);
            assertTrue(row.getLiteral("score").getFloat() > 0, triple);
        }
    }

    @Test
    void sparqlLanguageWithoutPropertySearchesEveryFieldInThatLanguage() {
        Dataset wrapped = index.wrap(store.dataset());
        Set<String> nb = new LinkedHashSet<>();
        for (String p : List.of("dcterms:title", "dcterms:description", "schema:text")) {
            nb.addAll(documents(wrapped, "(" + p + " \"forsvaret\" \"lang:nb\")"));
        }
        assertFalse(nb.isEmpty());
        assertEquals(nb, documents(wrapped, "(\"forsvaret\" \"lang:nb\")"));
        assertEquals(nb, documents(wrapped, "\"forsvaret\"@nb"));
    }

    /** A small index over chosen literals: which form finds what, exactly. */
    @Test
    void sparqlFormsOnChosenLiterals() {
        Dataset data = DatasetFactory.createTxnMem();
        Txn.executeWrite(data, () -> RDFParser.fromString("""
                PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX schema: <https://schema.org/>
                GRAPH <urn:x:g> {
                  <urn:x:nb> dcterms:title "Forsvaret får nye fly"@nb .
                  <urn:x:nn> dcterms:description "Forsvaret i bygdene"@nn .
                  <urn:x:en> schema:text "Norway will spend more on defence"@en .
                  <urn:x:plain> dcterms:title "Untagged forsvar notes" .
                  <urn:x:other> dcterms:title "Defence spending"@en .
                }""", Lang.TRIG).parse(data));
        try (TextIndex small = TextIndex.open(Fixtures.tempDir("text-index-small").resolve("index"))) {
            assertEquals(5, small.rebuild(data));
            Dataset wrapped = small.wrap(data);
            assertEquals(Set.of("urn:x:nb", "urn:x:nn", "urn:x:plain"), plain(wrapped, "forsvar"));
            assertEquals(Set.of("urn:x:nb", "urn:x:nn"), plain(wrapped, "forsvarets"), "untagged: exact words");
            assertEquals(Set.of("urn:x:en", "urn:x:other"), plain(wrapped, "spending"));
            assertEquals(Set.of("urn:x:nn"), plain(wrapped, "bygd"));
            assertEquals(Set.of("urn:x:nn"), documents(wrapped, "(\"forsvar\" \"lang:nn\")"));
            assertEquals(Set.of("urn:x:plain"), documents(wrapped, "(dcterms:title \"forsvar\")"));
            assertEquals(Set.of("urn:x:nb"), documents(wrapped, "(dcterms:title \"forsvar\" \"lang:nb\")"));
            assertEquals(Set.of("urn:x:en"), documents(wrapped, "(schema:text \"spending\" \"lang:en\")"));
            assertEquals(Set.of(), plain(wrapped, "fly AND spending"));
            assertEquals(Set.of("urn:x:nb"), plain(wrapped, "\"nye fly\""));
        }
    }

    private static Set<String> plain(Dataset wrapped, String query) {
        return documents(wrapped, "\"" + query.replace("\"", "\\\"") + "\"");
    }

    /** The subjects {@code ?doc text:query OBJECT} binds. */
    private static Set<String> documents(Dataset wrapped, String object) {
        return select(wrapped, PREFIXES + "SELECT DISTINCT ?doc { ?doc text:query " + object + " }").stream()
                .map(s -> s.getResource("doc").getURI()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean ask(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                return qe.execAsk();
            }
        });
    }

    private static Set<String> documentsWhoseTextHas(Pattern word, String... langs) {
        String in = java.util.Arrays.stream(langs).map(l -> "\"" + l + "\"").collect(Collectors.joining(", "));
        return select(store.dataset(), PREFIXES + "SELECT DISTINCT ?doc ?v { VALUES ?p { dcterms:title "
                + "dcterms:description schema:text } ?doc ?p ?v FILTER(lang(?v) IN (" + in + ")) }").stream()
                .filter(s -> word.matcher(s.getLiteral("v").getString().toLowerCase()).find())
                .map(s -> s.getResource("doc").getURI()).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<QuerySolution> select(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                List<QuerySolution> rows = new java.util.ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static TextIndex.Hit hit(TextIndex.Results r, String uri) {
        return r.hits().stream().filter(h -> h.uri().equals(uri)).findFirst()
                .orElseThrow(() -> new AssertionError(uri + " not among " + uris(r)));
    }

    private static Set<String> uris(TextIndex.Results r) {
        return r.hits().stream().map(TextIndex.Hit::uri).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String marked(List<TextIndex.Fragment> fragments) {
        return fragments.stream().filter(TextIndex.Fragment::match).map(TextIndex.Fragment::text)
                .collect(Collectors.joining(" "));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new LinkedHashSet<>(a);
        d.removeAll(b);
        return d;
    }
}
