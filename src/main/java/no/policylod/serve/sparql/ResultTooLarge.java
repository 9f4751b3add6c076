package no.policylod.serve.sparql;

/**
 * A result grew past one of the {@link QueryLimits}; thrown while it is produced or written, before anything is sent.
 *
 * <pre>
 * if (++rows &gt; max) {
 *     throw new ResultTooLarge(ResultTooLarge.Limit.ROWS, max);
 * }
 * </pre>
 */
final class ResultTooLarge extends RuntimeException {

    /** Which cap was passed. */
    enum Limit {
        /** Rows of a SELECT result, triples of a CONSTRUCT or DESCRIBE result. */
        ROWS,
        /** Bytes of the serialized result. */
        BYTES
    }

    private final Limit limit;
    private final long cap;

    ResultTooLarge(Limit limit, long cap) {
        super("result over " + cap + " " + limit.name().toLowerCase(java.util.Locale.ROOT), null, false, false);
        this.limit = limit;
        this.cap = cap;
    }

    Limit limit() {
        return limit;
    }

    long cap() {
        return cap;
    }
}
