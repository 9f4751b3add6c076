package no.policylod.serve;

import static no.policylod.serve.TestHttp.FORM;
import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.SPARQL_QUERY;
import static no.policylod.serve.TestHttp.encode;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits that keep a public endpoint safe: query timeout, no SERVICE calls, request size cap.
 * One server with a short timeout and a small size cap over a few thousand triples.
 */
class QueryLimitsTest {

    private static final int TRIPLES = 3000;
    private static final int MAX_REQUEST_BYTES = 8 * 1024;
    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final String SMALL_QUERY = "ASK { ?s ?p ?o }";

    @TempDir
    static Path dumps;

    private static PolicyLodServer server;
    private static TestHttp http;
    private static HttpServer remote;
    private static final AtomicInteger remoteCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = PolicyLodServer.builder()
                .dataset(TestData.dataset(TRIPLES))
                .dumps(dumps)
                .host("127.0.0.1")
                .port(0)
                .queryTimeout(TIMEOUT)
                .maxRequestBytes(MAX_REQUEST_BYTES)
                .build()
                .start();
        http = new TestHttp(server.baseUrl());
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", exchange -> {
            remoteCalls.incrementAndGet();
            byte[] body = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", JSON_RESULTS);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        remote.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        remote.stop(0);
    }

    // ---- 3. SERVICE

    @Test
    void serviceCallIsRefusedWithoutContactingTheRemote() {
        String remoteUrl = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
        String query = "SELECT * WHERE { SERVICE <" + remoteUrl + "> { ?s ?p ?o } }";
        for (String endpoint : List.of("/sparql", "/policy-lod/query", "/policy-lod")) {
            HttpResponse<String> response = http.get(queryPath(endpoint, query), "Accept", JSON_RESULTS);
            assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
        }
        String silent = "SELECT * WHERE { SERVICE SILENT <" + remoteUrl + "> { ?s ?p ?o } }";
        http.post("/sparql", SPARQL_QUERY, silent, "Accept", JSON_RESULTS);
        assertEquals(0, remoteCalls.get(), "the SERVICE endpoint was contacted");
    }

    // ---- 4. Query timeout

    @Test
    void expensiveQueryIsStoppedByTheTimeout() {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long started = System.nanoTime();
        HttpResponse<String> response = http.get(queryPath("/sparql", crossProduct), "Accept", JSON_RESULTS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "took " + took);
        assertEquals(200, http.get(queryPath("/sparql", SMALL_QUERY)).statusCode());
    }

    @Test
    void protocolTimeoutParameterCannotRaiseTheLimit() {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<String> response = http.get(queryPath("/sparql", crossProduct) + "&timeout=3600");
        assertEquals(503, response.statusCode());
    }

    // ---- 5. Request size

    @Test
    void longQueryStringIsRefused() {
        HttpResponse<String> response = http.get(queryPath("/sparql", padded(SMALL_QUERY, MAX_REQUEST_BYTES)));
        assertEquals(414, response.statusCode());
    }

    @Test
    void queryStringJustUnderTheCapIsAccepted() {
        HttpResponse<String> response = http.get(queryPath("/sparql", padded(SMALL_QUERY, MAX_REQUEST_BYTES / 2)));
        assertEquals(200, response.statusCode());
    }

    @Test
    void largeBodiesAreRefused() {
        String big = padded(SMALL_QUERY, MAX_REQUEST_BYTES + 1);
        assertEquals(413, http.post("/sparql", SPARQL_QUERY, big).statusCode());
        assertEquals(413, http.post("/sparql", FORM, "query=" + encode(big)).statusCode());
        assertEquals(413, http.post("/policy-lod/sparql", SPARQL_QUERY, big).statusCode());
    }

    @Test
    void bodyJustUnderTheCapIsAccepted() {
        HttpResponse<String> response = http.post("/sparql", SPARQL_QUERY, padded(SMALL_QUERY, MAX_REQUEST_BYTES - 100));
        assertEquals(200, response.statusCode(), response.body());
    }

    /**
     * A chunked body is refused from its headers alone, before any of it is sent: a raw socket sends the head and
     * waits (a client library would be writing the body while the server closes, and could see a reset instead).
     */
    @Test
    void bodyOfUnknownLengthIsRefused() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            String head = "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + SPARQL_QUERY
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader reply = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            String statusLine = reply.readLine();
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 411"), "status line " + statusLine);
        }
    }

    @Test
    void compressedBodyIsRefused() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(padded(SMALL_QUERY, MAX_REQUEST_BYTES * 100).getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(gzipped.size() < MAX_REQUEST_BYTES, "the compressed body is under the cap");
        HttpRequest.Builder request = http.request("/sparql", "Content-Type", SPARQL_QUERY, "Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzipped.toByteArray()));
        assertEquals(415, http.send(request).statusCode());
    }

    /** The query followed by a comment that brings it to {@code length} characters. */
    private static String padded(String query, int length) {
        StringBuilder sb = new StringBuilder(query).append("\n#");
        while (sb.length() < length) {
            sb.append('x');
        }
        return sb.toString();
    }
}
