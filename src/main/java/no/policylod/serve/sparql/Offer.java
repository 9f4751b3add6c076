package no.policylod.serve.sparql;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One media type the endpoint offers for a kind of answer, and the format that answers it; the offers of each kind in
 * the server's order of preference (the first wins when the client accepts anything).
 *
 * <pre>
 * Negotiation.choose("text/csv", Offer.TABLE);   // Optional[Offer[mediaType=text/csv, format=CSV]]
 * </pre>
 *
 * <p>{@code application/json} and {@code application/xml} are taken for the SPARQL results formats, as Fuseki always
 * has; HTML comes last, so it is chosen only when the client names it ({@code text/html}, as browsers do).
 */
record Offer(String mediaType, ResultFormat format) {

    /** SELECT and ASK results. */
    static final List<Offer> TABLE = List.of(
            of(ResultFormat.SPARQL_JSON), new Offer("application/json", ResultFormat.SPARQL_JSON),
            of(ResultFormat.SPARQL_XML), new Offer("application/xml", ResultFormat.SPARQL_XML),
            of(ResultFormat.CSV), of(ResultFormat.TSV), of(ResultFormat.TEXT), of(ResultFormat.HTML));

    /** CONSTRUCT and DESCRIBE results; Turtle when the client accepts anything. */
    static final List<Offer> GRAPH = List.of(
            of(ResultFormat.TURTLE), of(ResultFormat.N_TRIPLES), of(ResultFormat.JSON_LD), of(ResultFormat.RDF_XML),
            of(ResultFormat.TRIG), of(ResultFormat.N_QUADS), of(ResultFormat.HTML));

    /** The service description: RDF first, as the SPARQL 1.1 Service Description asks. */
    static final List<Offer> DESCRIPTION = List.of(
            of(ResultFormat.TURTLE), of(ResultFormat.JSON_LD), of(ResultFormat.HTML));

    static Offer of(ResultFormat format) {
        return new Offer(format.mediaType(), format);
    }

    /** The offer a {@code ?format=} value names: a short name ({@code csv}) or a media type ({@code text/csv}). */
    static Optional<Offer> named(List<Offer> offers, String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        return offers.stream()
                .filter(o -> o.format().shortName().equals(wanted) || o.mediaType().equals(wanted))
                .findFirst();
    }

    /** The short names of the offers, for messages: {@code "json, xml, csv, tsv, text, html"}. */
    static String shortNames(List<Offer> offers) {
        return offers.stream().map(o -> o.format().shortName()).distinct().collect(Collectors.joining(", "));
    }

    /** The main media types of the offers, for messages. */
    static String mediaTypes(List<Offer> offers) {
        return offers.stream().map(o -> o.format().mediaType()).distinct().collect(Collectors.joining(", "));
    }

    /** The {@code Content-Type} of the answer: the media type the client chose, with UTF-8 where it applies. */
    String contentType() {
        return format.declaresItsCharset() ? mediaType : mediaType + ";charset=utf-8";
    }
}
