package no.policylod.dump;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The dump files of a release, one per RDF format: file name, media type, whether gzipped, whether it keeps the
 * named graphs.
 *
 * <pre>
 * for (DumpFormat f : DumpFormat.values()) { Path file = folder.resolve(f.fileName()); ... }
 * DumpFormat.MEDIA_TYPES_BY_EXTENSION   // "ttl" -&gt; "text/turtle", ... for a static-file server
 * </pre>
 *
 * <p>A gzipped dump is served as the bytes on disk ({@code application/gzip}, no {@code Content-Encoding}), so the
 * checksum in the catalogue is the checksum of what is downloaded; the catalogue states the RDF media type with
 * {@code dcat:mediaType} and gzip with {@code dcat:compressFormat}.
 */
public enum DumpFormat {

    /** Every named graph, gzipped N-Quads: the reference dump, whose content names a release. */
    NQUADS_GZ("nq.gz", "application/n-quads", true, true),
    /** The union of the graphs (each triple once), gzipped N-Triples. */
    NTRIPLES_GZ("nt.gz", "application/n-triples", true, false),
    /** The union of the graphs, Turtle. */
    TURTLE("ttl", "text/turtle", false, false),
    /** Every named graph, TriG. */
    TRIG("trig", "application/trig", false, true),
    /** Every named graph, JSON-LD 1.1 with the context in {@link #CONTEXT_FILE} beside it. */
    JSONLD("jsonld", "application/ld+json", false, true);

    /** The JSON-LD context file written beside a JSON-LD dump, which refers to it by this relative URL. */
    public static final String CONTEXT_FILE = "context.jsonld";

    /**
     * Media types by file extension for every file a release folder holds; Jetty knows only {@code gz} (as
     * {@code application/gzip}), {@code json} and {@code txt} of these.
     */
    public static final Map<String, String> MEDIA_TYPES_BY_EXTENSION = Map.of(
            "ttl", "text/turtle", "trig", "application/trig", "jsonld", "application/ld+json",
            "nq", "application/n-quads", "nt", "application/n-triples", "rdfp", "application/rdf-patch",
            "atom", "application/atom+xml", "sha256", "text/plain");

    private final String extension;
    private final String mediaType;
    private final boolean gzipped;
    private final boolean quads;

    DumpFormat(String extension, String mediaType, boolean gzipped, boolean quads) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.gzipped = gzipped;
        this.quads = quads;
    }

    /** The file name: {@code policy-lod.nq.gz}, {@code policy-lod.ttl}, ... */
    public String fileName() {
        return DumpWriter.STEM + "." + extension;
    }

    /** The IANA media type of the RDF inside (before gzip). */
    public String mediaType() {
        return mediaType;
    }

    /** Whether the file is gzip-compressed. */
    public boolean gzipped() {
        return gzipped;
    }

    /** Whether the format keeps the named graphs (N-Quads, TriG, JSON-LD) rather than writing their union. */
    public boolean quads() {
        return quads;
    }

    /** The format of a dump file name, if it is one. */
    public static Optional<DumpFormat> ofFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName().equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** File name to format, for every format. */
    public static Map<String, DumpFormat> byFileName() {
        return Arrays.stream(values()).collect(Collectors.toMap(DumpFormat::fileName, f -> f));
    }
}
