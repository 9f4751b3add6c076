package no.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import no.policylod.testing.Fixtures;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every query in {@code queries/}, run on a TDB2 store built from the three "Security policy" snapshots in
 * {@code src/test/resources/pages/} (about 2017, 2024 and December 2025). The expected rows are counted by hand from
 * those pages, not copied from the output.
 */
class QueriesTest {

    /** Every query file; a new one fails {@link #everyQueryHasATest()} until it is added here and tested below. */
    static final Set<String> QUERIES = Set.of(
            "documents-by-type-and-year", "budget-amounts", "reports-by-session", "topic-listings-by-snapshot",
            "topic-changes-between-snapshots", "ministries-and-publications", "amounts-by-year-and-ministry",
            "documents-listed-in-several-snapshots", "search-titles", "largest-amounts", "document-provenance",
            "resource-history", "full-text-search");

    static final String Y2017 = "000_7a6befeeade525e2.txt";
    static final String Y2024 = "001_05e4ca65070688fa.txt";
    static final String Y2025 = "001.txt";
    static final String URL_2025 = "https://www.regjeringen.no/en/topics/foreign-affairs/security-policy/id1111";
    static final String NOT_STATED = "(publisher not stated)";

    private static Store store;
    private static TextIndex index;
    /** The store with its text index, as the endpoint and {@code policy-lod query} serve it. */
    private static Dataset served;

    @BeforeAll
    static void buildStore() {
        Path dir = Fixtures.tempDir("queries").resolve("store");
        store = Fixtures.store(dir, "pages/seeds", "pages/topic-with-url");
        index = TextIndex.open(TextIndex.folderFor(dir));
        index.rebuild(store.dataset());
        served = index.wrap(store.dataset());
    }

    @AfterAll
    static void closeStore() {
        index.close();
        store.close();
    }

    private static QueryResult run(String name) {
        return QueryResult.run(name, served);
    }

    // --- every file -------------------------------------------------------------------------------------------------

