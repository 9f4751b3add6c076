package no.policylod.dump;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.jena.atlas.data.SortedDataBag;
import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.data.ThresholdPolicyFactory;
import org.apache.jena.atlas.lib.Sink;

/**
 * A set of text lines that comes back sorted, each line once, in bounded memory: past a threshold, lines are sorted
 * and spilled to temporary files (hidden, in a given folder, so that a run killed midway leaves them where the next
 * run's clean-up finds them; else in the system's temporary folder), which are merged on the way out (Jena's {@link SortedDataBag}, the one ARQ uses
 * for {@code ORDER BY} over large results); repeats are dropped as they come out, next to each other.
 *
 * <pre>
 * try (SortedLines lines = new SortedLines()) {
 *     lines.add("b"); lines.add("a"); lines.add("b");
 *     lines.forEachSorted(System.out::println);                      // a, b
 * }
 * </pre>
 */
public final class SortedLines implements AutoCloseable {

    /** Lines held in memory before a spill: some tens of megabytes of N-Triples. */
    static final long IN_MEMORY = 200_000;

    private final SortedDataBag<String> bag;

    public SortedLines() {
        this(IN_MEMORY, null);
    }

    /** Lines that spill, when they must, to hidden files in {@code spillFolder} (created when first needed). */
    public SortedLines(java.nio.file.Path spillFolder) {
        this(IN_MEMORY, spillFolder);
    }

    SortedLines(long inMemory, java.nio.file.Path spillFolder) {
        this.bag = new SpillBag(inMemory, spillFolder);
    }

    public void add(String line) {
        bag.add(line);
    }

    /** Every distinct line, in {@link String#compareTo} order; call once, after the last {@link #add}. */
    public void forEachSorted(Consumer<String> action) {
        Iterator<String> it = bag.iterator();
        try {
            String last = null;
            while (it.hasNext()) {
                String line = it.next();
                if (!line.equals(last)) {
                    action.accept(line);
                }
                last = line;
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    /** Removes the spill files. */
    @Override
    public void close() {
        bag.close();
    }

    /** Jena's sorted bag, its spill files in a folder of ours when one is given. */
    private static final class SpillBag extends SortedDataBag<String> {
        private final java.nio.file.Path folder;

        SpillBag(long inMemory, java.nio.file.Path folder) {
            super(ThresholdPolicyFactory.count(inMemory), new Utf8Lines(), String::compareTo);
            this.folder = folder;
        }

        @Override
        protected java.io.File getNewTemporaryFile() {
            if (folder == null) {
                return super.getNewTemporaryFile();
            }
            try {
                java.nio.file.Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
            }
            return folder.resolve(".sort-" + java.util.UUID.randomUUID() + ".tmp").toFile();
        }
    }

    /** Lines as length-prefixed UTF-8 (a line may be longer than {@code writeUTF}'s 64 KB). */
    private static final class Utf8Lines implements SerializationFactory<String> {
        @Override
        public Sink<String> createSerializer(OutputStream out) {
            DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(out, 1 << 16));
            return new Sink<>() {
                @Override
                public void send(String line) {
                    try {
                        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                        data.writeInt(bytes.length);
                        data.write(bytes);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot spill sorted lines to disk: " + e.getMessage(), e);
                    }
                }

                @Override
                public void flush() {
                    try {
                        data.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    try {
                        data.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        }

        @Override
        public Iterator<String> createDeserializer(InputStream in) {
            DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
            return new Iterator<>() {
                private String next = read();

                private String read() {
                    try {
                        int length = data.readInt();
                        return new String(data.readNBytes(length), StandardCharsets.UTF_8);
                    } catch (EOFException e) {
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read spilled lines: " + e.getMessage(), e);
                    }
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public String next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    String line = next;
                    next = read();
                    return line;
                }
            };
        }
    }
}
