package no.policylod.serve.ld;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Conditional GET (RFC 9110 section 13) as a pure function: whether to answer {@code 304 Not Modified}.
 *
 * <pre>
 * Conditional.notModified("\"abc\"", -1, "\"abc\"", lastModified);        // true
 * Conditional.notModified(null, lastModified.toEpochMilli(), "\"x\"", lastModified);   // true
 * </pre>
 *
 * <p>{@code If-None-Match} is decided first and, when present, alone: {@code *} or any listed tag equal to the
 * representation's by weak comparison ({@code W/} ignored). Otherwise {@code If-Modified-Since} (milliseconds, -1
 * when absent or unreadable) matches when the representation is not newer, compared to the second as HTTP dates are.
 */
public final class Conditional {

    private Conditional() {
    }

    public static boolean notModified(String ifNoneMatch, long ifModifiedSince, String etag, Instant lastModified) {
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch, etag);
        }
        if (ifModifiedSince < 0 || lastModified == null) {
            return false;
        }
        return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(Instant.ofEpochMilli(ifModifiedSince));
    }

    private static boolean matchesAny(String ifNoneMatch, String etag) {
        String ours = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
