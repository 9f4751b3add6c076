package no.policylod.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.policylod.format.Format;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the published dumps into a folder, each with a {@code sha256sum}-style checksum file. Same data, same bytes.
 *
 * <pre>
 * // as before: every graph as gzipped N-Quads and as TriG, blank nodes kept
 * List&lt;DumpWriter.Dump&gt; dumps = new DumpWriter(Path.of("dumps"), prefixes).write(datasetGraph);
 *
 * // a release: every format, blank nodes replaced by Skolem IRIs, the JSON-LD context beside the JSON-LD
 * DumpWriter writer = DumpWriter.builder(folder).prefixes(prefixes).skolemBase(base)
 *         .formats(Format.dumps()).build();
 * List&lt;DumpWriter.Dump&gt; dumps = writer.writeSorted(CanonicalRdf.skolemized(datasetGraph, base));
 * </pre>
 */
public final class DumpWriter {

    /** The file-name stem of every dump. */
    public static final String STEM = Format.DUMP_STEM;

    /** One written dump file. */
    public record Dump(Path file, String sha256, long bytes) {
    }

    private final Path folder;
    private final PrefixMapping prefixes;
    private final String skolemBase;
    private final List<Format> formats;

    /** The dumps as they were first published: gzipped N-Quads and TriG, blank nodes as they are in the store. */
    public DumpWriter(Path folder, PrefixMapping prefixes) {
        this(folder, prefixes, null, List.of(Format.NQUADS, Format.TRIG));
    }

    private DumpWriter(Path folder, PrefixMapping prefixes, String skolemBase, List<Format> formats) {
        this.folder = folder;
        this.prefixes = prefixes;
        this.skolemBase = skolemBase;
        this.formats = formats;
    }

    public static Builder builder(Path folder) {
        return new Builder(folder);
    }

    /** Writes every dump and its checksum; the data must be readable (inside a read transaction if it needs one). */
    public List<Dump> write(DatasetGraph data) {
        return writeSorted(skolemBase == null ? CanonicalRdf.sorted(data) : CanonicalRdf.skolemized(data, skolemBase));
    }

    /**
     * Writes every dump of quads already in canonical order ({@link CanonicalRdf#sorted}, {@link
     * CanonicalRdf#skolemized}), each with its {@code .sha256}, in the order given; with JSON-LD, also
     * the context file {@link Format#CONTEXT_FILE}, which has no checksum file of its own.
     */
    public List<Dump> writeSorted(List<Quad> quads) {
        try (Session session = open()) {
            quads.forEach(session::accept);
            return session.finish();
        }
    }

    /**
     * Opens every dump for one pass over quads in canonical order ({@link CanonicalRdf#forEachSorted}): the quad
     * formats are streamed as the quads come; the triple formats (the union of the graphs, each triple once) are
     * collected in {@link SortedLines}, in bounded memory, and written by {@link Session#finish()}. Closing a session
     * that was not finished removes what it wrote.
     */
    public Session open() {
        return new Session();
    }

    /** One pass writing every format of the writer. */
    public final class Session implements AutoCloseable {
        private final List<AtomicFiles.Pending> files = new ArrayList<>();
        private final List<StreamRDF> quadStreams = new ArrayList<>();
        private JsonLdWriter jsonLd;
        private SortedLines union;
        private long quads;
        private long triples = -1;
        private java.security.MessageDigest nquadsDigest;
        private String contentSha256;

