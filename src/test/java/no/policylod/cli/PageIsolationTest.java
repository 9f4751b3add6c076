package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of hostile things beside one good page: each gives one line naming it, the good page is converted, no
 * stack trace is printed, nothing outside the folder is read, a link loop does not hang, and the exit code says
 * some failed.
 */
class PageIsolationTest {

    @TempDir
    Path dir;

    /** One bad thing in the input folder: its name, how it is made, and what its one line says. */
    private record Bad(String name, Maker maker, String says) {
    }

    private interface Maker {
        void make(Path at, Path outside) throws IOException, InterruptedException;
    }

    private static final List<Bad> BAD = List.of(
            new Bad("link-out.txt", (at, outside) -> Files.createSymbolicLink(at, outside.resolve("secret.txt")),
                    "warning: %s: a symbolic link: not followed"),
            new Bad("link-dir", (at, outside) -> Files.createSymbolicLink(at, outside),
                    "warning: %s: a symbolic link: not followed"),
            new Bad("loop", (at, outside) -> Files.createSymbolicLink(at, at.getParent()),
                    "warning: %s: a symbolic link: not followed"),
            new Bad("dangling.html", (at, outside) -> Files.createSymbolicLink(at, outside.resolve("gone.html")),
                    "warning: %s: a symbolic link: not followed"),
            new Bad("pipe.txt", (at, outside) -> new ProcessBuilder("mkfifo", at.toString()).start().waitFor(),
                    "%s: not a regular file (a pipe, device or socket): not read"));

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void eachBadThingGivesOneLineAndTheGoodPageIsConverted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "Outside policy\n\nA page outside the input folder.\n");
        Files.createDirectories(outside.resolve("sub"));
        Files.writeString(outside.resolve("sub/also.txt"), "Also outside\n\nAnother page outside the folder.\n");
        Files.copy(Path.of("src/test/resources/corpus/pages/001.txt"), in.resolve("001.txt"));
        for (Bad bad : BAD) {
            bad.maker().make(in.resolve(bad.name()), outside);
        }
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.run("convert", in.toString(), "--out", out.toString());
        List<String> lines = r.err().lines().toList();
        for (Bad bad : BAD) {
            String expected = String.format(bad.says(), in.resolve(bad.name()));
            assertEquals(1, lines.stream().filter(l -> l.startsWith(expected)).count(), bad.name() + "\n" + r);
        }
        assertEquals(BAD.size(), lines.size(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        String quads = Files.readString(out);
        assertTrue(quads.contains("Security policy"), r.toString());
        assertFalse(quads.contains("outside"), "read a page outside the input folder");
        assertTrue(r.out().contains("converted 1 pages"), r.toString());
    }
}
