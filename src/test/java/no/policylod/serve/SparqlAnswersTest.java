package no.policylod.serve;

import static no.policylod.serve.TestHttp.FORM;
import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.SPARQL_QUERY;
import static no.policylod.serve.TestHttp.encode;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import no.policylod.config.Settings;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPARQL endpoint never lies: every answer is complete with 200, or an error status with a one-line reason.
 * One server with small caps (100 rows, 64 KiB) and a short timeout over 3000 triples; a second one with a longer
 * timeout for a heavy query running beside cheap ones.
 */
class SparqlAnswersTest {

    private static final int TRIPLES = 3000;
    private static final int MAX_ROWS = 100;
    private static final int MAX_BYTES = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofMillis(1500);
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String ALL_ROWS = "SELECT ?s WHERE { ?s ?p ?o }";
    /**
     * Rows trickle out of a 9-million-row cross product, one in 300,000 (the filter needs both sides, so it cannot be
     * pushed into either): slow, and far under the row cap.
     */
    private static final String SLOW_STREAM = "SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f "
            + "FILTER(STRENDS(CONCAT(STR(?a), \"/\", STRAFTER(STR(?d), \"doc-\")), \"99/1\")) }";

    @TempDir
    static Path dumps;

    private static PolicyLodServer capped;
    private static PolicyLodServer patient;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        capped = server().queryTimeout(TIMEOUT).maxResultRows(MAX_ROWS).maxResultBytes(MAX_BYTES).build().start();
        patient = server().queryTimeout(Duration.ofSeconds(4)).build().start();
        http = new TestHttp(capped.baseUrl());
    }

    @AfterAll
    static void stop() {
        capped.close();
        patient.close();
    }

    // ---- Timeout

    @Test
    void queryTimingOutWhileItsRowsStreamIsAnErrorNotACutResult() {
        long started = System.nanoTime();
        HttpResponse<String> response = http.get(queryPath("/sparql", SLOW_STREAM), "Accept", JSON_RESULTS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("cut query: status " + response.statusCode() + " after " + millis + " ms, body: "
                + response.body().strip());
        assertOneLineError(503, response);
        assertTrue(response.body().contains("time limit of 1.5 s"), response.body());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void theSlowQueryDoesStreamRowsBeforeItsTimeLimit() {
        long started = System.nanoTime();
        HttpResponse<String> response = new TestHttp(patient.baseUrl())
                .get(queryPath("/sparql", SLOW_STREAM + " LIMIT 2"), "Accept", "text/csv");
        System.out.println("first two rows of the cut query after " + (System.nanoTime() - started) / 1_000_000
                + " ms");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(3, response.body().lines().count(), response.body());
    }

    // ---- Caps

    @Test
    void resultOverTheRowCapIsRefusedWithAPagingHintByEveryMethod() {
        List<HttpResponse<String>> answers = List.of(
                http.get(queryPath("/sparql", ALL_ROWS), "Accept", JSON_RESULTS),
                http.post("/sparql", FORM, "query=" + encode(ALL_ROWS), "Accept", "text/csv"),
                http.post("/policy-lod/query", SPARQL_QUERY, ALL_ROWS, "Accept", JSON_RESULTS));
        for (HttpResponse<String> response : answers) {
            assertOneLineError(422, response);
            assertTrue(response.body().contains("more than " + MAX_ROWS + " rows"), response.body());
            assertTrue(response.body().contains("LIMIT/OFFSET"), response.body());
            assertTrue(response.body().contains(Settings.DEFAULT_BASE_URI + "/dumps/"), "the public URL of the dumps: "
                    + response.body());
        }
    }

    @Test
    void constructAndDescribeOverTheCapAreRefused() {
        assertOneLineError(422, http.get(queryPath("/sparql", "CONSTRUCT WHERE { ?s ?p ?o }"),
                "Accept", "text/turtle"));
        assertOneLineError(422, http.get(queryPath("/sparql", "DESCRIBE ?s WHERE { ?s ?p ?o }")));
    }

    @Test
    void resultOverTheByteCapIsRefused() {
        String oneHugeRow = "SELECT (GROUP_CONCAT(STR(?s)) AS ?all) WHERE { ?s ?p ?o }";
        HttpResponse<String> response = http.get(queryPath("/sparql", oneHugeRow), "Accept", JSON_RESULTS);
        assertOneLineError(422, response);
        assertTrue(response.body().contains("larger than 65536 bytes (64 KiB)"), response.body());
    }

    @Test
    void resultAtTheRowCapIsCompleteAndValidJson() {
        String select = "SELECT ?s ?o WHERE { ?s ?p ?o } LIMIT " + MAX_ROWS;
        HttpResponse<String> response = http.get(queryPath("/sparql", select), "Accept", JSON_RESULTS);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith(JSON_RESULTS), contentType(response));
        JsonObject json = JSON.parse(response.body());
        assertEquals(MAX_ROWS, json.get("results").getAsObject().get("bindings").getAsArray().size());
        assertEquals(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length),
                response.headers().firstValue("Content-Length").orElse(""));
    }

    @Test
    void constructUnderTheCapIsComplete() {
        HttpResponse<String> response = http.get(queryPath("/sparql", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 50"));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("text/turtle"), contentType(response));
        Graph graph = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertEquals(50, graph.size());
    }

    // ---- Cheap queries go on

    @Test
    void cheapQueriesAnswerWhileAHeavyOneRuns() throws Exception {
        TestHttp patientHttp = new TestHttp(patient.baseUrl());
        long heavyStarted = System.nanoTime();
        CompletableFuture<HttpResponse<String>> heavy = CompletableFuture.supplyAsync(
                () -> new TestHttp(patient.baseUrl()).get(queryPath("/sparql", SLOW_STREAM), "Accept", JSON_RESULTS));
        Thread.sleep(300);
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            HttpResponse<String> cheap = patientHttp.get(queryPath("/sparql", "ASK { ?s ?p ?o }"));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, cheap.statusCode(), cheap.body());
            assertFalse(heavy.isDone(), "the heavy query ended before the cheap one was asked");
            assertTrue(millis < 2000, "cheap query took " + millis + " ms beside a heavy one");
        }
        HttpResponse<String> heavyAnswer = heavy.get();
        System.out.println("heavy query beside cheap ones: status " + heavyAnswer.statusCode() + " after "
                + (System.nanoTime() - heavyStarted) / 1_000_000 + " ms");
        assertTrue(heavyAnswer.statusCode() == 200 || heavyAnswer.statusCode() == 503, "" + heavyAnswer.statusCode());
    }

    // ---- Formats

    @Test
    void unacceptableFormatIs406WithOneLine() {
        assertOneLineError(406, http.get(queryPath("/sparql", "ASK {}"), "Accept", "image/png"));
        assertOneLineError(406, http.get(queryPath("/sparql", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"),
                "Accept", "image/png"));
        assertOneLineError(400, http.get(queryPath("/sparql", "ASK {}") + "&format=png"));
    }

    @Test
    void browsersGetAnHtmlTable() {
        String select = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 3";
        HttpResponse<String> response = http.get(queryPath("/sparql", select), "Accept", BROWSER);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("text/html"), contentType(response));
        assertTrue(response.body().contains("<th>?s</th><th>?o</th>"), response.body());
        assertTrue(response.body().contains("<td>Document 0</td>"), response.body());
        assertTrue(response.body().contains("&amp;format=csv"), response.body());
    }

    @Test
    void clientsThatAcceptAnythingGetJsonResultsAndTurtle() {
        assertTrue(contentType(http.get(queryPath("/sparql", "ASK {}"), "Accept", "*/*")).startsWith(JSON_RESULTS));
        assertTrue(contentType(http.get(queryPath("/sparql", "CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1"),
                "Accept", "*/*")).startsWith("text/turtle"));
    }

    @Test
    void formatParameterWinsOverAccept() {
        HttpResponse<String> response = http.get(queryPath("/sparql", "SELECT ?s { ?s ?p ?o } LIMIT 2") + "&format=tsv",
                "Accept", JSON_RESULTS);
        assertTrue(contentType(response).startsWith("text/tab-separated-values"), contentType(response));
        assertEquals(3, response.body().lines().count());
    }

    @Test
    void headOnAQueryUrlHasTheHeadersOfGetAndNoBody() {
        String path = queryPath("/sparql", "SELECT ?s { ?s ?p ?o } LIMIT 5");
        HttpResponse<String> get = http.get(path, "Accept", "text/csv");
        HttpResponse<String> head = http.send("HEAD", path, null, null, "Accept", "text/csv");
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        for (String name : List.of("Content-Type", "Content-Length", "Vary")) {
            assertEquals(get.headers().firstValue(name), head.headers().firstValue(name), name);
        }
        assertEquals(422, http.send("HEAD", queryPath("/sparql", ALL_ROWS), null, null).statusCode());
    }

    // ---- helpers

    private static PolicyLodServer.Builder server() {
        return PolicyLodServer.builder().dataset(TestData.dataset(TRIPLES)).dumps(dumps).host("127.0.0.1").port(0);
    }

    private static void assertOneLineError(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("text/plain"), contentType(response));
        String body = response.body();
        assertTrue(body.endsWith("\n") && body.indexOf('\n') == body.length() - 1, "not one line: " + body);
        assertTrue(body.length() > 20, "no reason given: " + body);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
