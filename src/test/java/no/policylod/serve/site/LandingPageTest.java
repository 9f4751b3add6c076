package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.policylod.config.Settings;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.ReaderLanguage;
import no.policylod.format.Format;
import no.policylod.release.ReleaseLayout;
import no.policylod.testing.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The landing page of a real server over the 65-page corpus, checked against the store and the files. */
class LandingPageTest {

    private static SiteFixture site;
    private static Dataset data;
    private static Document page;

    @BeforeAll
    static void load() {
        site = SiteFixture.shared();
        data = site.store().dataset();
        HttpResponse<String> r = site.get(site.landingPath());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("text/html;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        page = Jsoup.parse(r.body(), site.baseUrl().toString());
    }

    @Test
    void rootIsTheLandingPage() {
        HttpResponse<String> root = site.get("/");
        assertEquals(200, root.statusCode(), "/ must be the landing page");
        assertEquals(page.select("main").text(), Jsoup.parse(root.body()).select("main").text());
    }

    @Test
    void theRootPathSpecServesOnlyTheRoot() throws Exception {
        FusekiServer plain = FusekiServer.create().port(0).loopback(true)
                .add("/ds", DatasetGraphFactory.createTxnMem())
                .addServlet("", new LandingPage(new SiteTemplates(), Settings.defaults(), data, site.dumps()))
                .build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            URI root = URI.create("http://localhost:" + plain.getHttpPort() + "/");
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals(page.selectFirst("h1").text(), Jsoup.parse(r.body()).selectFirst("h1").text());
            assertEquals(404, http.send(HttpRequest.newBuilder(root.resolve("/elsewhere")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        } finally {
            plain.stop();
        }
    }

    @Test
    void rendersAnEmptyStore() {
        Dataset empty = TDB2Factory.createDataset();
        empty.getContext().set(TDB2.symUnionDefaultGraph, true);
        LandingPage landing = new LandingPage(new SiteTemplates(), Settings.defaults(), empty,
                site.dumps().resolve("missing"));
        Document html = Jsoup.parse(new SiteTemplates().render("site/landing.peb",
                new HashMap<>(landing.model(ReaderLanguage.ENGLISH)), PageLanguage.of(ReaderLanguage.ENGLISH, "/")));
        assertEquals("0", html.selectFirst("[data-stat=documents]").text());
        assertNotNull(html.selectFirst("#latest + p"));
        assertTrue(html.text().contains("No dump files have been written yet."));
        assertTrue(html.text().contains("No amount in the data names a year yet."));
    }

    @Test
    void theTextQueryExampleRunsOnTheEndpoint() {
        String example = page.selectFirst("details.text-query pre").text();
        try (QueryExecution qe = QueryExecution.service(site.baseUrl().resolve("/sparql").toString())
                .query(example).build()) {
            List<String> titles = new ArrayList<>();
            qe.execSelect().forEachRemaining(row -> titles.add(row.getLiteral("title").getString()));
            assertFalse(titles.isEmpty(), example);
        }
    }

    @Test
    void saysWhatTheDatasetIsAndWhereItComesFrom() {
        Settings.DatasetInfo info = Settings.defaults().dataset();
        assertEquals(info.title().get("en"), page.selectFirst("h1").text());
        Element hero = page.selectFirst(".hero");
        assertTrue(hero.text().contains(info.description().get("en")));
        assertNotNull(hero.selectFirst("a[href=https://www.regjeringen.no/]"));
        assertNotNull(hero.selectFirst("a[rel=license][href=" + info.licence() + "]"));
        assertEquals(info.publisher().name(), hero.selectFirst("a[href=" + info.publisher().uri() + "]").text());
    }

    @Test
    void showsTheCountsOfTheStore() {
        String kinds = "VALUES ?k { pl:Topic pl:NewsStory pl:PressRelease pl:Speech pl:Report pl:Proposition "
                + "pl:OfficialReport pl:Strategy pl:Consultation pl:Article } ";
        assertAll(
                () -> assertEquals(TestSparql.count(data, "SELECT (COUNT(DISTINCT ?d) AS ?n) { " + kinds + "?d a ?k }"),
                        stat("documents")),
                () -> assertEquals(TestSparql.count(data, "SELECT (COUNT(*) AS ?n) { ?a a pl:BudgetAmount }"),
                        stat("amounts")),
                () -> assertEquals(TestSparql.count(data, "SELECT (COUNT(*) AS ?n) { ?s a pl:Snapshot }"),
                        stat("snapshots")),
                () -> assertEquals(TestSparql.count(data, "SELECT (COUNT(*) AS ?n) { ?m a pl:Ministry }"),
                        stat("ministries")));
        for (QuerySolution row : TestSparql.select(data,
                "SELECT ?k (COUNT(DISTINCT ?d) AS ?n) { " + kinds + "?d a ?k } GROUP BY ?k")) {
            Element cell = page.selectFirst("tr[data-kind=" + row.getResource("k").getURI() + "] td[data-stat=kind]");
            assertNotNull(cell, "a row for " + row.getResource("k"));
            assertEquals(row.getLiteral("n").getLong(), number(cell.text()), row.getResource("k").getURI());
        }
    }

    @Test
    void listsTheLatestDocumentsWithLinksToTheirPages() {
        List<QuerySolution> newest = TestSparql.select(data,
                "SELECT ?d (MAX(?i) AS ?date) { ?d dcterms:issued ?i } GROUP BY ?d ORDER BY DESC(?date) LIMIT 1");
        List<Element> links = page.select("ol.latest > li > a");
        assertEquals(LandingPage.LATEST, links.size());
        for (Element a : links) {
            assertTrue(a.attr("href").startsWith("/doc/"), a.outerHtml());
            assertFalse(a.text().isBlank());
        }
        String iri = newest.get(0).getResource("d").getURI();
        assertEquals("/doc/" + iri.substring((Fixtures.BASE + "/id/").length()), links.get(0).attr("href"));
        assertEquals(newest.get(0).getLiteral("date").getLexicalForm(),
                page.selectFirst("ol.latest > li time").attr("datetime"));
    }

    @Test
    void offersEveryExampleQueryInTheQueryEditor() throws IOException {
        List<String> names = exampleQueryNames();
        assertTrue(names.size() >= 11, "the queries of queries/README.md: " + names);
        for (String name : names) {
            String text = Files.readString(Fixtures.resource("policylod/queries").resolve(name + ".rq"));
            Element card = page.selectFirst("#query-" + name);
            assertNotNull(card, name);
            assertEquals(text.lines().findFirst().orElseThrow().substring(2), card.selectFirst("h3").text());
            assertFalse(card.selectFirst("p").text().isBlank(), "a description for " + name);
            String href = card.selectFirst("a[data-query]").attr("href");
            assertEquals("/query?example=" + name, href);
            HttpResponse<String> editor = site.get(href);
            assertEquals(200, editor.statusCode(), href);
            assertEquals(text, Jsoup.parse(editor.body()).selectFirst("textarea#query-text").wholeText(), name);
            QueryFactory.create(text);
        }
    }

    @Test
    void runsEveryExampleQueryFromItsResultsLink() throws IOException {
        for (Element a : page.select("a[data-results]")) {
            HttpResponse<String> r = site.get(a.attr("href"));
            assertEquals(200, r.statusCode(), a.attr("data-results") + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), a.attr("href"));
            assertFalse(r.body().isBlank(), "a header row at least");
        }
        assertEquals(exampleQueryNames().size(), page.select("a[data-results]").size());
    }

    @Test
    void servesTheQueryFiles() throws IOException {
        HttpResponse<String> r = site.get("/queries/budget-amounts.rq");
        assertEquals(200, r.statusCode());
        assertEquals(Files.readString(Fixtures.resource("policylod/queries").resolve("budget-amounts.rq")), r.body());
        assertTrue(site.get("/queries/../../etc/passwd").statusCode() >= 400, "no way out of the folder");
        assertEquals(404, site.get("/queries/nothing.rq").statusCode());
    }

    @Test
    void listsEveryDumpOfTheLatestReleaseWithSizesAndChecksums() throws IOException {
        String folder = "/dumps/releases/" + site.release().name() + "/";
        Path onDisk = ReleaseLayout.release(site.dumps(), site.release().name());
        for (Format format : Format.dumps()) {
            String name = format.dumpFile();
            Path file = onDisk.resolve(name);
            Element row = page.selectFirst("tr[data-dump=" + name + "]");
            assertNotNull(row, name);
            assertEquals(SiteFixture.sha256(file), row.selectFirst("code.checksum").text(), name);
            assertEquals(String.format("%,d bytes", Files.size(file)), row.selectFirst("td.num").attr("title"));
            String href = row.selectFirst("a").attr("href");
            assertEquals(folder + name, href);
            assertEquals(200, site.get(href).statusCode(), href);
            assertNotNull(row.selectFirst("a[href=" + folder + name + ".sha256]"), name);
        }
        assertEquals(Format.dumps().size(), page.select("tr[data-dump]").size(), "one row per dump format");
        assertNotNull(page.selectFirst("a[href=" + folder + "]"), "the release's folder index");
        assertNotNull(page.selectFirst("a[href=/catalog]"), "the catalogue");
    }

    @Test
    void drawsOneBarPerYearAndMinistry() {
        List<QuerySolution> groups = TestSparql.select(data, """
                SELECT ?year ?ministry (SUM(?v) AS ?total) { SELECT DISTINCT ?a ?v ?year ?ministry {
                  ?a a pl:BudgetAmount ; schema:currency "NOK" ; schema:value ?v ; pl:year ?year .
                  OPTIONAL { ?a pl:statedIn/dcterms:publisher ?ministry } } } GROUP BY ?year ?ministry""");
        assertTrue(groups.size() > 5, "the corpus has amounts in several years: " + groups.size());
        Element svg = page.selectFirst("svg.amount-chart");
        assertNotNull(svg);
        assertEquals("img", svg.attr("role"));
        assertEquals(groups.size(), svg.select("rect.bar").size());
        for (QuerySolution g : groups) {
            String ministry = g.contains("ministry") ? g.getResource("ministry").getURI() : "none";
            String selector = "g.row[data-year=" + g.getLiteral("year").getLexicalForm() + "][data-ministry=\""
                    + ministry + "\"]";
            Element row = svg.selectFirst(selector);
            assertNotNull(row, selector);
            assertEquals(1, row.select("rect.bar").size(), selector);
        }
        assertTrue(page.selectFirst(".caveat").text().contains("not budgets"));
    }

    @Test
    void loadsNothingFromOtherHosts() {
        List<String> external = new ArrayList<>();
        for (Element e : page.select("link[href], script[src], img[src], iframe[src], source[src], object[data], "
                + "embed[src], video[src], audio[src], use[href]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.hasAttr("src") ? e.attr("src") : e.attr("data");
            if (url.matches("(?i)(https?:)?//.*")) {
                external.add(e.outerHtml());
            }
        }
        assertEquals(List.of(), external);
        for (Element css : page.select("link[rel=stylesheet]")) {
            HttpResponse<String> r = site.get(css.attr("href"));
            assertEquals(200, r.statusCode(), css.attr("href"));
            assertFalse(r.body().matches("(?s).*(url\\(|@import).*(https?:)?//.*"), css.attr("href"));
        }
        assertEquals(List.of(), page.select("[style]").eachAttr("style"), "no inline styles (CSP)");
        assertEquals(0, page.select("script").size());
    }

    @Test
    void escapesTheDatasetTextFromTheSettings() {
        Settings.DatasetInfo info = new Settings.DatasetInfo(Map.of("en", "<b>Bold</b> & co"),
                Map.of("en", "<script>alert(1)</script>"), null, null, null);
        Settings settings = Settings.defaults().withDataset(info);
        LandingPage landing = new LandingPage(new SiteTemplates(), settings, data, site.dumps());
        String html = new SiteTemplates().render("site/landing.peb",
                new HashMap<>(landing.model(ReaderLanguage.ENGLISH)), PageLanguage.of(ReaderLanguage.ENGLISH, "/"));
        assertFalse(html.contains("<b>Bold</b>"));
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; co"));
    }

    private static long stat(String name) {
        return number(page.selectFirst("[data-stat=" + name + "]").text());
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").strip());
    }

    private static List<String> exampleQueryNames() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("policylod/queries"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }
}
