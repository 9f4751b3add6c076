package no.policylod.serve.http;

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

    /**
     * Whether a range request may be answered with a range ({@code If-Range}, RFC 9110 section 13.1.5): yes without
     * the header; with an entity tag, only when it is this representation's strong tag (a weak tag never matches);
     * with a date, only when the representation has no entity tag and the date is exactly its {@code Last-Modified}
     * (two versions written in the same second share a date, never a strong tag). Otherwise the client may hold
     * another version, and gets the whole representation.
     */
    public static boolean rangeStillValid(String ifRange, String etag, Instant lastModified) {
        if (ifRange == null) {
            return true;
        }
        String validator = ifRange.strip();
        if (validator.startsWith("\"") || validator.startsWith("W/")) {
            return etag != null && !etag.startsWith("W/") && validator.equals(etag);
        }
        if (etag != null) {
            return false;   // a date is weaker than the entity tag we have: two versions may share a second
        }
        if (lastModified == null) {
            return false;
        }
        try {
            Instant date = java.time.ZonedDateTime.parse(validator,
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return date.equals(lastModified.truncatedTo(ChronoUnit.SECONDS));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
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
