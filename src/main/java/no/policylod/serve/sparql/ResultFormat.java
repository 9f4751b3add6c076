package no.policylod.serve.sparql;

import java.util.Optional;

/**
 * Every format the SPARQL endpoint answers in, with its main media type, its short name for {@code ?format=}, and
 * its IRI in the W3C formats namespace (for the service description's {@code sd:resultFormat}).
 *
 * <pre>
 * ResultFormat.CSV.mediaType();     // "text/csv"
 * ResultFormat.CSV.formatIri();     // Optional[http://www.w3.org/ns/formats/SPARQL_Results_CSV]
 * </pre>
 *
 * Which format answers which kind of query, and under which media types, is {@link Offer}'s business.
 */
enum ResultFormat {

    SPARQL_JSON("application/sparql-results+json", "json", "SPARQL_Results_JSON"),
    SPARQL_XML("application/sparql-results+xml", "xml", "SPARQL_Results_XML"),
    CSV("text/csv", "csv", "SPARQL_Results_CSV"),
    TSV("text/tab-separated-values", "tsv", "SPARQL_Results_TSV"),
    /** Jena's text table, as Fuseki has always offered it. */
    TEXT("text/plain", "text", null),
    TURTLE("text/turtle", "ttl", "Turtle"),
    N_TRIPLES("application/n-triples", "nt", "N-Triples"),
    JSON_LD("application/ld+json", "jsonld", "JSON-LD"),
    RDF_XML("application/rdf+xml", "rdf", "RDF_XML"),
    TRIG("application/trig", "trig", "TriG"),
    N_QUADS("application/n-quads", "nq", "N-Quads"),
    /** A readable page: a table of the results, or the service description. */
    HTML("text/html", "html", null);

    static final String FORMATS_NS = "http://www.w3.org/ns/formats/";

    private final String mediaType;
    private final String shortName;
    private final String formatName;

    ResultFormat(String mediaType, String shortName, String formatName) {
        this.mediaType = mediaType;
        this.shortName = shortName;
        this.formatName = formatName;
    }

    String mediaType() {
        return mediaType;
    }

    /** The value of {@code ?format=} that asks for this format. */
    String shortName() {
        return shortName;
    }

    /** The format's IRI in {@code http://www.w3.org/ns/formats/}; empty for HTML and the text table. */
    Optional<String> formatIri() {
        return Optional.ofNullable(formatName).map(name -> FORMATS_NS + name);
    }

    /** Whether the format states its own encoding (XML), so the media type gets no charset parameter. */
    boolean declaresItsCharset() {
        return this == SPARQL_XML || this == RDF_XML;
    }
}
