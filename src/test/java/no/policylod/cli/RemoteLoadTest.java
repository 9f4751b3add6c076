package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.policylod.store.GraphStore;
import no.policylod.store.RemoteEndpoint;
import no.policylod.store.RemoteStore;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import no.policylod.testing.StoreServer;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.http.HttpLib;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code policy-lod load --endpoint}: the seed pages' graphs pushed over the Graph Store Protocol into a real
 * standalone Fuseki (writes need Basic authentication) and a real Virtuoso (Digest), each started as a process of
 * its own on free ports. Skipped without the Fuseki jar or {@code virtuoso-t}, unless {@code CI=true}.
 */
class RemoteLoadTest {

    private static final String USER = "loader";
    private static final String PASSWORD = "s3cret";
    private static final Node OUTSIDER = NodeFactory.createURI("http://example.org/graph/not-ours");

    @TempDir
    static Path dir;

    private static StoreServer fuseki;
    private static Path seeds;
    private static DatasetGraph expected;

    @BeforeAll
    static void startFuseki() throws IOException {
        seeds = dir.resolve("seeds.nq");
        CliRun converted = CliRun.run("convert", Fixtures.resource("pages/seeds").toString(), "--out",
                seeds.toString());
        assertEquals(Main.OK, converted.exitCode(), converted.toString());
        expected = DatasetGraphFactory.create();
        RDFParser.source(seeds).parse(expected);
        expected.addGraph(NodeFactory.createURI(PL.ONTOLOGY_IRI), Ontology.ontology());
        expected.addGraph(NodeFactory.createURI(PL.SHAPES_IRI), Ontology.shapes());
        try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("seeds.nq.gz")))) {
            Files.copy(seeds, gz);
        }
        Files.writeString(dir.resolve("right"), PASSWORD + "\n");
        Files.writeString(dir.resolve("wrong"), "not-" + PASSWORD + "\n");
        fuseki = StoreServer.fuseki(dir.resolve("fuseki"), USER, PASSWORD);
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void fusekiTakesTheGraphsWithTheRightPasswordOnlyAndEachRunReplacesThem() {
        URI gsp = fuseki.url("/ds/data");
        URI query = fuseki.url("/ds/sparql");
        UpdateExecHTTP.service(fuseki.url("/ds/update").toString())
                .httpHeader("Authorization", HttpLib.basicAuth(USER, PASSWORD)).update("DROP ALL").execute();
        Graph outsider = graph(Triple.create(NodeFactory.createURI("http://example.org/a"),
                NodeFactory.createURI("http://example.org/b"), NodeFactory.createLiteralString("kept")));
        GSP.service(gsp.toString()).httpHeader("Authorization", HttpLib.basicAuth(USER, PASSWORD))
                .graphName(OUTSIDER).PUT(outsider);

        CliRun wrong = load(gsp, "--user", USER, "--password-file", dir.resolve("wrong").toString());
        assertEquals(Main.DATA_PROBLEMS, wrong.exitCode(), wrong.toString());
        assertEquals("policy-lod: the endpoint " + gsp + " refused the credentials for user " + USER + " (0 of "
                + expected.size() + " graphs were replaced before; the others are as they were)",
                lastLine(wrong.err()), wrong.toString());
        assertFalse(wrong.err().contains("\tat "), wrong.toString());
        assertEquals(Map.of(OUTSIDER, 1L), counts(query), "nothing written with the wrong password");

        CliRun first = load(gsp, "--user", USER, "--password-file", dir.resolve("right").toString());
        assertEquals(Main.OK, first.exitCode(), first.toString());
        assertTrue(first.out().contains(expected.size() + " graphs added, 0 replaced"), first.toString());
        assertStoreHoldsExpected(query);
        GraphAssert.assertIsomorphic(outsider, remoteGraph(query, OUTSIDER));

        Node snapshot = snapshotGraph();
        GSP.service(gsp.toString()).httpHeader("Authorization", HttpLib.basicAuth(USER, PASSWORD))
                .graphName(snapshot).POST(graph(Triple.create(NodeFactory.createURI("http://example.org/stale"),
                        NodeFactory.createURI("http://example.org/b"), NodeFactory.createLiteralString("gone"))));
        CliRun again = load(gsp, "--user", USER, "--password-file", dir.resolve("right").toString());
        assertEquals(Main.OK, again.exitCode(), again.toString());
        assertTrue(again.out().contains("0 graphs added, " + expected.size() + " replaced"), again.toString());
        assertStoreHoldsExpected(query);
        GraphAssert.assertIsomorphic(outsider, remoteGraph(query, OUTSIDER));
    }

    @Test
    void withoutCredentialsTheLineSaysHowToGiveThem() {
        URI gsp = fuseki.url("/ds/data");
        CliRun r = load(gsp);
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertTrue(lastLine(r.err()).startsWith("policy-lod: the endpoint " + gsp + " asks for credentials: give "
                + "--user NAME, and the password in POLICY_LOD_PASSWORD or --password-file FILE"), r.toString());
    }

    @Test
    void aStoreThatCountsOtherwiseIsListedGraphByGraph() {
        URI empty = fuseki.url("/empty/sparql");
        CliRun r = load(fuseki.url("/ds/data"), "--query-endpoint", empty.toString(), "--user", USER,
                "--password-file", dir.resolve("right").toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        List<String> lines = r.err().lines().filter(l -> l.contains("count differs")).toList();
        assertEquals(expected.size(), lines.size(), r.toString());
        Node snapshot = snapshotGraph();
        assertTrue(lines.contains("policy-lod: " + fuseki.url("/ds/data") + ": count differs for <" + snapshot.getURI()
                + ">: sent " + expected.getGraph(snapshot).size() + " triples, the store holds 0"), r.toString());
    }

    /** Also: a gzipped N-Quads input (as the release dumps are) is read. */
    @Test
    void thePasswordCanComeFromTheEnvironment() throws Exception {
        UpdateExecHTTP.service(fuseki.url("/ds/update").toString())
                .httpHeader("Authorization", HttpLib.basicAuth(USER, PASSWORD)).update("DROP ALL").execute();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "load", dir.resolve("seeds.nq.gz").toString(), "--store", dir.resolve("unused").toString(), "--endpoint",
                fuseki.url("/ds/data").toString(), "--user", USER));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("env.log").toFile());
        pb.environment().put("POLICY_LOD_PASSWORD", PASSWORD);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "load took over two minutes");
        assertEquals(Main.OK, p.exitValue(), Files.readString(dir.resolve("env.log")));
        assertStoreHoldsExpected(fuseki.url("/ds/sparql"));
    }

    @Test
    void aPasswordOnTheCommandLineIsRefused() {
        CliRun r = load(URI.create("http://127.0.0.1:1/ds/data"), "--user", USER, "--password", PASSWORD);
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertEquals("policy-lod: --password: a password is never given on the command line (ps and the shell "
                + "history show it); set POLICY_LOD_PASSWORD or give --password-file FILE", r.err().strip());
    }

    @Test
    void aUserWithoutAPasswordIsAUsageError() {
        CliRun r = load(URI.create("http://127.0.0.1:1/ds/data"), "--user", USER, "--password-file",
                dir.resolve("no-such-file").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().strip().startsWith("policy-lod: --password-file " + dir.resolve("no-such-file")
                + ": cannot read it"), r.toString());
        CliRun noEndpoint = CliRun.run("load", seeds.toString(), "--user", USER);
        assertEquals(Main.USAGE, noEndpoint.exitCode(), noEndpoint.toString());
        assertEquals("policy-lod: --user, --password-file and --query-endpoint go with --endpoint URL",
                noEndpoint.err().strip());
    }

    @Test
    void fusekiTakesGzipBodies() {
        try (RemoteStore store = RemoteStore.connect(RemoteEndpoint.of(fuseki.url("/ds/data"), null, USER,
                PASSWORD), line -> { })) {
            DatasetGraph one = DatasetGraphFactory.create();
            one.addGraph(OUTSIDER, graph(Triple.create(NodeFactory.createURI("http://example.org/a"),
                    NodeFactory.createURI("http://example.org/b"), NodeFactory.createLiteralString("kept"))));
            GraphStore.LoadReport report = store.replaceGraphs(GraphStore.Batch.of(one), (f, a) -> { }, () -> { });
            assertEquals(List.of(), report.mismatches());
            assertTrue(store.gzip(), "Fuseki takes Content-Encoding: gzip");
        }
    }

    @Test
    void virtuosoTakesTheGraphsWithDigestAuthenticationAndCountsMatch() throws IOException {
        Files.writeString(dir.resolve("dba"), "dba\n");
        try (StoreServer virtuoso = StoreServer.virtuoso(dir.resolve("virtuoso"))) {
            URI gsp = virtuoso.url("/sparql-graph-crud-auth");
            CliRun wrong = load(gsp, "--user", "dba", "--password-file", dir.resolve("wrong").toString());
            assertEquals(Main.DATA_PROBLEMS, wrong.exitCode(), wrong.toString());
            assertTrue(lastLine(wrong.err()).startsWith("policy-lod: the endpoint " + gsp
                    + " refused the credentials for user dba"), wrong.toString());

            CliRun first = load(gsp, "--user", "dba", "--password-file", dir.resolve("dba").toString());
            assertEquals(Main.OK, first.exitCode(), first.toString() + virtuoso.output());
            assertTrue(first.out().contains(expected.size() + " graphs added, 0 replaced"), first.toString());
            CliRun again = load(gsp, "--user", "dba", "--password-file", dir.resolve("dba").toString());
            assertEquals(Main.OK, again.exitCode(), again.toString());
            assertTrue(again.out().contains("0 graphs added, " + expected.size() + " replaced"), again.toString());
            try (RemoteStore store = RemoteStore.connect(RemoteEndpoint.of(gsp, null, "dba", "dba"), line -> { })) {
                DatasetGraph one = DatasetGraphFactory.create();
                one.addGraph(OUTSIDER, graph(Triple.create(NodeFactory.createURI("http://example.org/a"),
                        NodeFactory.createURI("http://example.org/b"), NodeFactory.createLiteralString("kept"))));
                assertEquals(List.of(), store.replaceGraphs(GraphStore.Batch.of(one), (f, a) -> { }, () -> { })
                        .mismatches());
                assertFalse(store.gzip(), "Virtuoso refuses Content-Encoding: gzip, so the bodies go plain");
            }
            Map<Node, Long> counts = counts(virtuoso.url("/sparql"));
            expected.listGraphNodes().forEachRemaining(g -> assertEquals((long) expected.getGraph(g).size(),
                    counts.get(g), g.getURI()));
        }
    }

    private CliRun load(URI endpoint, String... more) {
        List<String> args = new ArrayList<>(List.of("load", seeds.toString(), "--store",
                dir.resolve("unused").toString(), "--endpoint", endpoint.toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static void assertStoreHoldsExpected(URI query) {
        expected.listGraphNodes().forEachRemaining(g ->
                GraphAssert.assertIsomorphic(expected.getGraph(g), remoteGraph(query, g)));
    }

    private static Node snapshotGraph() {
        List<Node> names = new ArrayList<>();
        expected.listGraphNodes().forEachRemaining(names::add);
        return names.stream().filter(g -> g.getURI().contains("/graph/snapshot/")).findFirst().orElseThrow();
    }

    private static Graph remoteGraph(URI query, Node name) {
        try (var exec = QueryExecHTTP.service(query.toString()).sendMode(QuerySendMode.asGetWithLimitForm)
                .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + name.getURI() + "> { ?s ?p ?o } }").build()) {
            return exec.construct();
        }
    }

    /** The triple count of every graph at a query endpoint. */
    private static Map<Node, Long> counts(URI query) {
        Map<Node, Long> counts = new HashMap<>();
        try (var exec = QueryExecHTTP.service(query.toString()).sendMode(QuerySendMode.asGetWithLimitForm)
                .query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").build()) {
            exec.select().forEachRemaining(row -> counts.put(row.get("g"),
                    ((Number) row.get("n").getLiteralValue()).longValue()));
        }
        return counts;
    }

    private static Graph graph(Triple t) {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(t);
        return g;
    }

    private static String lastLine(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
