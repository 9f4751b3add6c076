package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.policylod.testing.Fixtures;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of the command line for bad input: one line each, no stack trace, the batch goes on. */
class CliErrorsTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsOneLineAndExitCodeOne() {
        CliRun r = CliRun.run("convert", dir.resolve("no-such.txt").toString(), "--out", dir.resolve("o.nq").toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(dir.resolve("no-such.txt") + ": no such file or folder", r.err().strip(), r.toString());
    }

    @Test
    void emptyFileIsReportedByName() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        CliRun r = CliRun.run("convert", empty.toString(), "--out", dir.resolve("o.nq").toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(empty + ": empty file: nothing to convert", r.err().strip(), r.toString());
    }

    @Test
    void binaryFileIsReportedWithItsLine() throws IOException {
        Path binary = dir.resolve("image.txt");
        Files.write(binary, new byte[] {'a', '\n', 'b', '\n', 0, 1, 2, (byte) 0xff});
        CliRun r = CliRun.run("convert", binary.toString(), "--out", dir.resolve("o.nq").toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(binary + ":3: binary content (a NUL byte): not a text or HTML page", r.err().strip(),
                r.toString());
    }

    @Test
    void badFilesDoNotStopTheRestOfTheBatch() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("pages"));
        Files.copy(Fixtures.resource("pages/seeds/000_7a6befeeade525e2.txt"), folder.resolve("good.txt"));
        Files.createFile(folder.resolve("empty.txt"));
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.run("convert", folder.toString(), "--out", out.toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertEquals(1, r.err().lines().count(), r.toString());
        DatasetGraph data = DatasetGraphFactory.create();
        RDFParser.source(out).parse(data);
        assertTrue(data.find().hasNext(), "the good page was still converted");
        assertTrue(r.out().contains("1 pages, 1 snapshots"), r.toString());
    }

    @Test
    void noStackTraceForUserErrors() throws IOException {
        Path binary = dir.resolve("b.html");
        Files.write(binary, new byte[] {0, 0, 0});
        CliRun r = CliRun.run("convert", binary.toString(), dir.resolve("missing").toString(), "--out",
                dir.resolve("o.trig").toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
    }

    @Test
    void unknownOutputFormatIsAUsageError() {
        CliRun r = CliRun.run("convert", Fixtures.resource("pages/seeds").toString(), "--out",
                dir.resolve("o.xls").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("unknown RDF file ending"), r.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.run("convert", "--frobnicate");
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
    }

    @Test
    void misspeltConfigKeyFailsLoudly() throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"prot\": 8080}");
        CliRun r = CliRun.run("dump", "--config", config.toString(), "--store", dir.resolve("s").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains(config + ": unknown setting 'prot'"), r.toString());
    }

    @Test
    void sparqlSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path query = Files.writeString(dir.resolve("bad.rq"), "SELECT * WHERE {\n  ?s ?p \n}");
        CliRun r = CliRun.run("query", query.toString(), "--store", dir.resolve("s").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("policy-lod: " + query + ":3:1: SPARQL syntax error"), r.toString());
    }

    @Test
    void stdoutGetsNQuads() {
        CliRun r = CliRun.run("convert", Fixtures.resource("pages/seeds").toString(), "--out", "-");
        assertEquals(Main.OK, r.exitCode(), r.toString());
        DatasetGraph data = DatasetGraphFactory.create();
        RDFParser.fromString(r.out(), org.apache.jena.riot.Lang.NQUADS).parse(data);
        assertTrue(data.listGraphNodes().hasNext());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String command : List.of("fetch", "convert", "validate", "load", "dump", "serve", "publish", "query")) {
            CliRun r = CliRun.run(command, "--help");
            assertEquals(Main.OK, r.exitCode(), command + ": " + r);
            assertTrue(r.out().startsWith("Usage: policy-lod " + command), command + ": " + r);
        }
    }

    @Test
    void aMissingStoreIsAUsageErrorNotANewEmptyStore() throws IOException {
        Path query = Files.writeString(dir.resolve("q.rq"), "SELECT * { ?s ?p ?o } LIMIT 1");
        Path store = dir.resolve("no-store-here");
        CliRun r = CliRun.run("query", query.toString(), "--store", store.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no store at " + store), r.toString());
        assertFalse(Files.exists(store), "no empty store was created");
    }
}
