package no.policylod.convert.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a plain-text page extract, with its 1-based line number.
 *
 * @param number line number in the file
 * @param text   the line, white space at both ends removed (non-breaking spaces included)
 */
record Line(int number, String text) {

    /** The non-blank lines of a text. */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].replaceAll("^[\\s\u00a0\u200b\ufeff]+|[\\s\u00a0\u200b]+$", "");
            if (!t.isEmpty()) {
                lines.add(new Line(i + 1, t));
            }
        }
        return lines;
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
        return words >= 30 || (words >= 7 && text.matches("(?s).*[.!?…:;\"”’»)]$"))
                || (words >= 12 && text.matches("(?s).*\\p{Ll}[.!?] +\\p{Lu}.*"));
    }

    /** Short enough, and shaped like a heading or title: not ending mid-sentence with a comma or a period. */
    boolean isTitleLike() {
        return !isParagraph() && text.length() <= 250 && !text.matches("(?s).*[,;.]$")
                && (Character.isLetterOrDigit(text.codePointAt(0)) || text.matches("^['‘“«].*"));
    }

    /** A list item in the extract ("- Title ...", "• Title ..."). */
    boolean isListEntry() {
        return text.matches("^[-•*·–]\\s+\\S.*");
    }

    /** The text of a list item without its marker. */
    String withoutMarker() {
        return text.replaceFirst("^[-•*·–]\\s+", "");
    }
}
