package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page files by their bytes: too large, empty, binary, UTF-16, Windows-1252; one line each, the others converted. */
class PageBytesTest {

    private static final String PAGE = "Havpolitikk\n\nRegjeringa styrkjer arbeidet for reine hav i år.\n";

    @TempDir
    Path dir;

    /** A page file's bytes and the line it gives (null: none), {@code %s} standing for its path. */
    private record Case(String name, byte[] bytes, String says, String converted) {
    }

    private static byte[] bytes(String s, Charset charset) {
        return s.getBytes(charset);
    }

    private static byte[] withBom(byte[] bom, byte[] rest) {
        byte[] all = new byte[bom.length + rest.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(rest, 0, all, bom.length, rest.length);
        return all;
    }

    private static final List<Case> CASES = List.of(
            new Case("empty.txt", new byte[0], "%s: empty file: nothing to convert", null),
            new Case("blank.txt", bytes(" \n\t\n", StandardCharsets.UTF_8), "%s: empty file: only white space", null),
            new Case("nul.html", bytes("<p>a</p>\n\u0000\u0001", StandardCharsets.UTF_8),
                    "%s:2: binary content (a NUL byte)", null),
            new Case("controls.txt", bytes("a\u0001\u0002\u0003\u0004b\u0005\u0006", StandardCharsets.UTF_8),
                    "%s: binary content (control characters)", null),
            new Case("large.txt", bytes(PAGE + "x".repeat(2000), StandardCharsets.UTF_8),
                    "%s: larger than a page may be (", null),
            new Case("utf16le.txt", withBom(new byte[] {(byte) 0xff, (byte) 0xfe},
                    bytes(PAGE, StandardCharsets.UTF_16LE)), null, "reine hav i år"),
            new Case("utf16be.txt", withBom(new byte[] {(byte) 0xfe, (byte) 0xff},
                    bytes(PAGE, StandardCharsets.UTF_16BE)), null, "reine hav i år"),
            new Case("odd16.txt", withBom(new byte[] {(byte) 0xfe, (byte) 0xff}, new byte[] {(byte) 0xd8, 0, 0x41}),
                    "%s: not valid UTF-16BE", null),
            new Case("cp1252.txt", bytes(PAGE.replace("i år", "i \u00e5r \u2013 no"), Charset.forName("windows-1252")),
                    "warning: %s:3: not UTF-8 text (invalid byte sequence): read as Windows-1252", "i år – no"));

    @Test
    void eachFileGivesItsLineAndTheReadableAreConverted() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Case c : CASES) {
            Files.write(in.resolve(c.name()), c.bytes());
        }
        Path config = Files.writeString(dir.resolve("settings.json"), "{\"maxPageBytes\": 1000}");
        Path out = dir.resolve("out.nq");
        CliRun r = CliRun.run("convert", in.toString(), "--config", config.toString(), "--out", out.toString());
        List<String> lines = r.err().lines().toList();
        String quads = Files.readString(out, StandardCharsets.UTF_8);
        for (Case c : CASES) {
            String path = in.resolve(c.name()).toString();
            if (c.says() != null) {
                String expected = String.format(c.says(), path);
                assertEquals(1, lines.stream().filter(l -> l.startsWith(expected)).count(), c.name() + "\n" + r);
            } else {
                assertTrue(lines.stream().noneMatch(l -> l.contains(path)), c.name() + "\n" + r);
            }
            if (c.converted() != null) {
                assertTrue(quads.contains(c.converted()), c.name() + " not converted\n" + r);
            }
        }
        assertEquals(CASES.stream().filter(c -> c.says() != null).count(), lines.size(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
    }
}
