package no.policylod.serve.ld;

import java.time.LocalDate;
import java.util.Optional;

import no.policylod.release.History;

/**
 * Which representation one request gets, which page of inbound links and which day's description: pure functions
 * of the request's suffix, query parameters and {@code Accept} header.
 *
 * <pre>
 * Negotiation.format(null, null, "text/turtle");      // TURTLE
 * Negotiation.format(Format.RDF_XML, null, "text/html");   // RDF_XML: a suffix wins
 * Negotiation.format(null, "jsonld", null);            // JSON_LD
 * Negotiation.page("3");                               // 3
 * Negotiation.at("2024-10-01");                        // Optional[2024-10-01]
 * </pre>
 *
 * <p>A URL suffix wins over {@code ?format=}, which wins over {@code Accept}. An unknown {@code ?format=} value,
 * a bad {@code ?page=} or a bad {@code ?at=} is a 400; an {@code Accept} header nothing offered satisfies is a 406.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The format for a request, from its URL suffix (or null), {@code ?format=} (or null) and {@code Accept}. */
    public static Format format(Format suffix, String formatParameter, String accept) {
        if (suffix != null) {
            return suffix;
        }
        if (formatParameter != null) {
            return Format.byName(formatParameter).orElseThrow(() -> new BadRequest("?format=" + formatParameter
                    + " is not a format of this server; use one of " + Format.names() + "."));
        }
        return ConNeg.choose(accept, Format.OFFERS).map(Format::of).orElseThrow(() -> BadRequest.notAcceptable(
                "Nothing here matches Accept: " + accept + ". Descriptions are available as "
                        + String.join(", ", Format.OFFERS.stream().map(MediaType::toString).toList())
                        + ", or by ?format=" + String.join("|", Format.names().split(", ")) + "."));
    }

    /** The page of inbound links asked for with {@code ?page=} (null: 1). */
    public static int page(String pageParameter) {
        if (pageParameter == null) {
            return 1;
        }
        try {
            int page = Integer.parseInt(pageParameter.trim());
            if (page >= 1 && page <= Describer.MAX_PAGE) {
                return page;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest("?page must be a whole number from 1 to " + Describer.MAX_PAGE + ", not '"
                + pageParameter + "'.");
    }

    /** The day asked for with {@code ?at=YYYY-MM-DD} (null: none, the current description). */
    public static Optional<LocalDate> at(String atParameter) {
        if (atParameter == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(History.parseDate(atParameter));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }
}
