package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import no.policylod.config.Settings;
import no.policylod.format.Format;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.release.ReleaseWeb;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real policy-lod server on a free loopback port with the release servlets registered as the CLI registers them:
 * release files with their media types, lengths, ETags and ranges; the latest alias; the catalogue with content
 * negotiation; VoID; the feed; the history of a resource and the resource as of a date.
 */
class ReleaseServerTest {

    private static Path dumps;
    private static Store store;
    private static PolicyLodServer server;
    private static Release release;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        Path dir = Fixtures.tempDir("release-server");
        dumps = dir.resolve("dumps");
        store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds", "pages/topic-with-url");
        release = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"))
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

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "policy-lod.nq.gz, application/gzip", "policy-lod.nt.gz, application/gzip", "policy-lod.ttl, text/turtle",
        "policy-lod.trig, application/trig", "policy-lod.jsonld, application/ld+json",
        "context.jsonld, application/ld+json", "changes.rdfp, application/rdf-patch", "catalog.ttl, text/turtle",
        "void.ttl, text/turtle", "release.json, application/json", "policy-lod.ttl.sha256, text/plain",
        "changed-resources.txt, text/plain"})
    void releaseFilesHaveTheirMediaTypeLengthAndETag(String file, String type) throws IOException {
        Path local = ReleaseLayout.release(dumps, release.name()).resolve(file);
        HttpResponse<byte[]> r = get("/dumps/releases/" + release.name() + "/" + file);
        assertEquals(200, r.statusCode());
        assertEquals(type, mediaType(r), file);
        assertEquals(String.valueOf(Files.size(local)), r.headers().firstValue("Content-Length").orElse(""));
        assertTrue(r.headers().firstValue("ETag").isPresent(), "ETag");
        assertArrayEquals(Files.readAllBytes(local), r.body());
        assertEquals(304, get("/dumps/releases/" + release.name() + "/" + file,
                "If-None-Match", r.headers().firstValue("ETag").orElseThrow()).statusCode());
    }

    @Test
    void aRangeOfADumpIsServedAsPartialContent() throws IOException {
        Path local = ReleaseLayout.release(dumps, release.name()).resolve("policy-lod.nq.gz");
        HttpResponse<byte[]> r = get("/dumps/releases/" + release.name() + "/policy-lod.nq.gz",
                "Range", "bytes=10-109");
        assertEquals(206, r.statusCode());
        assertEquals("bytes 10-109/" + Files.size(local), r.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(Files.readAllBytes(local), 10, 110), r.body());
    }

    @Test
    void latestRedirectsToTheLatestRelease() {
        HttpResponse<byte[]> r = get("/dumps/releases/latest/policy-lod.ttl");
        assertEquals(302, r.statusCode());
        assertEquals("/dumps/releases/" + release.name() + "/policy-lod.ttl",
                r.headers().firstValue("Location").orElse(""));
        assertEquals(404, get("/dumps/releases/.staging-x/policy-lod.ttl").statusCode(), "hidden folders");
    }

    @Test
    void releaseFoldersHaveAnIndexForPeopleAndPrograms() throws IOException {
        String folder = "/dumps/releases/" + release.name() + "/";
        HttpResponse<byte[]> json = get(folder, "Accept", "application/json");
        assertEquals(200, json.statusCode());
        var listed = no.policylod.config.Json.MAPPER.readTree(json.body()).get("entries");
        java.util.Set<String> names = new java.util.TreeSet<>();
        listed.forEach(e -> names.add(e.get("name").asText()));
        java.util.Set<String> onDisk = new java.util.TreeSet<>();
        try (var files = Files.list(ReleaseLayout.release(dumps, release.name()))) {
            files.forEach(f -> onDisk.add(f.getFileName().toString()));
        }
        assertEquals(onDisk, names, "the index lists every file of the release");
        for (Format f : Format.dumps()) {
            assertTrue(names.contains(f.dumpFile()), f.dumpFile());
        }
        HttpResponse<byte[]> html = get(folder, "Accept", "text/html");
        assertEquals("text/html", mediaType(html));
        String page = new String(html.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("href=\"" + Format.TURTLE.dumpFile() + "\""), page);
        HttpResponse<byte[]> releases = get("/dumps/releases/", "Accept", "application/json");
        assertTrue(new String(releases.body(), java.nio.charset.StandardCharsets.UTF_8).contains(release.name()));
        assertEquals(404, get("/dumps/releases/.staging-x/").statusCode(), "hidden folders are not served");
    }

    @Test
    void theTopLevelDumpsAreTheLatestReleases() throws IOException {
        HttpResponse<byte[]> r = get("/dumps/policy-lod.nq.gz");
        assertEquals(200, r.statusCode());
        assertArrayEquals(Files.readAllBytes(ReleaseLayout.release(dumps, release.name())
                .resolve("policy-lod.nq.gz")), r.body());
    }

    @Test
    void theCatalogueIsNegotiated() throws IOException {
        HttpResponse<byte[]> turtle = get("/catalog");
        assertEquals(200, turtle.statusCode());
        assertEquals("text/turtle", mediaType(turtle));
        assertTrue(turtle.headers().allValues("Vary").contains("Accept"), turtle.headers().toString());
        assertArrayEquals(Files.readAllBytes(dumps.resolve("catalog.ttl")), turtle.body());
        Graph catalog = RDFParser.fromString(new String(turtle.body(), java.nio.charset.StandardCharsets.UTF_8),
                Lang.TURTLE).toGraph();
        assertTrue(catalog.contains(org.apache.jena.graph.NodeFactory.createURI(ReleaseFixtures.SITE.catalog()),
                RDF.Nodes.type, DCAT.Catalog.asNode()));

        HttpResponse<byte[]> jsonld = get("/catalog", "Accept", "application/ld+json, text/turtle;q=0.5");
        assertEquals("application/ld+json", mediaType(jsonld));
        assertEquals(406, get("/catalog", "Accept", "image/png").statusCode());
        for (Format f : Format.rdf()) {
            HttpResponse<byte[]> byAccept = get("/catalog", "Accept", f.mediaType());
            HttpResponse<byte[]> bySuffix = get("/catalog." + f.fileSuffix());
            assertEquals(f.mediaType(), mediaType(byAccept), f.label());
            assertEquals(f.mediaType(), mediaType(bySuffix), f.label());
            Graph parsed = RDFParser.fromString(new String(byAccept.body(), java.nio.charset.StandardCharsets.UTF_8),
                    f.lang()).toGraph();
            GraphAssert.assertIsomorphic(catalog, parsed);
        }
        HttpResponse<byte[]> html = get("/catalog", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals("text/html", mediaType(html));
        assertTrue(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains(ReleaseFixtures.SITE.catalog()), "the page names the catalogue");
        String etag = turtle.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/catalog", "If-None-Match", etag).statusCode());
    }

    @Test
    void voidIsAtTheWellKnownAddress() {
        HttpResponse<byte[]> r = get("/.well-known/void");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", mediaType(r));
        Graph voidGraph = RDFParser.fromString(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8),
                Lang.TURTLE).toGraph();
        assertTrue(voidGraph.find(null, VOID.triples.asNode(), null).hasNext());
    }

    @Test
    void theFeedIsServed() {
        HttpResponse<byte[]> r = get("/feed.atom");
        assertEquals(200, r.statusCode());
        assertEquals("application/atom+xml", mediaType(r));
        assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8).contains(release.name()));
        assertEquals(404, get("/feed/archive-1.atom").statusCode(), "no archive page yet");
        assertEquals(404, get("/feed/secret.txt").statusCode());
    }

    @Test
    void historyAndTimeTravel() {
        String topic = Fixtures.BASE + "/id/topic/id1111";
        HttpResponse<byte[]> states = get("/history?uri=" + topic);
        assertEquals(200, states.statusCode());
        assertEquals("application/json", mediaType(states));
        String json = new String(states.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, json.split("\"snapshot\"").length - 1, json);

        HttpResponse<byte[]> then = get("/history?uri=" + topic + "&at=2024-10-01");
        assertEquals(200, then.statusCode());
        assertEquals("text/turtle", mediaType(then));
        String turtle = new String(then.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(turtle.contains("The primary objective of Norwegian security policy"), turtle);
        assertTrue(then.headers().firstValue("Link").orElse("").endsWith("; rel=\"via\""));
        assertEquals("application/n-triples", mediaType(get("/history?uri=" + topic + "&at=2024-10-01",
                "Accept", "application/n-triples")));
        assertEquals(400, get("/history?uri=" + topic + "&at=1.10.2024").statusCode());
        assertEquals(400, get("/history").statusCode());
        assertEquals(404, get("/history?uri=" + Fixtures.BASE + "/id/topic/id0&at=2024-10-01").statusCode());
    }

    private static HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl().toString().replaceAll("/$", "")
                + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", "").strip();
    }
}
