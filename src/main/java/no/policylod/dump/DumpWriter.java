package no.policylod.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.policylod.format.Format;
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
        List<Dump> dumps = new ArrayList<>();
        for (Format format : formats) {
            Path file = folder.resolve(format.dump().orElseThrow().fileName());
            if (format == Format.JSON_LD) {
                Path context = folder.resolve(Format.CONTEXT_FILE);
                AtomicFiles.write(context, out -> JsonLdWriter.writeContext(prefixes, out));
                AtomicFiles.write(file, out -> JsonLdWriter.write(quads, prefixes, Format.CONTEXT_FILE, out));
            } else {
                CanonicalRdf.writeSorted(quads, prefixes, file);
            }
            dumps.add(checksum(file));
        }
        return dumps;
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
