package no.policylod.serve.sparql;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * What one SPARQL request may cost: its running time, the size of its result, the size of the request itself.
 *
 * <pre>
 * QueryLimits limits = new QueryLimits(Duration.ofSeconds(30), 100_000, 64L * 1024 * 1024, 256 * 1024);
 * </pre>
 *
 * @param timeout         wall-clock limit of one query, serialization of its result included
 * @param maxRows         most rows of a SELECT result, or triples of a CONSTRUCT or DESCRIBE result
 * @param maxBytes        largest serialized result; results are buffered whole, so also the memory one query may hold
 * @param maxRequestBytes largest request line or body read (enforced before Fuseki sees the request)
 */
public record QueryLimits(Duration timeout, long maxRows, long maxBytes, long maxRequestBytes) {

    public QueryLimits {
        requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, not " + timeout);
        }
        positive(maxRows, "maxResultRows");
        positive(maxBytes, "maxResultBytes");
        positive(maxRequestBytes, "maxRequestBytes");
    }

    /** The timeout in seconds as people write it: {@code "30"}, {@code "0.5"}. */
    public String timeoutSeconds() {
        return BigDecimal.valueOf(timeout.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
