package no.policylod.convert.extract;

import no.policylod.convert.lang.LanguageData;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates in the forms the site writes them, always day first.
 *
 * <pre>
 * Dates.find("Speech/statement | Date: 27/05/2025 | ...");   // [2025-05-27 at 26..36]
 * Dates.parse("27. september 2019");                            // Optional[2019-09-27]
 * </pre>
 *
 * Forms: {@code DD/MM/YYYY}, {@code DD.MM.YYYY}, {@code D. month YYYY} (bokmål and nynorsk month names),
 * {@code D Month YYYY} and {@code Month D, YYYY} (English), and ISO {@code YYYY-MM-DD}. Impossible dates are skipped.
 */
public final class Dates {

    /** A date found in a text, with where it stands. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_NAMES = String.join("|", MONTHS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList());
    private static final String D = "(?<![\\d./-])";
    private static final Pattern NUMERIC = Pattern.compile(D + "(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern ISO = Pattern.compile(D + "(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DAY_MONTH = Pattern.compile(
            D + "(\\d{1,2})\\.?[\\s\u00a0]+(" + MONTH_NAMES + ")\\.?,?[\\s\u00a0]+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(" + MONTH_NAMES + ")[\\s\u00a0]+(\\d{1,2})(?:st|nd|rd|th)?,[\\s\u00a0]+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Dates() {
    }

    /** Every date in the text, in text order. */
    public static List<Found> find(String text) {
        if (!TextShape.hasYear(text)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        collect(NUMERIC.matcher(text), m -> date(m.group(4), m.group(3), m.group(1)), found);
        collect(ISO.matcher(text), m -> date(m.group(1), m.group(2), m.group(3)), found);
        collect(DAY_MONTH.matcher(text), m -> date(m.group(3), month(m.group(2)), m.group(1)), found);
        collect(MONTH_DAY.matcher(text), m -> date(m.group(3), month(m.group(1)), m.group(2)), found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The date a whole string states, when the string is (after trimming) just one date. */
    public static Optional<LocalDate> parse(String text) {
        String trimmed = text.strip();
        return find(trimmed).stream().filter(f -> f.start() == 0 && f.end() == trimmed.length())
                .map(Found::date).findFirst();
    }

    private interface DateOf {
        Optional<LocalDate> apply(Matcher m);
    }

    private static void collect(Matcher m, DateOf dateOf, List<Found> out) {
        while (m.find()) {
            dateOf.apply(m).ifPresent(d -> out.add(new Found(d, m.start(), m.end())));
        }
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Month names of every language ({@code months.json}: month number to its names and abbreviations). */
    private static Map<String, Integer> months() {
        Map<String, Integer> map = new java.util.HashMap<>();
        LanguageData.merged("months").forEach((number, names) -> names.forEach(n -> map.put(n, Integer.valueOf(number))));
        return Map.copyOf(map);
    }
}
