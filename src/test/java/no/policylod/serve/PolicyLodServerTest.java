package no.policylod.serve;

import static no.policylod.serve.TestHttp.FORM;
import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.SPARQL_QUERY;
import static no.policylod.serve.TestHttp.SPARQL_UPDATE;
import static no.policylod.serve.TestHttp.encode;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.policylod.serve.http.Reply;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real server on a free loopback port, exercised over HTTP: queries, Graph Store read, everything that writes
 * refused, the query UI, CORS and the dump files. Limits (timeout, SERVICE, request size) are in
 * {@link QueryLimitsTest}, start-up and binding in {@link ServerStartTest}.
 */
class PolicyLodServerTest {

    private static final int TRIPLES = 25;
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String PROBE = TestData.NS + "written-by-test";

    @TempDir
    static Path tempDir;

    private static PolicyLodServer server;
    private static TestHttp http;

    @BeforeAll
    static void startServer() {
        server = PolicyLodServer.builder()
                .dataset(TestData.dataset(TRIPLES))
                .dumps(TestData.dumps(tempDir))
                .host("127.0.0.1")
                .port(0)
                .build()
                .start();
        http = new TestHttp(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    // ---- 1. SPARQL query and Graph Store read

    @Test
    void queryByGetOnShortEndpointSeesUnionDefaultGraph() {
        HttpResponse<String> response = http.get(queryPath("/sparql", COUNT), "Accept", JSON_RESULTS);
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith(JSON_RESULTS), contentType(response));
        assertEquals(TRIPLES, count(response.body()));
    }

    @Test
    void queryByPostWithSparqlQueryBody() {
        HttpResponse<String> response = http.post("/sparql", SPARQL_QUERY, COUNT, "Accept", JSON_RESULTS);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TRIPLES, count(response.body()));
    }

    @Test
    void queryByPostWithForm() {
        HttpResponse<String> response = http.post("/sparql", FORM, "query=" + encode(COUNT), "Accept", JSON_RESULTS);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(TRIPLES, count(response.body()));
    }

    @Test
    void datasetQueryEndpointsAnswer() {
        for (String endpoint : List.of("/policy-lod/sparql", "/policy-lod/query", "/policy-lod")) {
            HttpResponse<String> response = http.get(queryPath(endpoint, COUNT), "Accept", JSON_RESULTS);
            assertEquals(200, response.statusCode(), endpoint);
            assertEquals(TRIPLES, count(response.body()), endpoint);
        }
    }

    @Test
    void resultFormatsFollowAccept() {
        String select = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1";
        assertTrue(contentType(http.get(queryPath("/sparql", select), "Accept", "text/csv")).startsWith("text/csv"));
        assertTrue(contentType(http.get(queryPath("/sparql", select), "Accept", "application/sparql-results+xml"))
                .startsWith("application/sparql-results+xml"));
        HttpResponse<String> turtle = http.get(queryPath("/sparql", "CONSTRUCT WHERE { ?s ?p ?o }"),
                "Accept", "text/turtle");
        assertTrue(contentType(turtle).startsWith("text/turtle"), contentType(turtle));
        assertTrue(turtle.body().contains("Document 3"), turtle.body());
    }

    @Test
    void thereIsNoGraphStoreProtocolANamedGraphIsReadAtItsOwnAddress() {
        for (String path : List.of("/policy-lod/get?graph=" + encode(TestData.GRAPH), "/policy-lod/get?graph=union")) {
            int status = http.get(path, "Accept", "text/turtle").statusCode();
            assertTrue(status >= 400 && status < 500, path + " -> " + status);
        }
        HttpResponse<String> dataset = http.get("/policy-lod?graph=" + encode(TestData.GRAPH), "Accept", "text/turtle");
        assertTrue(dataset.body().contains("sparql-service-description"), "the query endpoint describes itself, "
                + "it does not answer graphs: " + dataset.body());
    }

    @Test
    void queryFromLocalFileDoesNotReadTheFile() {
        String query = "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }";
        HttpResponse<String> response = http.get(queryPath("/sparql", query), "Accept", JSON_RESULTS);
        assertFalse(response.body().contains("root"), response.body());
    }

    // ---- 2. Nothing writes: no update, no upload, no GSP write, no admin

