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
 * <p>The order is the server's preference when a client accepts several of those offered: HTML first, so a
 * browser (or {@code *}{@code /*}) gets a page, then Turtle. Every RDF format can carry a description (a graph);
 * the formats with a {@link Dump} are written for each release; the SPARQL results formats answer SELECT and ASK.
 */
public enum Format {
    HTML("html", "HTML", "text/html", List.of("application/xhtml+xml"), null, null, null, null),
    SPARQL_JSON("json", "SPARQL JSON", "application/sparql-results+json", List.of("application/json"), null, null,
            null, new Standard(null, "https://www.w3.org/TR/sparql11-results-json/", "SPARQL_Results_JSON",
                    "SPARQL 1.1 Query Results JSON Format")),
    SPARQL_XML("xml", "SPARQL XML", "application/sparql-results+xml", List.of("application/xml"), null, null, null,
            new Standard(null, "https://www.w3.org/TR/rdf-sparql-XMLres/", "SPARQL_Results_XML",
                    "SPARQL Query Results XML Format")),
    CSV("csv", "CSV", "text/csv", List.of(), null, null, null,
            new Standard(null, "https://www.w3.org/TR/sparql11-results-csv-tsv/", "SPARQL_Results_CSV",
                    "SPARQL 1.1 Query Results CSV and TSV Formats")),
    TSV("tsv", "TSV", "text/tab-separated-values", List.of(), null, null, null,
            new Standard(null, "https://www.w3.org/TR/sparql11-results-csv-tsv/", "SPARQL_Results_TSV",
                    "SPARQL 1.1 Query Results CSV and TSV Formats")),
    /** Jena's text table of results, as Fuseki has always offered it. */
    TEXT("text", "Text table", "text/plain", List.of(), null, null, null, null),
    TURTLE("ttl", "Turtle", "text/turtle", List.of(), Lang.TURTLE, RDFFormat.TURTLE_BLOCKS,
            new Dump("ttl", false, "turtle", "All triples (the union of the graphs), Turtle",
                    "Alle tripler (unionen av grafene), Turtle"),
            new Standard("RDF_TURTLE", "https://www.w3.org/TR/turtle/", "Turtle", "RDF 1.1 Turtle")),
    JSON_LD("jsonld", "JSON-LD", "application/ld+json", List.of("application/json"), Lang.JSONLD,
            RDFFormat.JSONLD11,
            new Dump("jsonld", false, "jsonld", "Every named graph, JSON-LD", "Alle navngitte grafer, JSON-LD"),
            new Standard("JSON_LD", "https://www.w3.org/TR/json-ld11/", "JSON-LD", "JSON-LD 1.1")),
    N_TRIPLES("nt", "N-Triples", "application/n-triples", List.of(), Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8,
            new Dump("nt.gz", true, "ntriples-gz", "All triples (the union of the graphs), N-Triples (gzip)",
                    "Alle tripler (unionen av grafene), N-Triples (gzip)"),
            new Standard("RDF_N_TRIPLES", "https://www.w3.org/TR/n-triples/", "N-Triples", "RDF 1.1 N-Triples")),
    RDF_XML("rdf", "RDF/XML", "application/rdf+xml", List.of(), Lang.RDFXML, RDFFormat.RDFXML_PLAIN, null,
            new Standard("RDF_XML", "https://www.w3.org/TR/rdf-syntax-grammar/", "RDF_XML",
                    "RDF 1.1 XML Syntax")),
    TRIG("trig", "TriG", "application/trig", List.of(), Lang.TRIG, RDFFormat.TRIG_BLOCKS,
            new Dump("trig", false, "trig", "Every named graph, TriG", "Alle navngitte grafer, TriG"),
            new Standard("RDF_TRIG", "https://www.w3.org/TR/trig/", "TriG", "RDF 1.1 TriG")),
    NQUADS("nq", "N-Quads", "application/n-quads", List.of(), Lang.NQUADS, RDFFormat.NQUADS_UTF8,
            new Dump("nq.gz", true, "nquads-gz", "Every named graph, N-Quads (gzip)",
                    "Alle navngitte grafer, N-Quads (gzip)"),
            new Standard("RDF_N_QUADS", "https://www.w3.org/TR/n-quads/", "N-Quads", "RDF 1.1 N-Quads"));

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

    /** The W3C's names of formats ({@code sd:resultFormat} values). */
    public static final String W3C_FORMATS = "http://www.w3.org/ns/formats/";

    /**
     * The standard a format follows, as the catalogue and the service description name it.
     *
     * @param euFileType the code in the EU file-type vocabulary
     *                   ({@code http://publications.europa.eu/resource/authority/file-type/}), or null
     * @param spec       the W3C specification
     * @param w3cName    its name in {@value #W3C_FORMATS}: {@code Turtle}, {@code SPARQL_Results_CSV}
     * @param title      the specification's title
     */
    public record Standard(String euFileType, String spec, String w3cName, String title) {
        /** The format's IRI in {@value #W3C_FORMATS}. */
        public String w3cIri() {
            return W3C_FORMATS + w3cName;
        }
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

    /** The format of an RDF file name ({@code x.ttl}, {@code x.nq.gz}), other formats excluded. */
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

    /** What a description (of a resource, a graph, the catalogue) is served as: HTML, then the RDF formats. */
    public static List<Format> describing() {
        return Arrays.stream(values()).filter(f -> f == HTML || f.isRdf()).toList();
    }

    /** Every format a SPARQL query is answered in: the results formats, then the RDF formats. */
    public static List<Format> sparqlAnswers() {
        List<Format> all = new java.util.ArrayList<>(results());
        all.addAll(rdf());
        return List.copyOf(all);
    }

    /** The formats of SPARQL SELECT and ASK results, in the server's order. */
    public static List<Format> results() {
        return List.of(SPARQL_JSON, SPARQL_XML, CSV, TSV, TEXT);
    }

    /** The formats written as dump files, in the order a release lists them (the reference dump first). */
    public static List<Format> dumps() {
        return List.of(NQUADS, N_TRIPLES, TURTLE, TRIG, JSON_LD);
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
        return contentType(mediaType);
    }

    /**
     * The {@code Content-Type} for this format sent under one of its media types (an alias a client asked for, such
     * as {@code application/json}), with UTF-8 named unless the format states its own encoding.
     */
    public String contentType(String type) {
        return this == JSON_LD || this == SPARQL_XML ? type : type + ";charset=utf-8";
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
