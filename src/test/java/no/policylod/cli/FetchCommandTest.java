package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import no.policylod.config.Json;
import no.policylod.testing.GraphAssert;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy-lod fetch} against a local site that serves real pages and misbehaves on purpose. */
class FetchCommandTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;
    private FetchSite site;
    private Path config;
    private Path out;

    @BeforeEach
    void start() throws IOException {
        site = FetchSite.start();
        out = dir.resolve("pages");
        config = dir.resolve("config.json");
        Files.writeString(config, """
                {"fetch": {"contact": "mailto:fetch-test@example.org", "delayMillis": 1, "connectTimeoutMillis": 2000,
                 "requestTimeoutMillis": 800, "maxBodyBytes": 200000, "maxTries": 3, "backoffMillis": 5,
                 "maxRetryWaitMillis": 3000, "maxCrawlDelayMillis": 5000}}
                """);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fetchesPagesWithTheirSourcesPolitely() throws IOException {
        site.page("/en/topics/security-policy/id1111", "text/html; charset=utf-8", html("001.txt", "utf-8"));
        site.page("/no/dokumenter/id134300/?ch=1", "text/html; charset=UTF-8", html("003.txt", null));
        site.page("/id2671985.xhtml", "text/plain; charset=utf-8", corpus("004.txt"));

        CliRun run = fetch(site.url("/en/topics/security-policy/id1111"), site.url("/no/dokumenter/id134300/?ch=1"),
                site.url("/id2671985.xhtml#top"));

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("3 new, 0 changed, 0 unchanged"), run.toString());
        Map<String, JsonNode> sources = sources();
        assertEquals(3, sources.size(), sources.toString());
        JsonNode topic = entryFor("/en/topics/security-policy/id1111");
        assertEquals(site.url("/en/topics/security-policy/id1111"), topic.get("url").asText());
        assertTrue(topic.get("retrieved").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), topic.toString());
        assertEquals("text/html; charset=utf-8", topic.get("contentType").asText());
        assertEquals("utf-8", topic.get("charset").asText());
        assertTrue(topic.get("file").asText().matches("127\\.0\\.0\\.1-\\d+_en-topics-security-policy-id1111_[0-9a-f]{10}"
                + "\\.html"), topic.toString());
        assertTrue(entryFor("/id2671985.xhtml").get("file").asText().endsWith(".txt"));
        assertEquals(new String(corpus("004.txt"), StandardCharsets.UTF_8),
                Files.readString(out.resolve(entryFor("/id2671985.xhtml").get("file").asText())));
        assertEquals(1, site.requests("/robots.txt").size(), "robots.txt once per host");
        for (FetchSite.Request r : site.requests()) {
            assertTrue(r.headers().getFirst("User-Agent").matches("policy-lod/\\S+ \\(\\+mailto:fetch-test@example\\.org\\)"),
                    r.headers().getFirst("User-Agent"));
        }
    }

    @Test
    void anUnchangedPageMakesNoNewSnapshotAndAChangedOneDoes() throws IOException {
        AtomicInteger version = new AtomicInteger(1);
        site.route("/tagged", x -> {
            String etag = "\"v" + version.get() + "\"";
            x.getResponseHeaders().set("ETag", etag);
            x.getResponseHeaders().set("Last-Modified", "Wed, 02 Dec 2026 10:00:0" + version.get() + " GMT");
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                FetchSite.send(x, 304, null, new byte[0]);
            } else {
                FetchSite.send(x, 200, "text/html; charset=utf-8", version.get() == 1 ? html("001.txt", null)
                        : html("003.txt", null));
            }
        });
        site.page("/untagged", "text/html; charset=utf-8", html("004.txt", null));
        assertEquals(0, fetch(site.url("/tagged"), site.url("/untagged")).exitCode());
        Path tagged = out.resolve(entryFor("/tagged").get("file").asText());
        Path untagged = out.resolve(entryFor("/untagged").get("file").asText());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(tagged, old);
        Files.setLastModifiedTime(untagged, old);
        byte[] sourcesBefore = Files.readAllBytes(out.resolve("sources.json"));

        CliRun again = fetch(site.url("/tagged"), site.url("/untagged"));

        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.out().contains("0 new, 0 changed, 2 unchanged"), again.toString());
        List<FetchSite.Request> asked = site.requests("/tagged");
        assertEquals("\"v1\"", asked.get(1).headers().getFirst("If-None-Match"));
        assertEquals("Wed, 02 Dec 2026 10:00:01 GMT", asked.get(1).headers().getFirst("If-Modified-Since"));
        assertEquals(old, Files.getLastModifiedTime(tagged), "a 304 leaves the snapshot alone");
        assertEquals(old, Files.getLastModifiedTime(untagged), "the same body leaves the snapshot alone");
        assertEquals(new String(sourcesBefore, StandardCharsets.UTF_8), Files.readString(out.resolve("sources.json")));

        version.set(2);
        CliRun changed = fetch(site.url("/tagged"));

        assertTrue(changed.out().contains("0 new, 1 changed"), changed.toString());
        assertEquals(new String(html("003.txt", null), StandardCharsets.UTF_8), Files.readString(tagged));
        assertEquals("\"v2\"", entryFor("/tagged").get("etag").asText());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".fetch.lock", "sources.json", tagged.getFileName().toString(),
                    untagged.getFileName().toString()).stream().sorted().toList(), files.map(f -> f.getFileName()
                    .toString()).sorted().toList(), "the changed page replaces its snapshot; no temporary file is left");
        }
    }

    @Test
    void retriesServerErrorsAndHonoursRetryAfter() throws IOException {
        AtomicInteger flaky = new AtomicInteger();
        site.route("/flaky", x -> FetchSite.send(x, flaky.incrementAndGet() == 1 ? 500 : 200,
                "text/html; charset=utf-8", html("001.txt", null)));
        AtomicInteger busy = new AtomicInteger();
        site.route("/busy", x -> {
            if (busy.incrementAndGet() == 1) {
                x.getResponseHeaders().set("Retry-After", "1");
                FetchSite.send(x, 429, "text/plain", FetchSite.utf8("slow down\n"));
            } else {
                FetchSite.send(x, 200, "text/html; charset=utf-8", html("003.txt", null));
            }
        });
        site.route("/patient", x -> {
            x.getResponseHeaders().set("Retry-After", "Fri, 31 Dec 2100 23:59:59 GMT");
            FetchSite.send(x, 503, "text/plain", FetchSite.utf8("maintenance\n"));
        });
        site.route("/down", x -> FetchSite.send(x, 502, "text/plain", FetchSite.utf8("bad gateway\n")));
        AtomicInteger dated = new AtomicInteger();
        site.route("/dated", x -> {
            if (dated.incrementAndGet() == 1) {
                x.getResponseHeaders().set("Retry-After", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                        .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).withNano(0)));
                FetchSite.send(x, 503, "text/plain", FetchSite.utf8("back at once\n"));
            } else {
                FetchSite.send(x, 200, "text/html; charset=utf-8", html("004.txt", null));
            }
        });

        CliRun run = fetch(site.url("/flaky"), site.url("/busy"), site.url("/patient"), site.url("/down"),
                site.url("/dated"));

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        assertTrue(run.out().contains("3 new"), run.toString());
        assertEquals(2, site.requests("/dated").size(), "a Retry-After date now (or past) is no wait");
        assertEquals(2, site.requests("/flaky").size());
        assertEquals(2, site.requests("/busy").size());
        long waited = site.requests("/busy").get(1).nanos() - site.requests("/busy").get(0).nanos();
        assertTrue(waited >= 900_000_000L, "Retry-After: 1 is waited for (the backoff alone is milliseconds): "
                + waited / 1_000_000 + " ms");
        assertEquals(1, site.requests("/patient").size(), "a Retry-After past the longest wait is not waited for");
        assertTrue(run.err().contains(site.url("/patient") + ": HTTP 503 asking to wait"), run.toString());
        assertEquals(3, site.requests("/down").size(), "maxTries");
        assertTrue(run.err().contains(site.url("/down") + ": HTTP 502 after 3 tries"), run.toString());
    }

    @Test
    void limitsOnTimeSizeAndRedirects() throws IOException {
        site.route("/slow", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 100_000);
            x.getResponseBody().write(FetchSite.utf8("<html><body><p>"));
            x.getResponseBody().flush();
            awaitQuietly(site);
            x.close();
        });
        AtomicInteger hugeWritten = new AtomicInteger();
        site.route("/huge", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 800; i++) {
                x.getResponseBody().write(chunk);
                hugeWritten.addAndGet(chunk.length);
            }
            x.close();
        });
        site.route("/loop-a", x -> FetchSite.redirect(x, "/loop-b"));
        site.route("/loop-b", x -> FetchSite.redirect(x, site.url("/loop-a")));
        for (int i = 0; i < 7; i++) {
            String next = "/far" + (i + 1);
            site.route("/far" + i, x -> FetchSite.redirect(x, next));
        }
        site.route("/to-file", x -> FetchSite.redirect(x, "file:///etc/passwd"));
        site.route("/to-ftp", x -> FetchSite.redirect(x, "ftp://127.0.0.1/x.html"));
        site.route("/moved", x -> FetchSite.redirect(x, "/here#part"));
        site.page("/here", "text/html; charset=utf-8", html("001.txt", null));

        CliRun run = fetch(site.url("/slow"), site.url("/huge"), site.url("/loop-a"), site.url("/far0"),
                site.url("/to-file"), site.url("/to-ftp"), site.url("/moved"), "ftp://127.0.0.1/x");

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        String err = run.err();
        assertTrue(err.contains(site.url("/slow") + ": no complete answer within 800 ms"), err);
        assertTrue(err.contains(site.url("/huge") + ": body larger than 200000 bytes"), err);
        assertTrue(hugeWritten.get() < 800 * 64 * 1024, "reading stopped past the cap");
        assertTrue(err.contains(site.url("/loop-a") + ": redirect loop: " + site.url("/loop-a") + " -> "
                + site.url("/loop-b") + " -> " + site.url("/loop-a")), err);
        assertTrue(err.contains(site.url("/far0") + ": more than 5 redirects"), err);
        assertEquals(0, site.requests("/far6").size());
        assertTrue(err.contains(site.url("/to-file") + ": redirect to file:///etc/passwd refused: http and https only"),
                err);
        assertTrue(err.contains(site.url("/to-ftp") + ": redirect to ftp://127.0.0.1/x.html refused"), err);
        assertTrue(err.contains("ftp://127.0.0.1/x: not an absolute http or https URL"), err);
        assertEquals(7, err.lines().count(), err);
        assertTrue(run.out().contains("1 new"), run.toString());
        assertEquals(site.url("/here"), entryFor("/moved").get("url").asText(), "the URL the page came from");
    }

    @Test
    void theCharacterSetComesFromTheHeaderElseTheMetaElseUtf8() throws IOException {
        String page = new String(corpus("003.txt"), StandardCharsets.UTF_8);
        site.page("/header", "text/html; charset=windows-1252", FetchSite.bytes(FetchSite.html(page, null), CP1252));
        site.page("/meta", "text/html", FetchSite.bytes(FetchSite.html(page, "windows-1252"), CP1252));
        site.page("/neither", "text/html", FetchSite.utf8(FetchSite.html(page, null)));
        site.page("/unlabelled", "text/html", FetchSite.bytes(FetchSite.html(page, null), CP1252));
        site.page("/mislabelled", "text/html; charset=utf-8", FetchSite.bytes(FetchSite.html(page, null), CP1252));

        CliRun run = fetch(site.url("/header"), site.url("/meta"), site.url("/neither"), site.url("/unlabelled"),
                site.url("/mislabelled"));
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains(site.url("/mislabelled") + ": warning") || run.err().contains("not UTF-8"),
                "a page read otherwise than its label says is a warning: " + run);

        for (String path : List.of("/header", "/meta", "/neither", "/unlabelled", "/mislabelled")) {
            String stored = Files.readString(out.resolve(entryFor(path).get("file").asText()), StandardCharsets.UTF_8);
            assertTrue(stored.contains("den økonomiske politikken"), path + ": " + stored.substring(0, 200));
        }
        assertEquals("windows-1252", entryFor("/header").get("charset").asText());
        assertEquals("windows-1252", entryFor("/meta").get("charset").asText());
        assertEquals("UTF-8", entryFor("/neither").get("charset").asText());
        assertTrue(entryFor("/mislabelled").get("charset").asText().startsWith("windows-1252"));
    }

    @Test
    void robotsTxtIsObeyedWithItsCrawlDelay() throws IOException {
        site.page("/robots.txt", "text/plain", FetchSite.utf8("""
                User-agent: *
                Disallow: /

                User-agent: policy-lod
                Disallow: /private/
                Allow: /private/open$
                Crawl-delay: 0.15
                """));
        site.page("/a", "text/html", html("001.txt", null));
        site.page("/b", "text/html", html("003.txt", null));
        site.page("/private/open", "text/html", html("004.txt", null));
        site.page("/private/closed", "text/html", html("004.txt", null));

        CliRun run = fetch(site.url("/a"), site.url("/private/closed"), site.url("/b"), site.url("/private/open"));

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        assertTrue(run.err().contains(site.url("/private/closed") + ": robots.txt of " + site.url("")
                + " disallows policy-lod here"), run.toString());
        assertEquals(0, site.requests("/private/closed").size());
        assertTrue(run.out().contains("3 new"), run.toString());
        List<FetchSite.Request> all = site.requests();
        for (int i = 1; i < all.size(); i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(all.get(i).nanos() - all.get(i - 1).nanos());
            assertTrue(gap >= 140, "Crawl-delay 0.15 s kept between requests, not " + gap + " ms before "
                    + all.get(i).path());
        }
    }

    @Test
    void theRateLimitWinsOverAShorterCrawlDelay() throws IOException {
        Files.writeString(config, "{\"fetch\": {\"contact\": \"mailto:fetch-test@example.org\", \"delayMillis\": 120}}");
        site.page("/robots.txt", "text/plain", FetchSite.utf8("User-agent: *\nCrawl-delay: 0.01\n"));
        site.page("/a", "text/html", html("001.txt", null));
        site.page("/b", "text/html", html("003.txt", null));
        site.page("/c", "text/html", html("004.txt", null));

        assertEquals(0, fetch(site.url("/a"), site.url("/b"), site.url("/c")).exitCode());

        List<FetchSite.Request> all = site.requests();
        assertEquals(4, all.size(), "robots.txt and three pages");
        for (int i = 1; i < all.size(); i++) {
            long gap = TimeUnit.NANOSECONDS.toMillis(all.get(i).nanos() - all.get(i - 1).nanos());
            assertTrue(gap >= 115, "fetch.delayMillis 120 kept, not " + gap + " ms before " + all.get(i).path());
        }
    }

    @Test
    void aHostWithoutRobotsTxtIsAllAllowed() throws IOException {
        site.page("/a", "text/html", html("001.txt", null));

        assertEquals(0, fetch(site.url("/a")).exitCode());

        assertEquals(1, site.requests("/robots.txt").size(), "asked for, answered 404");
        assertEquals(1, site.requests("/a").size());
    }

    @Test
    void aHostThatCannotBeReachedIsOneLineInWords() throws IOException {
        int closed;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/a";

        CliRun run = fetch(url);

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
        assertTrue(run.err().startsWith(url + ": http://127.0.0.1:" + closed + "/robots.txt could not be read (network "
                + "failure after 3 tries: "), run.toString());
        assertFalse(run.err().contains("Exception"), run.toString());
    }

    @Test
    void aHostWhoseRobotsTxtFailsIsNotFetched() throws IOException {
        site.route("/robots.txt", x -> FetchSite.send(x, 503, "text/plain", FetchSite.utf8("down\n")));
        site.page("/a", "text/html", html("001.txt", null));

        CliRun run = fetch(site.url("/a"));

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        assertTrue(run.err().contains(site.url("/a") + ": " + site.url("/robots.txt") + " could not be read (HTTP 503 "
                + "after 3 tries); the host is not fetched in this run"), run.toString());
        assertEquals(0, site.requests("/a").size());
    }

    @Test
    void followsASitemapAndAListingToTheirDepth() throws IOException {
        site.page("/sitemap.xml", "application/xml", FetchSite.utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%s</loc></url>
                  <url><loc>%s</loc></url>
                  <url><loc>https://elsewhere.example/x</loc></url>
                </urlset>
                """.formatted(site.url("/a"), site.url("/listing"))));
        site.page("/a", "text/html", html("001.txt", null));
        site.page("/listing", "text/html", FetchSite.utf8("<html><body><a href=\"/b\">b</a> <a href=\"c#x\">c</a>"
                + " <a href=\"mailto:x@example.org\">m</a></body></html>"));
        site.page("/b", "text/html", html("003.txt", null));
        site.page("/c", "text/html", html("004.txt", null));

        CliRun one = fetch("--sitemap", site.url("/sitemap.xml"));

        assertEquals(0, one.exitCode(), one.toString());
        assertTrue(one.out().contains("2 new"), one.toString());
        assertEquals(0, site.requests("/b").size());

        CliRun two = fetch("--sitemap", site.url("/sitemap.xml"), "--depth", "2");

        assertTrue(two.out().contains("2 new, 0 changed, 2 unchanged"), two.toString());
        assertEquals(4, sources().size());
        assertFalse(sources().toString().contains("elsewhere"));
    }

    @Test
    void aSitemapIndexLeadsToGzippedSitemapsAndADoctypeIsRefused() throws IOException {
        site.page("/sitemap-index.xml", "text/xml; charset=utf-8", FetchSite.utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <sitemap><loc>%s</loc></sitemap>
                  <sitemap><loc>https://elsewhere.example/sitemap.xml</loc></sitemap>
                </sitemapindex>
                """.formatted(site.url("/s1.xml.gz"))));
        site.page("/s1.xml.gz", "application/gzip", gzip(FetchSite.utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>%s</loc><lastmod>2026-11-30</lastmod></url>
                  <url><loc>%s</loc></url>
                </urlset>
                """.formatted(site.url("/a"), site.url("/b")))));
        site.page("/a", "text/html", html("001.txt", null));
        site.page("/b", "text/html", html("003.txt", null));
        site.page("/entity.xml", "application/xml", FetchSite.utf8("""
                <?xml version="1.0"?>
                <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s&x;</loc></url></urlset>
                """.formatted(site.url("/"))));

        CliRun run = fetch("--sitemap", site.url("/sitemap-index.xml"), "--sitemap", site.url("/entity.xml"));

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        assertTrue(run.out().contains("2 new"), run.toString());
        assertEquals(2, sources().size());
        assertTrue(run.err().contains(site.url("/entity.xml") + ": not a sitemap"), run.toString());
        assertEquals(1, run.err().lines().count(), run.toString());
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aRunKilledMidwayIsTakenUpByTheNext() throws Exception {
        site.page("/1", "text/html", html("001.txt", null));
        site.page("/2", "text/html", html("003.txt", null));
        site.route("/3", x -> {
            if (site.requests("/3").size() == 1) {
                awaitQuietly(site);
            }
            FetchSite.send(x, 200, "text/html", html("004.txt", null));
        });
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# three pages\n" + site.url("/1") + "\n\n" + site.url("/2") + "\n" + site.url("/3")
                + "\n");
        try (no.policylod.testing.Launched first = no.policylod.testing.Launched.policyLod(dir.resolve("first.log"),
                "fetch", "--list", list.toString(), "--out", out.toString(), "--config", config.toString())) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (site.requests("/3").isEmpty() && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            assertEquals(1, site.requests("/3").size(), first.output());
            first.kill();
        }
        assertEquals(2, sources().size(), "the pages fetched before the kill are in sources.json");
        assertTrue(Files.exists(out.resolve(".fetch-run")), "the stopped run's journal is left");

        CliRun resumed = fetch("--list", list.toString());

        assertEquals(0, resumed.exitCode(), resumed.toString());
        assertTrue(resumed.err().contains("that was stopped"), resumed.toString());
        assertTrue(resumed.out().contains("1 new, 0 changed, 0 unchanged, 0 fresh (not asked), 2 done before the stop"),
                resumed.toString());
        assertEquals(1, site.requests("/1").size(), "a page the stopped run had is not asked for again");
        assertEquals(1, site.requests("/2").size());
        assertEquals(3, sources().size());
        assertFalse(Files.exists(out.resolve(".fetch-run")), "a run that came to its end leaves no journal");

        CliRun later = fetch("--list", list.toString(), "--max-age", "1h");

        assertTrue(later.out().contains("0 new, 0 changed, 0 unchanged, 3 fresh"), later.toString());
        assertEquals(1, site.requests("/1").size(), "a page fetched within --max-age is not asked for again");

        fetch(site.url("/1"));

        assertEquals(2, site.requests("/1").size(), "after a whole run, the next asks again (conditionally)");
    }

    /** Fetched pages (one sent in Windows-1252) convert to the same graph as their UTF-8 originals put there by hand. */
    @Test
    void fetchedPagesConvertEndToEnd() throws IOException {
        site.page("/en/topics/security-policy/id1111", "text/html; charset=utf-8", html("001.txt", "utf-8"));
        site.page("/no/dokumenter/id134300/", "text/html; charset=windows-1252",
                FetchSite.bytes(FetchSite.html(new String(corpus("003.txt"), StandardCharsets.UTF_8), null), CP1252));
        assertEquals(0, fetch(site.url("/en/topics/security-policy/id1111"), site.url("/no/dokumenter/id134300/"))
                .exitCode());

        Path nq = dir.resolve("out.nq");
        CliRun convert = CliRun.run("convert", out.toString(), "--out", nq.toString(), "--threads", "1");

        assertEquals(0, convert.exitCode(), convert.toString());
        String quads = Files.readString(nq);
        assertTrue(quads.contains("<" + site.url("/en/topics/security-policy/id1111") + ">"), "source URL in RDF");
        assertTrue(quads.contains("økonomiske"), "the Windows-1252 page read right");
        assertFalse(convert.err().contains("warning"), convert.toString());

        Path byHand = dir.resolve("by-hand");
        Files.createDirectories(byHand);
        StringBuilder sources = new StringBuilder("[");
        for (JsonNode e : sources().values()) {
            boolean topic = e.get("url").asText().contains("id1111");
            Files.write(byHand.resolve(e.get("file").asText()), topic ? html("001.txt", "utf-8") : html("003.txt", null));
            sources.append(sources.length() > 1 ? ",\n" : "").append(Json.MAPPER.createObjectNode()
                    .put("file", e.get("file").asText()).put("url", e.get("url").asText())
                    .put("retrieved", e.get("retrieved").asText()));
        }
        Files.writeString(byHand.resolve("sources.json"), sources + "]\n");
        Path expected = dir.resolve("by-hand.nq");
        assertEquals(0, CliRun.run("convert", byHand.toString(), "--out", expected.toString(), "--threads", "1")
                .exitCode());
        GraphAssert.assertIsomorphic(RDFDataMgr.loadDatasetGraph(expected.toString()),
                RDFDataMgr.loadDatasetGraph(nq.toString()));
    }

    @Test
    void aSourcesFileWithProblemsIsNotRewritten() throws IOException {
        site.page("/a", "text/html", html("001.txt", null));
        Files.createDirectories(out);
        Path sources = Files.writeString(out.resolve("sources.json"), "[{\"file\": \"x.txt\", \"url\": 7}]\n");

        CliRun run = fetch(site.url("/a"));

        assertEquals(Main.DATA_PROBLEMS, run.exitCode(), run.toString());
        assertTrue(run.err().contains(sources + ": has the problems above"), run.toString());
        assertEquals("[{\"file\": \"x.txt\", \"url\": 7}]\n", Files.readString(sources));
        assertEquals(0, site.requests("/a").size());
    }

    @Test
    void publishFetchesIntoItsFirstInputFolderFirst() throws IOException {
        site.page("/en/topics/security-policy/id1111", "text/html; charset=utf-8", html("001.txt", null));
        site.page("/id2671985.xhtml", "text/plain; charset=utf-8", corpus("004.txt"));
        Path list = Files.writeString(dir.resolve("urls.txt"), site.url("/id2671985.xhtml") + "\n");
        Path dumps = dir.resolve("dumps");

        CliRun run = CliRun.run("publish", "--no-serve", "--store", dir.resolve("store").toString(), "--dumps",
                dumps.toString(), "--config", config.toString(), "--fetch",
                site.url("/en/topics/security-policy/id1111"), "--fetch-list", list.toString(), out.toString());

        assertEquals(Main.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("2 new"), run.toString());
        assertEquals(2, sources().size());
        String trig = Files.readString(dumps.resolve("policy-lod.trig"));
        assertTrue(trig.contains(site.url("/id2671985.xhtml")), "the fetched page's source is published");
    }

    private CliRun fetch(String... args) {
        String[] all = Stream.concat(Stream.of("fetch", "--out", out.toString(), "--config", config.toString()),
                Stream.of(args)).toArray(String[]::new);
        return CliRun.run(all);
    }

    private Map<String, JsonNode> sources() throws IOException {
        Map<String, JsonNode> byUrl = new TreeMap<>();
        for (JsonNode e : Json.MAPPER.readTree(out.resolve("sources.json").toFile())) {
            byUrl.put(e.get("url").asText(), e);
        }
        return byUrl;
    }

    /** The entry whose file was named after the URL of this path (the URL it holds may be a redirect's target). */
    private JsonNode entryFor(String path) throws IOException {
        String stem = no.policylod.source.fetch.SnapshotNames.stem(java.net.URI.create(site.url(path)));
        return sources().values().stream().filter(e -> e.get("file").asText().startsWith(stem + ".")).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + path + " in " + out));
    }

    private static byte[] corpus(String name) {
        try (InputStream in = FetchCommandTest.class.getResourceAsStream("/fetch/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] html(String name, String metaCharset) {
        return FetchSite.utf8(FetchSite.html(new String(corpus(name), StandardCharsets.UTF_8), metaCharset));
    }

    private static void awaitQuietly(FetchSite site) {
        try {
            site.closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
