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
 * half a file. A name ending in {@code .gz} is gzip-compressed on the way. The bytes are forced to disk before the
 * move and the move itself after it, so that a power cut leaves the old file or the new one, never an empty one.
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
            moveDurably(tmp, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a file to be written in pieces: bytes go to a hidden file beside it, which {@link Pending#commit()} moves
     * into place and {@link Pending#close()} removes when it was not committed. For writers that fill several files in
     * one pass.
     */
    public static Pending open(Path file) {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            OutputStream raw = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
            return new Pending(file, tmp, file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A file being written: {@link #out()} takes the bytes, {@link #commit()} puts it in place. */
    public static final class Pending implements AutoCloseable {
        private final Path file;
        private final Path tmp;
        private final OutputStream out;
        private boolean done;

        private Pending(Path file, Path tmp, OutputStream out) {
            this.file = file;
            this.tmp = tmp;
            this.out = out;
        }

        /** Where the content goes (compressed on the way for a .gz name); closing it is {@link #commit()}'s job. */
        public OutputStream out() {
            return out;
        }

        public Path file() {
            return file;
        }

        /** Closes the stream and moves the file into place. */
        public void commit() {
            try {
                out.close();
                moveDurably(tmp, file);
                done = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }

        /** Removes the hidden file unless committed. */
        @Override
        public void close() {
            if (done) {
                return;
            }
            try {
                out.close();
            } catch (IOException ignored) {
                // the file is removed anyway
            }
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + tmp + ": " + e.getMessage(), e);
            }
        }
    }

    /** Forces a written file's bytes to disk, renames it over its target, and forces the folder's entry. */
    private static void moveDurably(Path tmp, Path file) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(tmp,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        syncFolder(file.toAbsolutePath().getParent());
    }

    /**
     * Forces a folder's entries (a rename into it) to disk where the system allows it (Linux and macOS do; elsewhere
     * this does nothing).
     */
    public static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(folder,
                java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // folders cannot be opened or forced on every system; the rename stands, only not forced
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

    /** Removes a folder and everything in it (nothing when it does not exist). */
    public static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder + ": " + e.getMessage(), e);
        }
    }
}
