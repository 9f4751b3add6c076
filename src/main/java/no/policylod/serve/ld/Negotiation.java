package no.policylod.serve.ld;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import no.policylod.format.Format;
import no.policylod.release.History;
import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.ConNeg;

/**
 * Which page of inbound links and which day's description: pure functions
 * of the request's suffix, query parameters and {@code Accept} header.
 *
 * <pre>
 * Negotiation.page("3");                               // 3
 * Negotiation.at("2024-10-01");                        // Optional[2024-10-01]
 * </pre>
 *
 * <p>A bad {@code ?page=} or a bad {@code ?at=} is a 400. The format is {@link ConNeg#format(Format, String, String,
 * List)}.
 */
public final class Negotiation {

    private Negotiation() {
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
