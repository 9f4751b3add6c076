package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline as a user runs it: {@code publish} into a real TDB2 store and dumps folder, run twice, then the
 * real server on a free port answering SPARQL over HTTP and serving a dump that parses back to the store's data.
 */
class PublishIntegrationTest {

    @TempDir
    Path dir;

    @Test
    void publishLoadsDumpsAndServesTheSeeds() throws Exception {
        Path store = dir.resolve("store");
        Path dumps = dir.resolve("dumps");
        String[] publish = {"publish", "--no-serve", "--store", store.toString(), "--dumps", dumps.toString(),
                Fixtures.resource("pages/seeds").toString(), Fixtures.resource("pages/topic-with-url").toString()};

        CliRun first = CliRun.run(publish);
        assertEquals(Main.OK, first.exitCode(), first.toString());
        assertTrue(first.out().contains("3 pages, 3 snapshots"), first.toString());
        byte[] nquads = Files.readAllBytes(dumps.resolve("policy-lod.nq.gz"));
        byte[] trig = Files.readAllBytes(dumps.resolve("policy-lod.trig"));

        CliRun second = CliRun.run(publish);
        assertEquals(Main.OK, second.exitCode(), second.toString());
        assertTrue(second.out().contains("0 graphs added, 0 replaced"), second.toString());
        assertTrue(second.out().contains("is current"), "an unchanged store keeps its search index: " + second);
        assertArrayEquals(nquads, Files.readAllBytes(dumps.resolve("policy-lod.nq.gz")), "N-Quads dump changed");
        assertArrayEquals(trig, Files.readAllBytes(dumps.resolve("policy-lod.trig")), "TriG dump changed");
        assertEquals(sha256(nquads) + "  policy-lod.nq.gz\n",
                Files.readString(dumps.resolve("policy-lod.nq.gz.sha256")));

        try (Store opened = Store.open(store);
             PolicyLodServer server = PolicyLodServer.builder()
                     .settings(Settings.defaults().withStore(store).withDumps(dumps).withPort(0))
                     .dataset(opened.dataset()).dumps(dumps).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            String query = "PREFIX pl: <https://w3id.org/policy-lod/ontology#> "
                    + "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a pl:BudgetAmount }";
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()
                    + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("n\r\n8\r\n", answer.body(), "the 2017 seed states eight amounts");

            HttpResponse<byte[]> dump = http.send(HttpRequest.newBuilder(server.baseUrl()
                    .resolve("dumps/policy-lod.nq.gz")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, dump.statusCode());
            assertArrayEquals(nquads, dump.body());
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(dump.body()))).lang(Lang.NQUADS)
                    .parse(parsed);
            assertEquals(opened.quadCount(), org.apache.jena.atlas.iterator.Iter.count(parsed.find()),
                    "the dump holds every quad of the store");
        }
    }

    @Test
    void aReleaseDumpLoadsIntoAnotherStoreAsTheSameData() throws Exception {
        Path dumps = dir.resolve("dumps");
        assertEquals(Main.OK, CliRun.run("publish", "--no-serve", "--store", dir.resolve("store").toString(),
                "--dumps", dumps.toString(), Fixtures.resource("pages/seeds").toString()).exitCode());
        Path second = dir.resolve("second");
        CliRun load = CliRun.run("load", "--store", second.toString(), dumps.resolve("policy-lod.nq.gz").toString());
        assertEquals(Main.OK, load.exitCode(), load.toString());
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.source(dumps.resolve("policy-lod.nq.gz").toUri().toString()).lang(Lang.NQUADS).parse(dump);
        try (Store store = Store.open(second); Store first = Store.open(dir.resolve("store"))) {
            // the ontology and shapes graphs are replaced by the ones load adds, not merged with the dump's
            assertEquals(dump.stream().count(), store.quadCount(), load.toString());
            assertEquals(first.quadCount(), store.quadCount());
        }
    }

    @Test
    void aRunKilledBetweenWritingTheStoreAndIndexingIsRepairedByTheNext() throws Exception {
        Path store = dir.resolve("store");
        String[] publish = {"publish", "--no-serve", "--store", store.toString(), "--dumps",
                dir.resolve("dumps").toString(), Fixtures.resource("pages/seeds").toString()};
        assertEquals(Main.OK, CliRun.run(publish).exitCode());
        try (Store opened = Store.open(store);
             no.policylod.store.TextIndex index = no.policylod.store.TextIndex.open(
                     no.policylod.store.TextIndex.folderFor(store))) {
            assertTrue(index.isCurrent());
            index.markStale();                       // what a load leaves when the run dies before indexing
            assertTrue(!index.isCurrent());
        }
        CliRun again = CliRun.run(publish);
        assertEquals(Main.OK, again.exitCode(), again.toString());
        assertTrue(again.out().contains("0 graphs added, 0 replaced"), again.toString());
        assertTrue(again.out().contains("indexed "), "the stale index is rebuilt: " + again);
    }

    private static String sha256(byte[] bytes) throws IOException {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }
}
