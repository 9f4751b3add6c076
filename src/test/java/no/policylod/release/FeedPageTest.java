package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import no.policylod.testing.Headers;
import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.release.ReleaseWeb;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The change feed read in a browser: the same releases as the Atom document, as a page in the site's layout and the
 * reader's language, while feed readers that ask for Atom keep getting the Atom document.
 */
class FeedPageTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String FEED_READER = "application/atom+xml, application/rss+xml;q=0.9, */*;q=0.1";

    private static Path dumps;
    private static Store store;
    private static PolicyLodServer server;
    private static Release first;
    private static Release second;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        Path dir = Fixtures.tempDir("feed-page");
        dumps = dir.resolve("dumps");
        store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds");
        first = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"))
                .publish(store.dataset()).release();
        store.replaceGraphs(ReleaseFixtures.data("pages/seeds", "pages/topic-with-url"), (fmt, args) -> { });
        second = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-12-03T09:30:00Z"))
                .publish(store.dataset()).release();
        PolicyLodServer.Builder builder = PolicyLodServer.builder()
                .settings(Settings.defaults().withDumps(dumps)).dataset(store.dataset()).host("127.0.0.1").port(0);
        builder.module(new ReleaseWeb(Settings.defaults().withDumps(dumps), store.dataset()));
        server = builder.build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void feedReadersKeepTheAtomDocument() throws IOException {
        byte[] atom = Files.readAllBytes(dumps.resolve(ReleaseLayout.FEED));
        for (String accept : new String[] {FEED_READER, "*/*", null}) {
            HttpResponse<byte[]> r = get("/feed.atom", accept, null);
            assertEquals(200, r.statusCode(), accept);
            assertEquals("application/atom+xml", type(r), accept);
            assertArrayEquals(atom, r.body(), accept);
            assertTrue(Headers.vary(r).contains("Accept"), accept);
        }
        assertEquals("application/atom+xml", type(get("/feed.atom?format=atom", BROWSER, null)));
    }

    @Test
    void browsersGetTheReleasesAsAPage() {
        HttpResponse<byte[]> r = get("/feed.atom", BROWSER, null);
        assertEquals(200, r.statusCode());
        assertEquals("text/html", type(r));
        assertEquals("Accept, Accept-Language, Cookie", Headers.vary(r));
        Document page = Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(List.of("Release " + second.name(), "Release " + first.name()),
                page.select("section.release h2").eachText(), "newest first");
        Element newest = page.selectFirst("#release-" + second.name().replace(".", "\\."));
        assertTrue(newest.text().contains("since release " + first.name()), newest.text());
        assertTrue(newest.selectFirst("time").text().equals("3 December 2026, 09:30 UTC"), newest.text());
        assertTrue(page.selectFirst("#release-" + first.name().replace(".", "\\.")).text()
                .contains("The first release"));
        assertNotNull(page.selectFirst("header.site nav"), "the site's layout");
        assertNotNull(page.selectFirst("a[data-atom][href=/feed.atom?format=atom]"), "a way to the Atom document");
        assertEquals("application/atom+xml", page.selectFirst("link[rel=alternate][type=application/atom+xml]")
                .attr("type"));
    }

    @Test
    void itsLinksWorkOnThisServer() {
        Document page = html("/feed.atom", null);
        List<String> downloads = page.select("ul.downloads a").eachAttr("href");
        assertFalse(downloads.isEmpty());
        for (String href : downloads) {
            assertTrue(href.startsWith("/dumps/releases/"), href);
        }
        assertEquals(200, get(downloads.get(0), null, null).statusCode(), downloads.get(0));
        List<Element> changed = page.select("details.changed li a");
        assertFalse(changed.isEmpty(), "changed resources are listed");
        for (Element a : changed) {
            assertTrue(a.attr("href").startsWith("/doc/") || a.attr("href").startsWith("/graph/"), a.outerHtml());
            assertFalse(a.text().startsWith("http"), "named, not shown as an IRI: " + a.outerHtml());
        }
    }

    @Test
    void thePageIsInTheReadersLanguage() {
        Document nn = html("/feed.atom", "nn");
        assertEquals("nn", nn.selectFirst("html").attr("lang"));
        assertEquals("Utgiving " + second.name(), nn.selectFirst("section.release h2").text());
        assertEquals("3. desember 2026 kl. 09.30 UTC", nn.selectFirst("section.release time").text());
        assertEquals("/feed.atom?lang=en", nn.selectFirst("nav.languages a[data-lang=en]").attr("href"));
    }

    private static Document html(String path, String language) {
        HttpResponse<byte[]> r = get(path, BROWSER, language);
        assertEquals(200, r.statusCode());
        return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
    }

    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static HttpResponse<byte[]> get(String path, String accept, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)))
                .timeout(Duration.ofSeconds(20));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
