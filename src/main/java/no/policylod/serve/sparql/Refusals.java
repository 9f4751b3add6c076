package no.policylod.serve.sparql;


import no.policylod.serve.http.BadRequest;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.web.HttpSC;

/**
 * Every error answer of the endpoint as an {@link ActionErrorException}, which Fuseki sends as its status with a
 * one-line {@code text/plain} body: what happened, and what to do instead.
 *
 * <pre>
 * throw Refusals.timedOut(limits, "http://localhost:3030/dumps/");
 * // 503: query stopped at the time limit of 30 s; no result is sent, not even part of one. …
 * </pre>
 *
 * <p>A timed-out query answers {@code 503 Service Unavailable}: the server could not finish a valid query within its
 * resources (as Fuseki has always answered; {@code 504} is for gateways waiting on another server). A result over a
 * cap answers {@code 422 Unprocessable Content} (RFC 9110 section 15.5.21): the query is well-formed but the server
 * will not carry out what it asks for; the client must change it (page with LIMIT/OFFSET) rather than retry, so a
 * 4xx status, and {@code 413} is about the size of the request, not of the answer. Messages are ASCII: Fuseki
 * declares the body's length in characters.
 */
final class Refusals {

    private static final int LONGEST = 1000;

    private Refusals() {
    }

    static ActionErrorException timedOut(QueryLimits limits, String dumps) {
        return error(HttpSC.SERVICE_UNAVAILABLE_503, "query stopped at the time limit of " + limits.timeoutSeconds()
                + " s; no result is sent, not even part of one. Make the query cheaper (more specific patterns, "
                + "LIMIT), or download the data from " + dumps);
    }

    static ActionErrorException tooLarge(ResultTooLarge e, String dumps) {
        boolean rows = e.limit() == ResultTooLarge.Limit.ROWS;
        String what = rows ? "has more than " + e.cap() + " rows (or triples)" : "is larger than " + bytes(e.cap());
        long page = rows ? e.cap() : 1000;
        return error(HttpSC.UNPROCESSABLE_ENTITY_422, "the result " + what + ", more than this endpoint answers; "
                + "no result is sent, not even part of one. Page through it with ORDER BY and LIMIT/OFFSET "
                + "(e.g. ORDER BY ?s LIMIT " + page + " OFFSET " + page + " for the second page), or download the "
                + "data from " + dumps);
    }

    /** A query the {@link QueryGate} did not let through: 429 or 503, with its reason. */
    static ActionErrorException notAdmitted(QueryGate.Refused e) {
        return error(e.status(), e.getMessage());
    }

    /** A request the format negotiation refused (400 or 406), with its message. */
    static ActionErrorException of(BadRequest e) {
        return error(e.status(), e.getMessage());
    }

    static ActionErrorException unsupportedQueryForm() {
        return error(HttpSC.BAD_REQUEST_400, "only SELECT, ASK, CONSTRUCT and DESCRIBE queries are answered here");
    }

    /** The same error with its message on one line. */
    static ActionErrorException oneLine(ActionErrorException e) {
        String message = e.getMessage();
        if (message == null || message.equals(oneLine(message))) {
            return e;
        }
        return new ActionErrorException(e.getRC(), oneLine(message), e.getCause());
    }

    /** A message on one line of printable ASCII: line breaks become spaces, other characters {@code \}{@code uXXXX}. */
    static String oneLine(String message) {
        String flat = message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        StringBuilder sb = new StringBuilder(flat.length());
        flat.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)));
        return sb.length() <= LONGEST ? sb.toString() : sb.substring(0, LONGEST - 3) + "...";
    }

    /** {@code "67108864 bytes (64 MiB)"}. */
    static String bytes(long n) {
        long mib = 1024 * 1024;
        if (n >= mib && n % mib == 0) {
            return n + " bytes (" + n / mib + " MiB)";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n + " bytes (" + n / 1024 + " KiB)";
        }
        return n + " bytes";
    }

    private static ActionErrorException error(int status, String message) {
        return new ActionErrorException(status, oneLine(message), null);
    }
}
