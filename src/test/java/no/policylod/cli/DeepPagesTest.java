package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages past what can be read in time (markup nested 100 000 deep, a line of 2 million characters) are refused with
 * one line each; a page nested a little is converted as before.
 */
class DeepPagesTest {

    @TempDir
    Path dir;

    private record Case(String name, String content, String says) {
    }

    private static String nested(String tag, int depth, String inner) {
        return "<html><body><main>" + ("<" + tag + ">x").repeat(depth) + inner + ("</" + tag + ">").repeat(depth)
                + "</main></body></html>";
    }

    private static final List<Case> CASES = List.of(
            new Case("div.html", nested("div", 100_000, "text"), "markup nested 100004 elements deep"),
            new Case("span.html", nested("span", 100_000, "text"), "markup nested 100004 elements deep"),
            new Case("article.html", nested("article", 100_000, "<h2><a href='/x'>t</a></h2>"),
                    "markup nested 100006 elements deep"),
            new Case("line.txt", "Havpolitikk " + "Regjeringa gir pengar til hav. ".repeat(70_000),
                    "a line of 2170012 characters"),
            new Case("block.html", "<p>" + "Regjeringa gir pengar til hav. ".repeat(70_000) + "</p>",
                    "a block of 2169999 characters of text"),
            new Case("shallow.html", nested("div", 100, "<p>Regjeringa gir pengar til hav.</p>"), null));

    @Test
    void pagesPastTheLimitsGiveOneLineEach() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Case c : CASES) {
            Files.writeString(in.resolve(c.name()), c.content());
        }
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.run("convert", in.toString(), "--out", out.toString());
        List<String> lines = r.err().lines().toList();
        for (Case c : CASES) {
            if (c.says() != null) {
                String expected = c.name() + ": cannot convert: " + c.says();
                assertEquals(1, lines.stream().filter(l -> l.startsWith(expected)).count(), c.name() + "\n" + r);
            }
        }
        assertEquals(CASES.stream().filter(c -> c.says() != null).count(), lines.size(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertTrue(Files.readString(out).contains("Regjeringa gir pengar til hav."), r.toString());
    }
}