    @Test
    void everyWriteAndAdminRequestIsRefusedWith4xx() {
        String insert = "INSERT DATA { <" + PROBE + "> <" + TestData.TITLE + "> \"x\" }";
        String turtle = "<" + PROBE + "> <" + TestData.TITLE + "> \"x\" .";
        String graph = "?graph=" + encode(TestData.GRAPH);
        List<String[]> attempts = List.of(
                new String[] {"POST", "/policy-lod/update", SPARQL_UPDATE, insert},
                new String[] {"POST", "/policy-lod/update", FORM, "update=" + encode(insert)},
                new String[] {"POST", "/policy-lod/sparql", SPARQL_UPDATE, insert},
                new String[] {"POST", "/policy-lod/sparql", FORM, "update=" + encode(insert)},
                new String[] {"POST", "/policy-lod", SPARQL_UPDATE, insert},
                new String[] {"POST", "/policy-lod", FORM, "update=" + encode(insert)},
                new String[] {"POST", "/sparql", SPARQL_UPDATE, insert},
                new String[] {"POST", "/sparql", FORM, "update=" + encode(insert)},
                new String[] {"GET", "/policy-lod/update?update=" + encode(insert), null, null},
                new String[] {"GET", "/policy-lod?update=" + encode(insert), null, null},
                new String[] {"POST", "/policy-lod/update", SPARQL_UPDATE, "LOAD <file:///etc/passwd>"},
                new String[] {"PUT", "/policy-lod/get" + graph, "text/turtle", turtle},
                new String[] {"POST", "/policy-lod/get" + graph, "text/turtle", turtle},
                new String[] {"DELETE", "/policy-lod/get" + graph, null, null},
                new String[] {"PUT", "/policy-lod" + graph, "text/turtle", turtle},
                new String[] {"POST", "/policy-lod" + graph, "text/turtle", turtle},
                new String[] {"POST", "/policy-lod?default", "text/turtle", turtle},
                new String[] {"PATCH", "/policy-lod", "application/rdf-patch", "A <" + PROBE + "> <p> <o> ."},
                new String[] {"POST", "/policy-lod/data", "text/turtle", turtle},
                new String[] {"POST", "/policy-lod/upload", "text/turtle", turtle},
                new String[] {"GET", "/$/datasets", null, null},
                new String[] {"POST", "/$/datasets", FORM, "dbName=evil&dbType=mem"},
                new String[] {"DELETE", "/$/datasets/policy-lod", null, null},
                new String[] {"POST", "/$/backup/policy-lod", null, ""},
                new String[] {"POST", "/$/compact/policy-lod", null, ""},
                new String[] {"GET", "/$/tasks", null, null},
                new String[] {"GET", "/$/backups-list", null, null},
                new String[] {"POST", "/$/reload", null, ""},
                new String[] {"GET", "/$/logs", null, null},
                new String[] {"GET", "/$/metrics", null, null},
                new String[] {"POST", "/$/validate/update", FORM, "update=" + encode(insert)},
                new String[] {"GET", "/ui/$/datasets", null, null},
                new String[] {"POST", "/ui/$/datasets", FORM, "dbName=evil&dbType=mem"},
                new String[] {"POST", "/ui/policy-lod/update", SPARQL_UPDATE, insert},
                new String[] {"POST", "/ui/policy-lod/sparql", SPARQL_UPDATE, insert});
        List<String> accepted = new ArrayList<>();
        for (String[] a : attempts) {
            // A fresh client per attempt: a refused request may close its connection before its body is read,
            // and a pooled connection would then fail the next attempt for a reason that is not under test.
            int status = new TestHttp(server.baseUrl()).send(a[0], a[1], a[2], a[3]).statusCode();
            if (status < 400 || status > 499) {
                accepted.add(a[0] + " " + a[1] + " " + a[2] + " -> " + status);
            }
        }
        assertTrue(accepted.isEmpty(), "not refused with 4xx: " + accepted);
        assertEquals("0", http.get(queryPath("/sparql", "SELECT (COUNT(*) AS ?n) { <" + PROBE + "> ?p ?o }"),
                "Accept", "text/csv").body().lines().skip(1).findFirst().orElseThrow().trim());
        assertEquals(TRIPLES, count(http.get(queryPath("/sparql", COUNT), "Accept", JSON_RESULTS).body()));
    }

    // ---- 6. CORS without credentials

    @Test
    void corsAllowsAnyOriginWithoutCredentials() {
        HttpResponse<String> response = http.get(queryPath("/sparql", COUNT),
                "Accept", JSON_RESULTS, "Origin", "https://evil.example");
        assertEquals(200, response.statusCode());
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
        assertFalse(response.headers().map().toString().contains("evil.example"));
    }

