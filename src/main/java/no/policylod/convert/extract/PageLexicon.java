package no.policylod.convert.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Lines every page of the site may carry that are not content: section headings ("What's new", "Mer om …") and
 * boilerplate ("This content is more than 2 years old", "Til innholdsfortegnelse", photo credits). Kept as data in
 * {@code policylod/convert/page-lexicon.json}.
 *
 * <pre>
 * PageLexicon.get().isHeading("All cases about Security policy");   // true
 * </pre>
 */
public final class PageLexicon {

    private static final String RESOURCE = "/policylod/convert/page-lexicon.json";
    private static final PageLexicon INSTANCE = new PageLexicon(ClasspathJson.read(RESOURCE, new TypeReference<>() {
    }));

    private final Pattern headings;
    private final Pattern boilerplate;

    private PageLexicon(Map<String, List<String>> table) {
        headings = anyOf(table.get("headings"));
        boilerplate = anyOf(table.get("boilerplate"));
    }

    public static PageLexicon get() {
        return INSTANCE;
    }

    /** A section heading of the site's page templates. */
    public boolean isHeading(String line) {
        String s = line.strip();
        return !s.matches("(?s).*[.!?]$") && headings.matcher(s).matches();
    }

    /** A line of the page template that carries no content. */
    public boolean isBoilerplate(String line) {
        return boilerplate.matcher(line.strip()).matches();
    }

    private static Pattern anyOf(List<String> regexes) {
        return Pattern.compile("(?:" + String.join("|", regexes) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

}