    /** The .rq files the build copied to the classpath from {@code queries/}. */
    static Set<String> queryFiles() throws URISyntaxException {
        URL folder = QueriesTest.class.getClassLoader().getResource(QueryResult.FOLDER);
        assertNotNull(folder, "no " + QueryResult.FOLDER + " on the classpath: is queries/ packaged by pom.xml?");
        File[] files = new File(folder.toURI()).listFiles((dir, name) -> name.endsWith(".rq"));
        return Arrays.stream(files).map(f -> f.getName().replaceFirst("\\.rq$", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyQueryHasATest() throws URISyntaxException {
        assertEquals(new TreeSet<>(QUERIES), queryFiles(),
                "queries/*.rq and QueriesTest.QUERIES differ: add the new query to QUERIES and test its rows");
    }

    @Test
    void everyQueryHasAHeaderParsesAndRuns() throws URISyntaxException {
        assertAll(queryFiles().stream().map(name -> () -> {
            String text = QueryResult.text(name);
            assertTrue(text.matches("(?s)# \\S[^\\n]*\\n#\\n.*"), name + ".rq must start with '# Title' and '#'");
            for (String part : List.of("# Answers:", "# Reading the results:", "# Parameter")) {
                assertTrue(text.contains(part), name + ".rq header lacks '" + part + "'");
            }
            Query query = QueryResult.parse(name);
            assertTrue(query.isSelectType(), name + ".rq is not a SELECT query");
            assertTrue(query.hasOrderBy(), name + ".rq has no ORDER BY, so its output order is not stable");
            assertTrue(run(name).size() > 0, name + ".rq returned no rows on the fixture store");
        }));
    }

    // --- 1. documents by type and year ------------------------------------------------------------------------------

    @Test
    void documentsByTypeAndYear() {
        QueryResult r = run("documents-by-type-and-year");
        Map<String, Integer> counts = new TreeMap<>();
        r.rows().forEach(row -> counts.put(row.get("kind") + " " + row.get("year"), Integer.valueOf(row.get("documents"))));
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                // 2017: six undated teasers of unstated kind; 2024: three undated "More on" boxes
                Map.entry("Article null", 9),
                Map.entry("Topic null", 1),
                Map.entry("Report null", 1),  // Meld. St. 37 (2014–2015): the 2017 page gives no date
                Map.entry("Report 2022", 1),  // Meld. St. 14, 31/08/2022
                Map.entry("Report 2023", 3),  // Meld. St. 21 02/06/2023, 26 16/06/2023, 5 24/11/2023 (listed twice)
                Map.entry("Report 2024", 1),  // Meld. St. 30, 21/06/2024
                Map.entry("Report 2025", 1),  // Meld. St. 20, 04/04/2025
                Map.entry("Strategy 2021", 1), Map.entry("Strategy 2025", 1),
                Map.entry("Speech 2024", 3), Map.entry("Speech 2025", 2),
                Map.entry("NewsStory 2024", 2), Map.entry("NewsStory 2025", 2),
                Map.entry("PressRelease 2025", 1), Map.entry("OfficialReport 2025", 1)));
        assertEquals(expected, counts, r.toString());
    }

    // --- 2. budget amounts ------------------------------------------------------------------------------------------

    @Test
    void budgetAmountsAreTheEightOnThe2017Page() {
        QueryResult r = run("budget-amounts");
        assertEquals(Set.of("200000000", "3600000000", "2900000000", "650000000", "300000000", "280000000",
                "175000000", "350000000"), Set.copyOf(r.numbers("value")), r.toString());
        assertEquals(8, r.size(), r.toString());
        assertEquals(Set.of("NOK"), Set.copyOf(r.column("currency")), r.toString());
    }

    /** Each amount as the 2017 page states it. Empty cells: no year, no bound. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            200000000  | NOK 200 million | | true  | false | false | false | | New measures to fight global security challenges
            3600000000 | NOK 3.6 billion | 2016 | false | true  | false | false | | Exports of defence-related products in 2016
            2900000000 | NOK 2.9 billion | | false | true  | false | false | | Exports of defence-related products in 2016
            650000000  | NOK 650 million | | false | false | false | false | | Exports of defence-related products in 2016
            300000000  | NOK 300 million | | false | true  | false | false | | Exports of defence-related products in 2016
            280000000  | NOK 280 million | | false | false | true  | false | | Greater engagement against conflict and fragility
            175000000  | NOK 175 million | 2017 | false | false | false | false |            | Government to double support for Western Balkans
            350000000  | NOK 350 million | 2018 | false | false | false | false |            | Government to double support for Western Balkans
            """)
    void budgetAmount(String value, String text, String year, String annual, String approximate, String increase,
                      String decrease, String bound, String documentTitle) {
        QueryResult r = run("budget-amounts");
        Map<String, String> row = r.only("value", value);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("amountText", text);
        expected.put("currency", "NOK");
        expected.put("year", year);
        expected.put("annual", annual);
        expected.put("approximate", approximate);
        expected.put("increase", increase);
        expected.put("decrease", decrease);
        expected.put("bound", bound);
        expected.put("documentTitle", documentTitle);
        Map<String, String> actual = new LinkedHashMap<>();
        expected.keySet().forEach(k -> actual.put(k, row.get(k)));
        assertEquals(expected, actual, r.toString());
        assertTrue(row.get("sentence").contains(text.replace("NOK ", "")), r.toString());
    }

    // --- 3. reports by session --------------------------------------------------------------------------------------

    @Test
    void reportsBySession() {
        QueryResult r = run("reports-by-session");
        assertEquals(List.of(
                "2014–2015 1 Meld. St. 37 (2014–2015) null",
                "2021–2022 1 Meld. St. 14 (2021–2022) 2022-08-31",
                "2022–2023 2 Meld. St. 21 (2022–2023) 2023-06-02",
                "2022–2023 2 Meld. St. 26 (2022–2023) 2023-06-16",
                "2023–2024 2 Meld. St. 5 (2023–2024) 2023-11-24",
                "2023–2024 2 Meld. St. 30 (2023–2024) 2024-06-21",
                "2024–2025 1 Meld. St. 20 (2024–2025) 2025-04-04"),
                r.rows().stream().map(row -> row.get("session") + " " + row.get("reportsInSession") + " "
                        + row.get("identifier") + " " + row.get("issued")).toList(), r.toString());
        assertEquals("A changing climate – united for a climate-resilient society",
                r.only("identifier", "Meld. St. 26 (2022–2023)").get("title"), r.toString());
        assertEquals("Norwegian exports of defence-related products in 2022, export control and international "
                + "non-proliferation cooperation", r.only("identifier", "Meld. St. 21 (2022–2023)").get("title"));
    }

    // --- 4. topic listings by snapshot ------------------------------------------------------------------------------

    @Test
    void topicListingsBySnapshot() {
        QueryResult r = run("topic-listings-by-snapshot");
        Map<String, Long> listed = r.rows().stream().collect(Collectors.groupingBy(row -> row.get("fileName"),
                LinkedHashMap::new, Collectors.counting()));
        // 2017: 6 teasers + Meld. St. 37; 2024: 3 boxes + 5 "What's new" + 5 "Documents"; 2025: 5 + 5.
        assertEquals(Map.of(Y2017, 7L, Y2024, 13L, Y2025, 10L), listed, r.toString());
        assertEquals(List.of(Y2017, Y2024, Y2025), List.copyOf(listed.keySet()), "oldest first; " + r);
        assertEquals(Set.of("Security policy"), Set.copyOf(r.column("pageTitle")), r.toString());
        assertEquals(3, Set.copyOf(r.column("snapshot")).size(), r.toString());
        assertTrue(r.column("generatedAtTime").stream().allMatch(t -> t == null), "no time is known; " + r);
        assertAll(
                () -> assertSnapshot(r, Y2017, null, true),
                () -> assertSnapshot(r, Y2024, "2024-09-23", true),
                () -> assertSnapshot(r, Y2025, "2025-12-04", false));
        Map<String, String> nou = r.only("title", "Defeat – Norway in Afghanistan 2015–2021");
        assertEquals(List.of(Y2025, "OfficialReport", "2025-11-06"),
                List.of(nou.get("fileName"), nou.get("kind"), nou.get("issued")), r.toString());
        Map<String, String> kicker = r.only("title", "Norwegian foreign and security policy");
        assertEquals(List.of(Y2017, "Article"), List.of(kicker.get("fileName"), kicker.get("kind")), r.toString());
        assertEquals(2, r.where("title", "A Resilient Health Emergency Preparedness").size(), r.toString());
    }

    private static void assertSnapshot(QueryResult r, String file, String notBefore, boolean hashedSource) {
        List<Map<String, String>> rows = r.where("fileName", file);
        assertEquals(Set.of(String.valueOf(notBefore)),
                rows.stream().map(row -> String.valueOf(row.get("notBefore"))).collect(Collectors.toSet()), file + r);
        String source = rows.get(0).get("source");
        assertTrue(hashedSource ? source.startsWith("ni:///sha-256;") : source.equals(URL_2025), file + r);
    }

    // --- 5. topic changes between snapshots -------------------------------------------------------------------------

    @Test
    void topicChangesBetweenSnapshots() {
        QueryResult r = run("topic-changes-between-snapshots");
        Map<String, Long> changes = r.rows().stream().collect(Collectors.groupingBy(
                row -> row.get("earlierFile") + " -> " + row.get("laterFile") + " " + row.get("change"),
                TreeMap::new, Collectors.counting()));
        assertEquals(new TreeMap<>(Map.of(
                Y2017 + " -> " + Y2024 + " dropped", 7L, Y2017 + " -> " + Y2024 + " added", 13L,
                Y2017 + " -> " + Y2025 + " dropped", 7L, Y2017 + " -> " + Y2025 + " added", 10L,
                Y2024 + " -> " + Y2025 + " dropped", 12L, Y2024 + " -> " + Y2025 + " added", 9L,
                Y2024 + " -> " + Y2025 + " kept", 1L)), changes, r.toString());
        Map<String, String> kept = r.only("change", "kept");
        assertEquals("A Resilient Health Emergency Preparedness", kept.get("title"), r.toString());
        assertEquals(List.of("dropped", "dropped"), r.where("title", "Government to double support for Western Balkans")
                .stream().map(row -> row.get("change")).toList(), "the 2017 teasers are gone later; " + r);
        assertEquals(List.of(Y2024 + " -> " + Y2025 + " added"), r.where("title", "National Security Strategy").stream()
                .filter(row -> row.get("earlierFile").equals(Y2024))
                .map(row -> row.get("earlierFile") + " -> " + row.get("laterFile") + " " + row.get("change")).toList(),
                r.toString());
    }

    // --- 6. ministries and publications -----------------------------------------------------------------------------

    @Test
    void ministriesAreListedWithZeroWhenTheyPublishedNothing() {
        QueryResult r = run("ministries-and-publications");
        // 16 ministries and the Office of the Prime Minister; the pages state no publisher.
        assertEquals(17, r.size(), r.toString());
        assertEquals(Set.of("0"), Set.copyOf(r.column("documents")), r.toString());
        Map<String, String> ud = r.only("abbreviation", "UD");
        assertEquals(List.of("Ministry of Foreign Affairs", "Utenriksdepartementet"),
                List.of(ud.get("labelEn"), ud.get("labelNb")), r.toString());
        Map<String, String> smk = r.only("abbreviation", "SMK");
        assertEquals(List.of("Office of the Prime Minister", "Statsministerens kontor"),
                List.of(smk.get("labelEn"), smk.get("labelNb")), r.toString());
        assertEquals(r.column("labelEn").stream().sorted().toList(), r.column("labelEn"), "sorted by name; " + r);
    }

    // --- 7. amounts by year and ministry ----------------------------------------------------------------------------

    @Test
    void amountsByYearAndMinistry() {
        QueryResult r = run("amounts-by-year-and-ministry");
        assertEquals(List.of(
                "null " + NOT_STATED + " NOK 5 4330000000",  // 200 + 2900 + 650 + 300 + 280 million
                "2016 " + NOT_STATED + " NOK 1 3600000000",
                "2017 " + NOT_STATED + " NOK 1 175000000",
                "2018 " + NOT_STATED + " NOK 1 350000000"), sums(r), r.toString());
    }

    /** Both publisher queries with publishers added: the fixture pages state none. */
    @Test
    void publishersAreCountedAndSummedWhenStated() {
        try (Store withPublishers = Fixtures.store(Fixtures.tempDir("queries-publishers"),
                "pages/seeds", "pages/topic-with-url")) {
            Txn.executeWrite(withPublishers.dataset(), () -> UpdateAction.parseExecute("""
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX pl: <https://w3id.org/policy-lod/ontology#>
                    INSERT { GRAPH <urn:x-test:publishers> { ?doc dcterms:publisher ?ministry } }
                    WHERE {
                      VALUES (?title ?abbreviation) {
                        ("Exports of defence-related products in 2016"@en "UD")
                        ("A Resilient Health Emergency Preparedness"@en "HOD")
                      }
                      GRAPH ?g { ?doc dcterms:title ?title }
                      GRAPH ?m { ?ministry pl:abbreviation ?abbreviation }
                    }""", withPublishers.dataset()));
            QueryResult ministries = QueryResult.run("ministries-and-publications", withPublishers.dataset());
            assertEquals(List.of("1 Ministry of Foreign Affairs", "1 Ministry of Health and Care Services"),
                    ministries.rows().stream().limit(2).map(row -> row.get("documents") + " " + row.get("labelEn"))
                            .sorted().toList(), ministries.toString());
            assertEquals(15, ministries.where("documents", "0").size(), ministries.toString());
            QueryResult amounts = QueryResult.run("amounts-by-year-and-ministry", withPublishers.dataset());
            assertEquals(List.of(
                    "null (publisher not stated) NOK 2 480000000",      // 200 + 280 million
                    "null Ministry of Foreign Affairs NOK 3 3850000000", // 2900 + 650 + 300 million
                    "2016 Ministry of Foreign Affairs NOK 1 3600000000",
                    "2017 " + NOT_STATED + " NOK 1 175000000",
                    "2018 " + NOT_STATED + " NOK 1 350000000"), sums(amounts), amounts.toString());
        }
    }

    private static List<String> sums(QueryResult r) {
        return r.rows().stream().map(row -> row.get("year") + " " + row.get("ministry") + " " + row.get("currency")
                + " " + row.get("amounts") + " " + QueryResult.plain(row.get("total"))).toList();
    }

    // --- 8. documents listed in several snapshots -------------------------------------------------------------------

    @Test
    void onlyMeldSt5IsListedInTwoSnapshots() {
        QueryResult r = run("documents-listed-in-several-snapshots");
        assertEquals(1, r.size(), r.toString());
        Map<String, String> row = r.rows().get(0);
        assertEquals(List.of("Meld. St. 5 (2023–2024)", "2", "1", "2023-11-24"),
                List.of(row.get("identifier"), row.get("snapshots"), row.get("pages"), row.get("issued")), r.toString());
        assertEquals(Set.of(Y2024, Y2025), Set.of(row.get("files").split(" \\| ")), r.toString());
    }

    // --- 9. search titles -------------------------------------------------------------------------------------------

    @Test
    void searchTitlesFindsSecurityInAnyCase() {
        QueryResult r = run("search-titles");
        assertEquals(List.of(
                "National Security Strategy",                                                     // 2025-05-08
                "International cooperation on nuclear safety and security in a changed Europe",   // 2024-06-21
                "Address to the Storting on the security policy situation"),                      // 2024-06-13
                r.column("title").subList(0, Math.min(3, r.size())), "newest first; " + r);
        assertEquals(Set.of(
                "National Security Strategy",
                "International cooperation on nuclear safety and security in a changed Europe",
                "Address to the Storting on the security policy situation",
                "Global security challenges in Norway’s foreign policy — Terrorism, organised crime, piracy and cyber "
                        + "threats",
                "New measures to fight global security challenges",
                "Norwegian foreign and security policy",
                "Security policy",
                "The primary object of Norway's security policy"), Set.copyOf(r.column("title")), r.toString());
        assertEquals(8, r.size(), r.toString());
        assertEquals("Topic", r.only("title", "Security policy").get("kind"), r.toString());
    }

    // --- 10. largest amounts ----------------------------------------------------------------------------------------

    @Test
    void largestAmountsComeFirst() {
        QueryResult r = run("largest-amounts");
        assertEquals(List.of("3600000000", "2900000000", "650000000", "350000000", "300000000", "280000000",
                "200000000", "175000000"), r.numbers("value"), r.toString());
        assertEquals("Exports of defence-related products in 2016", r.rows().get(0).get("documentTitle"), r.toString());
    }

    // --- 11. document provenance ------------------------------------------------------------------------------------

    @Test
    void documentProvenanceShowsBothSnapshotsListingMeldSt5() {
        QueryResult r = run("document-provenance");
        assertEquals(2, r.size(), r.toString());
        assertEquals(Set.of(Y2024, Y2025), Set.copyOf(r.column("fileName")), r.toString());
        for (Map<String, String> row : r.rows()) {
            assertEquals(List.of("listed", "Report", "A Resilient Health Emergency Preparedness", "2023-11-24"),
                    List.of(row.get("role"), row.get("kind"), row.get("title"), row.get("issued")), r.toString());
            assertNull(row.get("generatedAtTime"), r.toString());
        }
        assertEquals(URL_2025, r.only("fileName", Y2025).get("source"), r.toString());
        assertTrue(r.only("fileName", Y2024).get("source").startsWith("ni:///sha-256;"), r.toString());
    }

    // --- 12. resource history ---------------------------------------------------------------------------------------

    /**
     * The "Security policy" topic in its three snapshots. 2017 (no time): all eight triples are new, among them
     * the lead "The main aim of our security policy ..." (description and text) and three Norwegian image captions.
     * 2024 (not before 2024-09-23): the lead is now "The primary objective of Norwegian security policy ..." and the
     * captions are gone. 2025 (not before 2025-12-04): the same, plus the page id from the URL in sources.json.
     */
    @Test
    void resourceHistoryOfTheSecurityPolicyTopic() {
        QueryResult r = run("resource-history");
        List<String> changes = r.rows().stream().map(row -> row.get("fileName") + " " + row.get("change") + " "
                + row.get("property").replaceAll(".*[/#]", "")).toList();
        assertEquals(List.of(
                Y2017 + " added description", Y2017 + " added language", Y2017 + " added title",
                Y2017 + " added type", Y2017 + " added text",
                Y2017 + " added caption", Y2017 + " added caption", Y2017 + " added caption",
                Y2024 + " added description", Y2024 + " added text",
                Y2024 + " removed description", Y2024 + " removed text",
                Y2024 + " removed caption", Y2024 + " removed caption", Y2024 + " removed caption",
                Y2025 + " added pageId"), changes, r.toString());
        assertEquals(List.of("", "2024-09-23", "2025-12-04"), r.column("time").stream().distinct().toList());
        assertEquals(List.of("unknown", "not before"), r.column("timeBasis").stream().distinct().toList());
        Map<String, String> snapshots = new LinkedHashMap<>();
        r.rows().forEach(row -> snapshots.put(row.get("fileName"), row.get("snapshot")));
        assertEquals(Set.of(String.valueOf((Object) null)), r.where("fileName", Y2017).stream()
                .map(row -> String.valueOf(row.get("previous"))).collect(Collectors.toSet()), "2017 comes first");
        assertEquals(snapshots.get(Y2017), r.where("fileName", Y2024).get(0).get("previous"));
        assertEquals(snapshots.get(Y2024), r.only("fileName", Y2025).get("previous"));
        assertEquals("id1111", r.only("fileName", Y2025).get("value"));
        assertTrue(r.where("fileName", Y2024).stream().filter(row -> row.get("change").equals("added"))
                .allMatch(row -> row.get("value").startsWith("The primary objective of Norwegian security policy")));
    }

    // --- 13. full-text search ---------------------------------------------------------------------------------------

    /**
     * "export" through the English stemmer: the 2017 teaser "Exports of defence-related products in 2016" (its text:
     * "Norway exported arms ...") and the 2024 listing of Meld. St. 14 (2021–2022) and Meld. St. 21 (2022–2023),
     * "Norwegian exports of defence-related products in 2021/2022, export control ...".
     */
    @Test
    void fullTextSearchFindsInflectedForms() {
        QueryResult r = run("full-text-search");
        assertEquals(List.of(Fixtures.BASE + "/id/doc/en/exports-of-defence-related-products-in-2016",
                Fixtures.BASE + "/id/doc/meld-st-14-2021-2022", Fixtures.BASE + "/id/doc/meld-st-21-2022-2023"),
                r.column("doc").stream().sorted().toList(), r.toString());
        assertEquals("Exports of defence-related products in 2016",
                r.only("doc", Fixtures.BASE + "/id/doc/en/exports-of-defence-related-products-in-2016").get("title"));
        assertEquals("2023-06-02", r.only("doc", Fixtures.BASE + "/id/doc/meld-st-21-2022-2023").get("issued"));
        assertTrue(r.rows().stream().allMatch(row -> Float.parseFloat(row.get("score")) > 0), r.toString());
        assertEquals(r.column("score").stream().map(Float::parseFloat).sorted((a, b) -> Float.compare(b, a)).toList(),
                r.column("score").stream().map(Float::parseFloat).toList(), "best first; " + r);
    }
}
