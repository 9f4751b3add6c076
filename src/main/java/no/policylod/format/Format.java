package no.policylod.format;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * Every format policy-lod writes, in one table: what a description, the catalogue and VoID are served as, which
 * dump files a release holds, and what the catalogue says of each. Adding a format is adding one entry.
 *
 * <pre>
 * Format.byName("ttl");                    // Optional[TURTLE]: URL suffix or ?format= value
 * Format.byMediaType("application/json");  // Optional[JSON_LD]: aliases included
 * Format.TURTLE.contentType();             // "text/turtle;charset=utf-8"
 * Format.dumps();                          // [NQUADS, NTRIPLES, TURTLE, TRIG, JSON_LD]: the files of a release
 * Format.NQUADS.dump().orElseThrow().fileName();   // "policy-lod.nq.gz"
 * </pre>
 *
 * <p>The order is the server's preference when a client accepts several: HTML first, so a browser (or
 * {@code *}{@code /*}) gets a page, then Turtle. Every RDF format can carry a description (a graph); the formats
 * with a {@link Dump} are written for each release.
 */
public enum Format {
    HTML("html", "HTML", "text/html", List.of("application/xhtml+xml"), null, null, null, null),
    TURTLE("ttl", "Turtle", "text/turtle", List.of(), Lang.TURTLE, RDFFormat.TURTLE_BLOCKS,
            new Dump("ttl", false, "turtle", "All triples (the union of the graphs), Turtle",
                    "Alle tripler (unionen av grafene), Turtle"),
            new Standard("RDF_TURTLE", "https://www.w3.org/TR/turtle/", "RDF 1.1 Turtle")),
    JSON_LD("jsonld", "JSON-LD", "application/ld+json", List.of("application/json"), Lang.JSONLD,
            RDFFormat.JSONLD11,
            new Dump("jsonld", false, "jsonld", "Every named graph, JSON-LD", "Alle navngitte grafer, JSON-LD"),
            new Standard("JSON_LD", "https://www.w3.org/TR/json-ld11/", "JSON-LD 1.1")),
    N_TRIPLES("nt", "N-Triples", "application/n-triples", List.of(), Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8,
            new Dump("nt.gz", true, "ntriples-gz", "All triples (the union of the graphs), N-Triples (gzip)",
                    "Alle tripler (unionen av grafene), N-Triples (gzip)"),
            new Standard("RDF_N_TRIPLES", "https://www.w3.org/TR/n-triples/", "RDF 1.1 N-Triples")),
    RDF_XML("rdf", "RDF/XML", "application/rdf+xml", List.of(), Lang.RDFXML, RDFFormat.RDFXML_PLAIN, null,
            new Standard("RDF_XML", "https://www.w3.org/TR/rdf-syntax-grammar/", "RDF 1.1 XML Syntax")),
    TRIG("trig", "TriG", "application/trig", List.of(), Lang.TRIG, RDFFormat.TRIG_BLOCKS,
            new Dump("trig", false, "trig", "Every named graph, TriG", "Alle navngitte grafer, TriG"),
            new Standard("RDF_TRIG", "https://www.w3.org/TR/trig/", "RDF 1.1 TriG")),
    NQUADS("nq", "N-Quads", "application/n-quads", List.of(), Lang.NQUADS, RDFFormat.NQUADS_UTF8,
            new Dump("nq.gz", true, "nquads-gz", "Every named graph, N-Quads (gzip)",
                    "Alle navngitte grafer, N-Quads (gzip)"),
            new Standard("RDF_N_QUADS", "https://www.w3.org/TR/n-quads/", "RDF 1.1 N-Quads"));

    /** The stem of every dump file name: {@code policy-lod.nq.gz}. */
    public static final String DUMP_STEM = "policy-lod";

    /** The JSON-LD context file written beside a JSON-LD dump, which refers to it by this relative URL. */
    public static final String CONTEXT_FILE = "context.jsonld";

    /**
     * How a format is written as a release's dump file.
     *
     * @param extension      the file name after the stem: {@code nq.gz}
     * @param gzipped        whether the file is gzip-compressed (served as the bytes on disk, {@code application/gzip})
     * @param distributionId the last segment of the distribution's IRI in the catalogue; never changes
     * @param en             what the file holds, in English
     * @param nb             the same in bokmål
     */
    public record Dump(String extension, boolean gzipped, String distributionId, String en, String nb) {
        /** The file name: {@code policy-lod.nq.gz}. */
        public String fileName() {
            return DUMP_STEM + "." + extension;
        }
    }

    /**
     * The standard a format follows, as the catalogue names it.
     *
     * @param euFileType the code in the EU file-type vocabulary ({@code http://publications.europa.eu/resource/authority/file-type/})
     * @param spec       the W3C specification
     * @param title      its title
     */
    public record Standard(String euFileType, String spec, String title) {
    }

    private final String name;
    private final String label;
    private final String mediaType;
    private final List<String> aliases;
    private final Lang lang;
    private final RDFFormat writer;
    private final Dump dump;
    private final Standard standard;

    Format(String name, String label, String mediaType, List<String> aliases, Lang lang, RDFFormat writer, Dump dump,
           Standard standard) {
        this.name = name;
        this.label = label;
        this.mediaType = mediaType;
        this.aliases = aliases;
        this.lang = lang;
        this.writer = writer;
        this.dump = dump;
        this.standard = standard;
    }

    /** The format named by a URL suffix or a {@code ?format=} value ({@code ttl}, {@code jsonld}, ...). */
    public static Optional<Format> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(name)).findFirst();
    }

    /** The format of a media type or one of its aliases ({@code application/json} is JSON-LD). */
    public static Optional<Format> byMediaType(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(t) || f.aliases.contains(t)).findFirst();
    }

    /** The format of an RDF file name ({@code x.ttl}, {@code x.nq.gz}), HTML excluded. */
    public static Optional<Format> byFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        return rdf().stream().filter(f -> name.endsWith("." + f.name)).findFirst();
    }

    /** The format of a release's dump file name. */
    public static Optional<Format> byDumpFile(String fileName) {
        return dumps().stream().filter(f -> f.dump.fileName().equalsIgnoreCase(fileName)).findFirst();
    }

    /** The RDF formats, in the server's order. */
    public static List<Format> rdf() {
        return Arrays.stream(values()).filter(Format::isRdf).toList();
    }

    /** The formats written as dump files, in the order a release lists them (the reference dump first). */
    public static List<Format> dumps() {
        return List.of(NQUADS, N_TRIPLES, TURTLE, TRIG, JSON_LD);
    }

    /** Every media type a client may ask for, best first: primary types, then aliases. */
    public static List<String> mediaTypes() {
        List<String> types = new java.util.ArrayList<>(Arrays.stream(values()).map(f -> f.mediaType).toList());
        Arrays.stream(values()).forEach(f -> types.addAll(f.aliases));
        return List.copyOf(types);
    }

    /** The names clients may use, for messages: "html, ttl, jsonld, nt, rdf, trig, nq". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Format::fileSuffix).toList());
    }

    /** The short name, also the URL suffix: {@code ttl}. */
    public String fileSuffix() {
        return name;
    }

    /** The name people know it by: {@code Turtle}. */
    public String label() {
        return label;
    }

    /** The IANA media type: {@code text/turtle}. */
    public String mediaType() {
        return mediaType;
    }

    /** Other media types that name this format. */
    public List<String> aliases() {
        return aliases;
    }

    /** The {@code Content-Type} header value, with a charset where the type takes one. */
    public String contentType() {
        return this == JSON_LD ? mediaType : mediaType + ";charset=utf-8";
    }

    /** The Jena language, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** The streaming writer the canonical output uses, or null for HTML. */
    public RDFFormat writer() {
        return writer;
    }

    /** Whether the format keeps named graphs (a dump in it is the graphs, not their union). */
    public boolean quads() {
        return lang != null && org.apache.jena.riot.RDFLanguages.isQuads(lang);
    }

    /** How it is written as a dump, if it is. */
    public Optional<Dump> dump() {
        return Optional.ofNullable(dump);
    }

    /** The dump file's name: {@code policy-lod.nq.gz}; throws for a format that has no dump. */
    public String dumpFile() {
        return dump().orElseThrow(() -> new IllegalStateException(label + " has no dump file")).fileName();
    }

    /** The standard it follows, or empty for HTML. */
    public Optional<Standard> standard() {
        return Optional.ofNullable(standard);
    }

    public boolean isRdf() {
        return lang != null;
    }
}
