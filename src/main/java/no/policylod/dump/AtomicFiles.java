package no.policylod.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a file beside its target and moves it into place, so that a reader (the server, a harvester) never sees
 * half a file. A name ending in {@code .gz} is gzip-compressed on the way.
 *
 * <pre>
 * AtomicFiles.write(Path.of("dumps/SHA256SUMS"), out -&gt; out.write(bytes));
 * AtomicFiles.writeString(Path.of("dumps/releases/latest.txt"), "2026-11-21.2\n");
 * </pre>
 */
public final class AtomicFiles {

    /** What writes the content; it may throw {@link IOException}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes the file atomically, creating its folder if needed; gzip-compressed when its name ends in .gz. */
    public static void write(Path file, Content content) {
        write(file, file.toString().endsWith(".gz"), content);
    }

    private static void write(Path file, boolean gzip, Content content) {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes text in UTF-8, atomically. */
    public static void writeString(Path file, String text) {
        write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Copies a file's bytes as they are (a .gz file stays compressed once), atomically, replacing the target. */
    public static void copy(Path from, Path to) {
        write(to, false, out -> Files.copy(from, out));
    }
}
