package no.policylod.serve.ld;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The representations every description has, in the server's order of preference: the one place content
 * negotiation is declared.
 *
 * <pre>
 * Format f = Format.of(ConNeg.choose(request.getHeader("Accept"), Format.OFFERS).orElseThrow());
 * f.contentType();                      // "text/turtle;charset=utf-8"
 * Format.bySuffix("ttl");               // Optional[TURTLE]   (URL /doc/....ttl)
 * Format.byName("jsonld");              // Optional[JSON_LD]  (URL ?format=jsonld)
 * </pre>
 *
 * <p>HTML comes first, so a browser (or {@code *}{@code /*}) gets a page. {@code application/xhtml+xml} and
 * {@code application/json} are accepted as names of HTML and JSON-LD, after every primary type.
 */
public enum Format {
    HTML("html", "text/html", "text/html;charset=utf-8", null),
    TURTLE("ttl", "text/turtle", "text/turtle;charset=utf-8", Lang.TURTLE),
    JSON_LD("jsonld", "application/ld+json", "application/ld+json", Lang.JSONLD),
    N_TRIPLES("nt", "application/n-triples", "application/n-triples;charset=utf-8", Lang.NTRIPLES),
    RDF_XML("rdf", "application/rdf+xml", "application/rdf+xml;charset=utf-8", Lang.RDFXML);

    /** Every media type offered, best first: the primary type of each format, then the aliases. */
    public static final List<MediaType> OFFERS = List.of(
            HTML.mediaType(), TURTLE.mediaType(), JSON_LD.mediaType(), N_TRIPLES.mediaType(), RDF_XML.mediaType(),
            MediaType.of("application/xhtml+xml"), MediaType.of("application/json"));

    /** The RDF formats only (graph contents, the ontology file), same order. */
    public static final List<Format> RDF = List.of(TURTLE, JSON_LD, N_TRIPLES, RDF_XML);

    private final String name;
    private final MediaType mediaType;
    private final String contentType;
    private final Lang lang;

    Format(String name, String mediaType, String contentType, Lang lang) {
        this.name = name;
        this.mediaType = MediaType.of(mediaType);
        this.contentType = contentType;
        this.lang = lang;
    }

    /** The format an offered media type stands for (aliases included). */
    public static Format of(MediaType offered) {
        return switch (offered.toString()) {
            case "application/xhtml+xml" -> HTML;
            case "application/json" -> JSON_LD;
            default -> Arrays.stream(values()).filter(f -> f.mediaType.equals(offered)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("not an offered media type: " + offered));
        };
    }

    /** The format named by a URL suffix or a {@code ?format=} value ({@code ttl}, {@code jsonld}, ...). */
    public static Optional<Format> byName(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
    }

    /** The names clients may use, for messages: "html, ttl, jsonld, nt, rdf". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Format::fileSuffix).toList());
    }

    /** The short name, also the file suffix: {@code ttl}. */
    public String fileSuffix() {
        return name;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The {@code Content-Type} header value, with the charset where the type has one. */
    public String contentType() {
        return contentType;
    }

    /** The Jena language, or null for HTML. */
    public Lang lang() {
        return lang;
    }

    public boolean isRdf() {
        return lang != null;
    }
}
