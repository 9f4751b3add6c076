package no.policylod.convert.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;

/**
 * Lines every page of the site may carry that are not content: section headings ("What's new", "Mer om …") and
 * boilerplate ("This content is more than 2 years old", "Til innholdsfortegnelse", photo credits). Kept as language data
 * ({@code template.json} of every language: headings, boilerplate, counters, credit words).
 *
 * <pre>
 * PageLexicon.get().isHeading("All cases about Security policy");   // true
 * </pre>
 */
public final class PageLexicon {

    private static final PageLexicon INSTANCE = new PageLexicon(LanguageData.merged("template"));

    private final Pattern headings;
    private final Pattern boilerplate;
    private final Pattern counters;
    private final Pattern credit;

    private PageLexicon(Map<String, List<String>> table) {
        headings = anyOf(table.get("headings"));
        boilerplate = anyOf(table.get("boilerplate"));
        counters = anyOf(table.get("counters"));
        credit = Pattern.compile("(?:^|\\s)(?:" + String.join("|", table.get("credits")) + ")\\s*:\\s*\\S",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static PageLexicon get() {
        return INSTANCE;
    }

    /** A section heading of the site's page templates. */
    public boolean isHeading(String line) {
        String s = line.strip();
        return !endsWithStop(s) && headings.matcher(s).matches();
    }

    private static boolean endsWithStop(String s) {
        return !s.isEmpty() && ".!?".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A line of the page template that carries no content. */
    public boolean isBoilerplate(String line) {
        return boilerplate.matcher(line.strip()).matches();
    }

    /** A listing's result counter or sorting line ("Showing 81-100 of 7267 results", "Viser 61-80 av 316 treff"). */
    public boolean isCounter(String line) {
        return counters.matcher(line.strip()).matches();
    }

    /** A line holding a photo or illustration credit ("Foto: …", "Photo: …"). */
    public boolean isCredit(String line) {
        return credit.matcher(line).find();
    }

    private static Pattern anyOf(List<String> regexes) {
        return Pattern.compile("(?:" + String.join("|", regexes) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

}
