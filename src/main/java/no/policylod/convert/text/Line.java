package no.policylod.convert.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank line of a plain-text page extract, with its 1-based line number.
 *
 * @param number line number in the file
 * @param text   the line, white space at both ends removed (non-breaking spaces included)
 */
record Line(int number, String text) {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(\\p{L}*\\p{Ll})[.!?] +\\p{Lu}");
    private static final Set<String> ABBREVIATIONS = Set.of("meld", "st", "nr", "no", "prop", "mr", "mrs", "ms",
            "dr", "kr", "mill", "mrd", "ca", "jf", "ref", "inkl", "bl", "pst", "kap", "vs");
    private static final Pattern CONTINUES = Pattern.compile(
            "(?iu).*(?:\\p{L}|,|\\b(?:NOK|kr\\.?|USD|EUR|kroner))$");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:\\p{Ll}|\\d).*");
    private static final Pattern AMOUNT_END = Pattern.compile("(?iu).*\\b(?:NOK|kr\\.?|USD|EUR)$");

    /**
     * The non-blank lines of a text. A line that a text extractor broke mid-sentence (no blank line between, the
     * next part starting in lower case, or a number after a currency code) is joined back into one line.
     */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        boolean blankBefore = true;
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].replaceAll("^[\\s\u00a0\u200b\ufeff]+|[\\s\u00a0\u200b]+$", "");
            if (t.isEmpty()) {
                blankBefore = true;
                continue;
            }
            Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (!blankBefore && last != null && continues(last.text(), t)) {
                lines.set(lines.size() - 1, new Line(last.number(), last.text() + " " + t));
            } else {
                lines.add(new Line(i + 1, t));
            }
            blankBefore = false;
        }
        return lines;
    }

    private static boolean continues(String line, String next) {
        if (line.matches("^[-•*·]\\s.*") || next.matches("^[-•*·–](?:\\s.*)?$")) {
            return false;
        }
        boolean lowerNext = CONTINUATION.matcher(next).matches() && Character.isLowerCase(next.codePointAt(0));
        boolean numberAfterCurrency = AMOUNT_END.matcher(line).matches() && Character.isDigit(next.codePointAt(0));
        return CONTINUES.matcher(line).matches() && (lowerNext || numberAfterCurrency);
    }

    int words() {
        return text.split("[\\s\u00a0]+").length;
    }

    /**
     * Running text: a very long line, a line of some length that ends as a sentence does, or one that holds a
     * sentence break.
     */
    boolean isParagraph() {
        int words = words();
        return words >= 30 || (words >= 7 && text.matches("(?s).*[.!?…;][\"”’»)]?$"))
                || (words >= 12 && hasSentenceBreak());
    }

    /** A full stop after a word that is not an abbreviation ("Meld. St.", "nr.", "Mr."), then a capital. */
    private boolean hasSentenceBreak() {
        Matcher m = SENTENCE_BREAK.matcher(text);
        while (m.find()) {
            if (!ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Short enough, and shaped like a heading or title: not ending mid-sentence with a comma or a period. */
    boolean isTitleLike() {
        return !isParagraph() && text.length() <= 250 && !text.matches("(?s).*[,;.]$")
                && (Character.isLetterOrDigit(text.codePointAt(0)) || text.matches("^['‘“«].*"));
    }

    /** A list item in the extract ("- Title ...", "• Title ..."). */
    boolean isListEntry() {
        return text.matches("^[-•*·]\\s+\\S.*");
    }

    /** The text of a list item without its marker. */
    String withoutMarker() {
        return text.replaceFirst("^[-•*·]\\s+", "");
    }
}