    @Test
    void corsPreflightIsAnsweredForReadsOnly() {
        HttpResponse<String> response = http.send("OPTIONS", "/sparql", null, null,
                "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type");
        assertTrue(response.statusCode() == 200 || response.statusCode() == 204, "status " + response.statusCode());
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        List<String> methods = Arrays.asList(header(response, "Access-Control-Allow-Methods").split(",\\s*"));
        assertTrue(methods.containsAll(List.of("GET", "HEAD", "POST", "OPTIONS")), methods.toString());
        assertFalse(methods.contains("PUT") || methods.contains("DELETE") || methods.contains("PATCH"));
        assertTrue(header(response, "Access-Control-Allow-Headers").toLowerCase().contains("content-type"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    @Test
    void noCorsHeadersWithoutOrigin() {
        HttpResponse<String> response = http.get(queryPath("/sparql", COUNT));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    // ---- 7. No query UI that offers what the server has not

    @Test
    void theOldQueryUiAddressLeadsToTheQueryEditor() {
        for (String path : List.of("/ui", "/ui/")) {
            HttpResponse<String> response = http.get(path);
            assertEquals(301, response.statusCode(), path);
            assertEquals("/query", header(response, "Location"), path);
        }
        for (String path : List.of("/ui/$/server", "/$/server", "/$/stats/policy-lod", "/ui/policy-lod/sparql",
                "/ui/static/index.js")) {
            assertEquals(404, http.get(path).statusCode(), path);
        }
        assertEquals(200, http.get("/$/ping").statusCode());
    }

    // ---- 8. Dump files

    @Test
    void dumpIsDownloadedWithLengthEtagAndNoContentEncoding() throws Exception {
        byte[] expected = Files.readAllBytes(tempDir.resolve(TestData.NQ_GZ));
        HttpResponse<byte[]> response = http.getBytes("/dumps/" + TestData.NQ_GZ);
        assertEquals(200, response.statusCode());
        assertArrayEquals(expected, response.body());
        assertAll(
                () -> assertTrue(List.of("application/gzip", "application/n-quads")
                        .contains(contentType(response)), contentType(response)),
                () -> assertTrue(response.headers().firstValue("Content-Encoding").isEmpty()),
                () -> assertEquals(String.valueOf(expected.length), header(response, "Content-Length")),
                () -> assertNotNull(header(response, "ETag")),
                () -> assertEquals("bytes", header(response, "Accept-Ranges")));
        HttpResponse<byte[]> again = http.getBytes("/dumps/" + TestData.NQ_GZ,
                "If-None-Match", header(response, "ETag"));
        assertEquals(304, again.statusCode());
    }

    @Test
    void dumpRangeIsServed() throws Exception {
        byte[] whole = Files.readAllBytes(tempDir.resolve(TestData.NQ_GZ));
        HttpResponse<byte[]> response = http.getBytes("/dumps/" + TestData.NQ_GZ, "Range", "bytes=10-29");
        assertEquals(206, response.statusCode());
        assertEquals("bytes 10-29/" + whole.length, header(response, "Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(whole, 10, 30), response.body());
    }

    @Test
    void dumpRangeNeedsTheCurrentValidator() throws Exception {
        byte[] whole = Files.readAllBytes(tempDir.resolve(TestData.NQ_GZ));
        HttpResponse<byte[]> first = http.getBytes("/dumps/" + TestData.NQ_GZ);
        String etag = header(first, "ETag");
        assertTrue(etag.startsWith("\"") && !etag.startsWith("W/"), "a strong ETag: " + etag);
        assertEquals(Reply.etagOf(whole), etag, "the ETag is the content's hash");
        assertTrue(header(first, "Cache-Control").contains("max-age"), header(first, "Cache-Control"));
        assertEquals("bytes", header(first, "Accept-Ranges"));

        HttpResponse<byte[]> resumed = http.getBytes("/dumps/" + TestData.NQ_GZ, "Range", "bytes=10-",
                "If-Range", etag);
        assertEquals(206, resumed.statusCode());
        assertArrayEquals(Arrays.copyOfRange(whole, 10, whole.length), resumed.body());

        HttpResponse<byte[]> stale = http.getBytes("/dumps/" + TestData.NQ_GZ, "Range", "bytes=10-",
                "If-Range", "\"an-older-release\"");
        assertEquals(200, stale.statusCode(), "a stale validator gets the whole file, never a splice");
        assertArrayEquals(whole, stale.body());
        HttpResponse<byte[]> weak = http.getBytes("/dumps/" + TestData.NQ_GZ, "Range", "bytes=10-",
                "If-Range", "W/" + etag);
        assertEquals(200, weak.statusCode(), "a weak validator never allows a range");
        HttpResponse<byte[]> oldDate = http.getBytes("/dumps/" + TestData.NQ_GZ, "Range", "bytes=10-",
                "If-Range", "Thu, 01 Jan 2015 00:00:00 GMT");
        assertEquals(200, oldDate.statusCode());
        HttpResponse<byte[]> outside = http.getBytes("/dumps/" + TestData.NQ_GZ, "Range",
                "bytes=" + (whole.length + 5) + "-");
        assertEquals(416, outside.statusCode());
        assertEquals("bytes */" + whole.length, header(outside, "Content-Range"));
        assertEquals(304, http.getBytes("/dumps/" + TestData.NQ_GZ, "If-None-Match", etag).statusCode());
    }

    @Test
    void textIsCompressedForClientsThatAcceptGzipButDumpsAreSentAsTheyAre() throws Exception {
        HttpResponse<byte[]> plain = http.getBytes("/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT * { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8), "Accept", JSON_RESULTS);
        HttpResponse<byte[]> zipped = http.getBytes("/sparql?query=" + java.net.URLEncoder.encode(
                "SELECT * { ?s ?p ?o }", java.nio.charset.StandardCharsets.UTF_8), "Accept", JSON_RESULTS,
                "Accept-Encoding", "gzip");
        assertEquals("gzip", header(zipped, "Content-Encoding"));
        assertTrue(zipped.body().length < plain.body().length, zipped.body().length + " vs " + plain.body().length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        HttpResponse<byte[]> dump = http.getBytes("/dumps/" + TestData.TRIG, "Accept-Encoding", "gzip");
        assertTrue(dump.headers().firstValue("Content-Encoding").isEmpty(), "dumps are sent as the bytes on disk");
        assertArrayEquals(Files.readAllBytes(tempDir.resolve(TestData.TRIG)), dump.body());
    }

    @Test
    void dumpMediaTypes() {
        assertTrue(contentType(http.get("/dumps/" + TestData.TRIG)).startsWith("application/trig"));
        assertTrue(contentType(http.get("/dumps/" + TestData.SHA256)).startsWith("text/plain"));
    }

    @Test
    void dumpFolderIsListedWithNoWayOut() {
        HttpResponse<String> page = http.get("/dumps/", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(contentType(page).startsWith("text/html"), contentType(page));
        assertTrue(page.body().contains("href=\"" + TestData.NQ_GZ + "\""), page.body());
        HttpResponse<String> json = http.get("/dumps/", "Accept", "application/json");
        assertTrue(contentType(json).startsWith("application/json"), contentType(json));
        assertTrue(json.body().contains("\"name\" : \"" + TestData.NQ_GZ + "\""), json.body());
        assertEquals(301, http.get("/dumps").statusCode(), "a folder without its slash is redirected to it");
        assertEquals(404, http.get("/dumps/missing.trig").statusCode());
        int status = http.get("/dumps/..%2F..%2Fetc%2Fpasswd").statusCode();
        assertTrue(status == 400 || status == 404, "status " + status);
    }

    @Test
    void dumpsAreReadableCrossOrigin() {
        HttpResponse<String> response = http.get("/dumps/" + TestData.TRIG, "Origin", "https://evil.example");
        assertEquals("*", header(response, "Access-Control-Allow-Origin"));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
    }

    // ---- helpers

    private static int count(String jsonResults) {
        JsonObject binding = JSON.parse(jsonResults).get("results").getAsObject()
                .get("bindings").getAsArray().get(0).getAsObject();
        return Integer.parseInt(binding.get("n").getAsObject().getString("value"));
    }

    private static List<String> queryEndpoints(JsonObject dataset) {
        List<String> names = new ArrayList<>();
        for (JsonValue service : dataset.get("ds.services").getAsArray()) {
            if ("query".equals(service.getAsObject().getString("srv.type"))) {
                JsonArray endpoints = service.getAsObject().get("srv.endpoints").getAsArray();
                endpoints.forEach(e -> names.add(e.getAsString().value()));
            }
        }
        return names;
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
