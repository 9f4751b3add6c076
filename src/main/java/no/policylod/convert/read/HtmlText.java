package no.policylod.convert.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Dates;
import org.jsoup.nodes.Element;

/**
 * Text and dates out of markup, with white space as the extracts have it.
 *
 * <pre>
 * HtmlText.clean(" Press \n  release ");            // "Press release"
 * HtmlText.isoDate("2025-05-27T10:00:00+02:00");   // Optional[2025-05-27]
 * </pre>
 */
final class HtmlText {
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200b\u200c\u200d\u2060\ufeff]");
    private static final Pattern HARD_SPACE = Pattern.compile(
            "(?<!\\d)[\u00a0\u2009\u202f]|[\u00a0\u2009\u202f](?!\\d)");
    private static final Pattern SPACE = Pattern.compile(
            "[\\s\u1680\u2000-\u2008\u200a\u2028\u2029\u205f\u3000]+");
    private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

    private HtmlText() {
    }

    /**
     * Runs of white space as one space, ends trimmed; a non-breaking or thin space between two digits ("20 000"
     * written with U+00A0) is kept as it is, as the extracts keep it.
     */
    static String clean(String s) {
        String visible = ZERO_WIDTH.matcher(s).replaceAll("");
        return SPACE.matcher(HARD_SPACE.matcher(visible).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The element's text, cleaned. */
    static String of(Element e) {
        return clean(e.wholeText());
    }

    /** The text with every date in it replaced by a space. */
    static String withoutDates(String s) {
        StringBuilder out = new StringBuilder(s);
        List<Dates.Found> dates = Dates.find(s);
        for (int i = dates.size() - 1; i >= 0; i--) {
            out.replace(dates.get(i).start(), dates.get(i).end(), " ");
        }
        return out.toString();
    }

    static Optional<String> nonEmpty(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** The date part of an ISO date or date-time ("2025-05-27T10:00:00+02:00"), or a date as the site writes it. */
    static Optional<LocalDate> isoDate(String value) {
        String v = value.strip();
        try {
            return ISO_DAY.matcher(v).find() ? Optional.of(LocalDate.parse(v.substring(0, 10))) : Dates.parse(v);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date a {@code <time>} element states in its {@code datetime} attribute. */
    static Optional<LocalDate> datetime(Element time) {
        return isoDate(time.attr("datetime"));
    }
}