        private Session() {
            try {
                for (Format format : formats) {
                    if (format == Format.N_TRIPLES || format == Format.TURTLE) {
                        union = union == null ? new SortedLines(folder) : union;
                        continue;
                    }
                    AtomicFiles.Pending file = AtomicFiles.open(folder.resolve(format.dump().orElseThrow().fileName()));
                    files.add(file);
                    if (format == Format.JSON_LD) {
                        AtomicFiles.write(folder.resolve(Format.CONTEXT_FILE),
                                out -> JsonLdWriter.writeContext(prefixes, out));
                        jsonLd = JsonLdWriter.start(prefixes, Format.CONTEXT_FILE, file.out());
                    } else {
                        java.io.OutputStream out = file.out();
                        if (format == Format.NQUADS) {
                            nquadsDigest = sha256();
                            out = new java.security.DigestOutputStream(out, nquadsDigest);
                        }
                        quadStreams.add(CanonicalRdf.startStream(out, format.writer(), prefixes));
                    }
                }
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        /** The next quad, in canonical order. */
        public void accept(Quad q) {
            quads++;
            for (StreamRDF stream : quadStreams) {
                stream.quad(q);
            }
            try {
                if (jsonLd != null) {
                    jsonLd.add(q);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
            }
            if (union != null) {
                union.add(CanonicalRdf.tripleKey(q));
            }
        }

        /**
         * The SHA-256 of the uncompressed canonical N-Quads (what {@code Release#contentSha256} names), known after
         * {@link #finish()} when N-Quads are written; null otherwise.
         */
        public String contentSha256() {
            return contentSha256;
        }

        /** Quads taken so far. */
        public long quads() {
            return quads;
        }

        /** Distinct triples in the union of the graphs, known after {@link #finish()} when a triple format is written. */
        public long triples() {
            return triples;
        }

        /** Ends every file, writes the triple formats, moves everything into place, and writes the checksums. */
        public List<Dump> finish() {
            quadStreams.forEach(StreamRDF::finish);
            if (nquadsDigest != null) {
                contentSha256 = java.util.HexFormat.of().formatHex(nquadsDigest.digest());
            }
            try {
                if (jsonLd != null) {
                    jsonLd.finish();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
            }
            files.forEach(AtomicFiles.Pending::commit);
            if (union != null) {
                writeUnion();
            }
            List<Dump> dumps = new ArrayList<>();
            for (Format format : formats) {
                dumps.add(checksum(folder.resolve(format.dump().orElseThrow().fileName())));
            }
            return dumps;
        }

        private void writeUnion() {
            List<StreamRDF> streams = new ArrayList<>();
            for (Format format : formats) {
                if (format == Format.N_TRIPLES || format == Format.TURTLE) {
                    AtomicFiles.Pending file = AtomicFiles.open(folder.resolve(format.dump().orElseThrow().fileName()));
                    files.add(file);
                    streams.add(CanonicalRdf.startStream(file.out(), format.writer(), prefixes));
                }
            }
            long[] count = {0};
            union.forEachSorted(line -> {
                org.apache.jena.graph.Triple t = CanonicalRdf.parseTripleKey(line);
                for (StreamRDF stream : streams) {
                    stream.triple(t);
                }
                count[0]++;
            });
            streams.forEach(StreamRDF::finish);
            triples = count[0];
            for (AtomicFiles.Pending file : files.subList(files.size() - streams.size(), files.size())) {
                file.commit();
            }
        }

        /** Removes the files not yet in place and the spilled lines. */
        @Override
        public void close() {
            files.forEach(AtomicFiles.Pending::close);
            if (union != null) {
                union.close();
            }
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Dump checksum(Path file) {
        String hex = Checksums.sha256(file);
        Checksums.writeSumFile(file, hex);
        try {
            return new Dump(file, hex, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where and how to write; {@link #prefixes} is required. */
    public static final class Builder {
        private final Path folder;
        private PrefixMapping prefixes;
        private String skolemBase;
        private List<Format> formats = List.of(Format.NQUADS, Format.TRIG);

        private Builder(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
        }

        /** The prefixes the Turtle, TriG and JSON-LD dumps declare. */
        public Builder prefixes(PrefixMapping value) {
            this.prefixes = Objects.requireNonNull(value, "prefixes");
            return this;
        }

        /** Replace blank nodes by Skolem IRIs under this base URI ({@link Skolem}); without it they are kept. */
        public Builder skolemBase(String base) {
            this.skolemBase = Objects.requireNonNull(base, "base");
            return this;
        }

        /** The formats to write; default gzipped N-Quads and TriG. */
        public Builder formats(List<Format> values) {
            if (values.isEmpty() || values.stream().anyMatch(f -> f.dump().isEmpty())) {
                throw new IllegalArgumentException("dump formats are needed, not " + values);
            }
            this.formats = List.copyOf(values);
            return this;
        }

        public DumpWriter build() {
            if (prefixes == null) {
                throw new IllegalStateException("no prefixes: call prefixes(...) before build()");
            }
            return new DumpWriter(folder, prefixes, skolemBase, formats);
        }
    }
}
