package no.policylod.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Identifiers;

/**
 * New official numbers for generated documents, so that no two documents share one: within each series and session
 * ("Meld. St. # (2024–2025)", "NOU 2023: #", however spaced) numbers are handed out in turn from 1, as the Storting
 * does.
 *
 * <pre>
 * DocumentNumbers numbers = new DocumentNumbers();
 * numbers.renumber("Meld. St. 20 (2024–2025)");   // "Meld. St. 1 (2024–2025)"
 * numbers.renumber("Meld. St. 5 (2024–2025)");    // "Meld. St. 2 (2024–2025)"
 * </pre>
 */
final class DocumentNumbers {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NOU = Pattern.compile("^NOU\\b");

    private final Map<String, Integer> issued = new HashMap<>();

    /** The identifier as written, with the next free number of its series and session in place of its own. */
    String renumber(String identifier) {
        int[] number = numberIn(identifier);
        if (number == null) {
            return identifier;
        }
        String series = Identifiers.key(identifier.substring(0, number[0])) + "#"
                + Identifiers.key(identifier.substring(number[1]));
        int next = issued.merge(series, 1, Integer::sum);
        return identifier.substring(0, number[0]) + next + identifier.substring(number[1]);
    }

    /** Where the document's own number stands: after the year in an NOU, the first number elsewhere. */
    static int[] numberIn(String identifier) {
        Matcher m = DIGITS.matcher(identifier);
        int[] found = null;
        boolean last = NOU.matcher(identifier).find();
        while (m.find()) {
            found = new int[] {m.start(), m.end()};
            if (!last) {
                break;
            }
        }
        return found;
    }
}
