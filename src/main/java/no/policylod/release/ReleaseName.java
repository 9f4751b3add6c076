package no.policylod.release;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a release: the UTC date of the publish run and its number that day, {@code 2026-11-21.1},
 * {@code 2026-11-21.2}. Names sort by date, then by number ({@code .10} after {@code .9}).
 *
 * <pre>
 * ReleaseName first = ReleaseName.first(LocalDate.of(2026, 11, 21));   // 2026-11-21.1
 * ReleaseName next = first.next(LocalDate.of(2026, 11, 21));           // 2026-11-21.2
 * ReleaseName.parse("2026-11-22.1").compareTo(next) &gt; 0;               // true
 * </pre>
 */
public record ReleaseName(LocalDate date, int sequence) implements Comparable<ReleaseName> {

    private static final Pattern SHAPE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.([1-9][0-9]{0,8})");
    private static final Comparator<ReleaseName> ORDER =
            Comparator.comparing(ReleaseName::date).thenComparingInt(ReleaseName::sequence);

    public ReleaseName {
        if (date == null || sequence < 1) {
            throw new IllegalArgumentException("a release name needs a date and a sequence number from 1");
        }
    }

    /** The first release of a day. */
    public static ReleaseName first(LocalDate date) {
        return new ReleaseName(date, 1);
    }

    /** The name as written, or empty when the text is not {@code YYYY-MM-DD.N}. */
    public static Optional<ReleaseName> tryParse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ReleaseName(LocalDate.parse(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The name as written; a malformed name is an error saying what is expected. */
    public static ReleaseName parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a release name: '" + text + "' (expected YYYY-MM-DD.N, e.g. 2026-11-21.1)"));
    }

    /**
     * The name of the release after this one, made on {@code today}: the next number on the same day, the first of a
     * later day. Should the clock read a day before this release's, the name keeps this release's date, so that names
     * still sort in the order the releases were made.
     */
    public ReleaseName next(LocalDate today) {
        return today.isAfter(date) ? first(today) : new ReleaseName(date, sequence + 1);
    }

    @Override
    public int compareTo(ReleaseName other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return date + "." + sequence;
    }
}
