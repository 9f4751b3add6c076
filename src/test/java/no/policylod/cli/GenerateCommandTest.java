package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy-lod generate}: one summary line, output that {@code convert} reads as is, usage errors. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void generatesPagesThatConvertReadsAsIs() {
        Path out = dir.resolve("corpus");
        CliRun r = CliRun.run("generate", "--pages", "40", "--seed", "3", "--out", out.toString(), "--from", "data");
        assertEquals(Main.OK, r.exitCode(), r.toString());
        assertEquals(1, r.out().strip().lines().count(), r.toString());
        assertTrue(r.out().startsWith("generated 40 pages ("), r.toString());
        assertTrue(r.out().contains(" bytes, ") && r.out().contains("kinds: ") && r.out().contains("languages: "),
                r.toString());
        CliRun convert = CliRun.run("convert", out.toString(), "--out", dir.resolve("corpus.nq").toString());
        assertEquals(Main.OK, convert.exitCode(), convert.toString());
        assertTrue(convert.out().startsWith("converted 40 pages, 40 snapshots"), convert.toString());
    }

    @Test
    void aFolderThatIsNotEmptyIsAUsageError() throws IOException {
        Files.writeString(dir.resolve("x.txt"), "x");
        CliRun r = CliRun.run("generate", "--pages", "5", "--out", dir.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("is not empty"), r.toString());
    }

    @Test
    void writingIntoTheSourcesIsAUsageError() {
        CliRun r = CliRun.run("generate", "--pages", "5", "--out", "data/generated", "--from", "data");
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("inside the source folder"), r.toString());
    }

    @Test
    void sourcesWithoutAddressesAreAUsageError() throws IOException {
        Path sources = Files.createDirectory(dir.resolve("sources"));
        Files.writeString(sources.resolve("a.txt"), "A page\nWith a line of text that has no address anywhere.\n");
        CliRun r = CliRun.run("generate", "--pages", "5", "--out", dir.resolve("out").toString(),
                "--from", sources.toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertTrue(r.err().contains("no text page with a source address"), r.toString());
    }
}
