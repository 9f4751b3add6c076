package no.policylod.convert.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;

/**
 * Finds official document numbers of the Storting series, in their spacing and dash variants.
 *
 * <pre>
 * Identifiers.find("Meld. St. 37 (2014–2015) - Global ...");   // [Meld. St. 37 (2014–2015): REPORT]
 * Identifiers.key("Meld.St. 37 (2014 - 2015)");                   // "meld-st-37-2014-2015"
 * </pre>
 *
 * Series: Meld. St. (reports to the Storting), St.meld. nr., Prop. N S/L/LS, St.prp. nr., Ot.prp. nr., NOU YYYY: N
 * and Innst. N S/L (the Storting's committee recommendations).
 */
public final class Identifiers {

    /** An identifier found in a text: as written (white space collapsed), the kind of document it names, where. */
    public record Found(String text, Optional<DocClass> docClass, int start, int end) {
    }

    private static final String S = "[\\s\u00a0]*";
    private static final String SESSION = S + "\\(" + S + "\\d{4}" + S + "[-–—‑]" + S + "\\d{2,4}" + S + "\\)";
    private static final String NR = S + "(?:nr\\.?|no\\.)?" + S;

    private enum Series {
        MELD_ST("Meld\\." + S + "St\\." + S + "\\d+" + SESSION, DocClass.REPORT),
        ST_MELD("St\\." + S + "meld\\." + NR + "\\d+" + SESSION, DocClass.REPORT),
        PROP("Prop\\." + S + "\\d+" + S + "(?:LS|S|L)" + SESSION, DocClass.PROPOSITION),
        ST_PRP("St\\." + S + "prp\\." + NR + "\\d+" + SESSION, DocClass.PROPOSITION),
        OT_PRP("Ot\\." + S + "prp\\." + NR + "\\d+" + SESSION, DocClass.PROPOSITION),
        NOU("NOU" + S + "\\d{4}" + S + ":" + S + "\\d+", DocClass.OFFICIAL_REPORT),
        INNST("Innst\\." + S + "\\d+" + S + "(?:LS|S|L|O)" + SESSION, null);

        private final Pattern pattern;
        private final DocClass docClass;

        Series(String regex, DocClass docClass) {
            this.pattern = Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}\\d])");
            this.docClass = docClass;
        }
    }

    /** A session written with a two-digit end year, "(2014-15)", at the end of a key. */
    private static final Pattern SHORT_SESSION = Pattern.compile("-(\\d{4})-(\\d{2})$");

    private Identifiers() {
    }

    /** Every identifier in the text, in text order. */
    public static List<Found> find(String text) {
        if (!TextShape.hasDigit(text)) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Series series : Series.values()) {
            Matcher m = series.pattern.matcher(text);
            while (m.find()) {
                found.add(new Found(collapse(m.group()), Optional.ofNullable(series.docClass), m.start(), m.end()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The identifier a text starts with, if it starts with one. */
    public static Optional<Found> atStart(String text) {
        return find(text).stream().filter(f -> text.substring(0, f.start()).isBlank()).findFirst();
    }

    /** The identifier that is the whole text (after trimming), if it is one. */
    public static Optional<Found> whole(String text) {
        String trimmed = text.strip();
        return atStart(trimmed).filter(f -> f.end() == trimmed.length());
    }

    /** A key that is the same for every spelling of one identifier: lower case, ASCII letters and digits, hyphens. */
    public static String key(String identifier) {
        String key = identifier.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "")
                .replaceAll("-(?:nr|no)-", "-");
        Matcher shortSession = SHORT_SESSION.matcher(key);
        if (shortSession.find()) {
            int start = Integer.parseInt(shortSession.group(1));
            int end = (start / 100) * 100 + Integer.parseInt(shortSession.group(2));
            key = key.substring(0, shortSession.start()) + "-" + start + "-" + (end < start ? end + 100 : end);
        }
        return key;
    }

    private static String collapse(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ").replaceAll("\\( ", "(").replaceAll(" \\)", ")").strip();
    }
}
