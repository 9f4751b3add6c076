package no.policylod.serve;

import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query timeout holds inside a regular expression: patterns that backtrack catastrophically on the store's texts
 * ({@code ((a+)+)+b} on forty a's; Java's matcher copes with the plain {@code (a+)+b}) are stopped at the timeout, answered 503, while another client's
 * cheap query is answered at once. Ordinary REGEX and REPLACE give the same answers as before.
 */
class RegexTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** Time allowed past the timeout for the answer to arrive on a shared machine. */
    private static final Duration MARGIN = Duration.ofSeconds(3);
    private static final String TEXT = "http://example.org/text";
    private static final String ALL_TEXTS = "SELECT ?s WHERE { ?s <" + TEXT + "> ?text . ";

    @TempDir
    static Path dumps;

    private static PolicyLodServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = PolicyLodServer.builder().dataset(dataset()).dumps(dumps).host("127.0.0.1").port(0)
                .queryTimeout(TIMEOUT).build().start();
        http = new TestHttp(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void catastrophicRegexStopsAtTheTimeoutWhileAnotherClientIsAnswered() throws Exception {
        String query = ALL_TEXTS + "FILTER(REGEX(?text, \"((a+)+)+b\")) }";
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> http.get(queryPath("/sparql", query), "Accept", JSON_RESULTS));
        Thread.sleep(300);
        long cheapStarted = System.nanoTime();
        RawHttp.Answer cheap = RawHttp.from("127.0.0.2", server.port())
                .get(queryPath("/sparql", "ASK { ?s ?p ?o }"), "Accept", JSON_RESULTS);
        Duration cheapTook = Duration.ofNanos(System.nanoTime() - cheapStarted);
        HttpResponse<String> response = slow.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(took.compareTo(TIMEOUT.plus(MARGIN)) < 0, "the regex query took " + took);
        assertEquals(200, cheap.status(), cheap.body());
        assertTrue(cheapTook.compareTo(Duration.ofSeconds(1)) < 0, "the cheap query took " + cheapTook);
    }

    @Test
    void everySpellingOfARegexStopsAtTheTimeout() {
        List<String> queries = List.of(
                ALL_TEXTS + "FILTER(REGEX(?text, \"((a+)+)+b\", \"i\")) }",
                ALL_TEXTS + "FILTER(REGEX(?text, \"(.*a){12}x\")) }",
                ALL_TEXTS + "FILTER(REGEX(STR(?text), CONCAT(\"((a+)+)\", \"+b\"))) }",
                ALL_TEXTS + "FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?text, \"((a+)+)+b\")) }",
                ALL_TEXTS + "BIND(REPLACE(?text, \"((a+)+)+b\", \"x\") AS ?r) }",
                ALL_TEXTS + "FILTER(<http://www.w3.org/2005/xpath-functions#replace>(?text, \"((a+)+)+b\", \"\") = \"\") }",
                "SELECT (REGEX(?text, \"((a+)+)+b\") AS ?m) WHERE { ?s <" + TEXT + "> ?text }",
                "ASK { ?s <" + TEXT + "> ?text FILTER EXISTS { FILTER(REGEX(?text, \"((a+)+)+b\")) } }",
                "SELECT ?s WHERE { ?s <" + TEXT + "> ?text } ORDER BY (REGEX(?text, \"((a+)+)+b\"))",
                "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + TEXT + "> ?text } GROUP BY ?s HAVING(REGEX(MIN(?text), \"((a+)+)+b\"))",
                // the text in the query itself: constants, VALUES, BIND
                "SELECT (REPLACE(\"" + "a".repeat(45) + "\", \"(.*a){20}x\", \"z\") AS ?y) {}",
                "SELECT (REGEX(\"" + "a".repeat(45) + "\", \"(.*a){20}x\") AS ?y) {}",
                "SELECT ?y { VALUES ?x { \"" + "a".repeat(45) + "\" } BIND(REPLACE(?x, \"(.*a){20}x\", \"z\") AS ?y) }",
                "ASK { FILTER(REGEX(\"" + "a".repeat(45) + "\", \"(.*a){20}x\")) }");
        for (String query : queries) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.get(queryPath("/sparql", query), "Accept", JSON_RESULTS);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(503, response.statusCode(), query + ": " + response.body());
            assertTrue(took.compareTo(TIMEOUT.plus(MARGIN)) < 0, query + " took " + took);
        }
    }

    @Test
    void ordinaryRegexAndReplaceAnswerAsBefore() {
        String select = "SELECT ?r WHERE { <http://example.org/doc-1> <" + TEXT + "> ?text "
                + "FILTER(REGEX(?text, \"^ok \\\\d+$\", \"i\")) BIND(REPLACE(?text, \"(\\\\d+)\", \"#$1\") AS ?r) }";
        HttpResponse<String> response = http.get(queryPath("/sparql", select), "Accept", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of("r", "OK #1"), response.body().lines().map(String::strip).toList());
        String matches = "SELECT (COUNT(*) AS ?n) WHERE { ?s <" + TEXT + "> ?text "
                + "FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?text, \"^OK\")) }";
        assertEquals(List.of("n", "5"), http.get(queryPath("/sparql", matches), "Accept", "text/csv").body()
                .lines().map(String::strip).toList());
        String badFlags = ALL_TEXTS + "FILTER(REGEX(?text, \"a\", \"z\")) }";
        assertEquals(400, http.get(queryPath("/sparql", badFlags), "Accept", JSON_RESULTS).statusCode());
    }

    /** Twenty texts of forty a's, on which {@code ((a+)+)+b} backtracks without end, and five short texts. */
    private static Dataset dataset() {
        Dataset dataset = TestData.dataset(100);
        Node graph = NodeFactory.createURI(TestData.GRAPH);
        Node text = NodeFactory.createURI(TEXT);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 20; i++) {
                dataset.asDatasetGraph().add(Quad.create(graph, NodeFactory.createURI("http://example.org/a-" + i),
                        text, NodeFactory.createLiteralString("a".repeat(40) + i)));
            }
            for (int i = 1; i <= 5; i++) {
                dataset.asDatasetGraph().add(Quad.create(graph, NodeFactory.createURI("http://example.org/doc-" + i),
                        text, NodeFactory.createLiteralString("OK " + i)));
            }
        });
        return dataset;
    }
}
