package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import no.policylod.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The landing page keeps its whole-store figures between requests, and shows new ones as soon as a load is
 * committed in the same process: a server over the seed pages, then the topic page with its URL loaded beside them
 * while it runs.
 */
class LandingFiguresTest {

    private static final String KINDS = "VALUES ?k { pl:Topic pl:NewsStory pl:PressRelease pl:Speech pl:Report "
            + "pl:Proposition pl:OfficialReport pl:Strategy pl:Consultation pl:Article } ";

    private static Store store;
    private static TextIndex index;
    private static PolicyLodServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path dir = Fixtures.tempDir("landing-figures");
        store = Fixtures.store(dir.resolve("store"), "pages/seeds");
        index = TextIndex.open(dir.resolve("store-text"));
        Settings settings = Settings.defaults();
        server = PolicyLodServer.builder().settings(settings).host("127.0.0.1").port(0).dataset(store.dataset())
                .dumps(dir.resolve("dumps")).module(new SiteModule(settings, store.dataset(), dir.resolve("dumps"),
                        index)).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        index.close();
        store.close();
    }

    @Test
    void theFiguresFollowALoadInTheSameProcess() throws Exception {
        long snapshotsBefore = snapshots();
        Document first = landing("/");
        assertEquals(snapshotsBefore, stat(first, "snapshots"));
        assertEquals(documents(), stat(first, "documents"));
        assertEquals(stat(first, "snapshots"), stat(landing("/index.html"), "snapshots"), "kept between requests");

        store.replaceGraphs(Fixtures.convert("pages/topic-with-url"), (fmt, args) -> { });

        assertTrue(snapshots() > snapshotsBefore, "the load added a snapshot");
        for (String path : new String[] {"/", "/index.html"}) {
            Document after = landing(path);
            assertEquals(snapshots(), stat(after, "snapshots"), path);
            assertEquals(documents(), stat(after, "documents"), path);
            assertEquals(TestSparql.count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?a a pl:BudgetAmount }"),
                    stat(after, "amounts"), path);
        }
    }

    private static long snapshots() {
        return TestSparql.count(store.dataset(), "SELECT (COUNT(*) AS ?n) { ?s a pl:Snapshot }");
    }

    private static long documents() {
        return TestSparql.count(store.dataset(), "SELECT (COUNT(DISTINCT ?d) AS ?n) { " + KINDS + "?d a ?k }");
    }

    private static Document landing(String path) throws IOException, InterruptedException {
        URI uri = server.baseUrl().resolve(path);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    private static long stat(Document page, String name) {
        return Long.parseLong(page.selectFirst("[data-stat=" + name + "]").text().replace(",", "").strip());
    }
}
