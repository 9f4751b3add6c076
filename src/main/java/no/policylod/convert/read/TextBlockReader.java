package no.policylod.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Entries;
import no.policylod.convert.extract.HeaderFacts;
import no.policylod.convert.extract.PageLexicon;
import no.policylod.convert.extract.TextShape;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;
import no.policylod.convert.model.PageHints;
import no.policylod.convert.model.ReadPage;

/**
 * Reads a plain-text page extract into typed blocks, one a line. Lines a text extractor broke mid-sentence (no blank
 * line between, the next part starting in lower case, or a number after a currency code) are joined back first;
 * the template's boilerplate lines are dropped. Each line's kind comes from its shape: a bullet alone starts an
 * entry, a bulleted line is a list entry, a photo credit is a caption, a counter or sorting line counts results,
 * a section heading of the templates is a heading, a header or entry meta line is meta, and the rest is running
 * text, a title-shaped line or other text.
 *
 * <pre>
 * ReadPage page = new TextBlockReader().read("Security policy\nThe primary objective ...");
 * </pre>
 *
 * Stateless and thread-safe.
 */
public final class TextBlockReader {

    private static final Pattern MARKER = Pattern.compile("^[-•*·–]$");
    private static final Pattern BULLET = Pattern.compile("^[-•*·]\\s+\\S.*");
    private static final Pattern BULLET_PREFIX = Pattern.compile("^[-•*·]\\s+");
    private static final Pattern EDGES = Pattern.compile("^[\\s\u00a0\u200b\ufeff]+|[\\s\u00a0\u200b]+$");
    private static final Pattern CONTINUES = Pattern.compile(
            "(?iu).*(?:\\p{L}|,|\\b(?:NOK|kr\\.?|USD|EUR|kroner))$");
    private static final Pattern AMOUNT_END = Pattern.compile("(?iu).*\\b(?:NOK|kr\\.?|USD|EUR)$");
    private static final Pattern CUT_NUMBER = Pattern.compile(
            "(?<=(?:\\b[A-Z]{3}|\\bkr\\.?|[$€£])[\\s\u00a0]?)\\d(?:[\\d\\s\u00a0.,]*\\d)?$");
    private static final Pattern NEXT_MARKER = Pattern.compile("^[-•*·–](?:\\s.*)?$");

    public ReadPage read(String text) {
        PageLimits.checkLines(text);
        List<String[]> lines = joined(text);
        List<Block> blocks = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i)[1];
            if (PageLexicon.get().isBoilerplate(line)) {
                continue;
            }
            String next = i + 1 < lines.size() ? lines.get(i + 1)[1] : null;
            boolean last = i == lines.size() - 1;
            blocks.add(block(last ? withoutCutNumber(line) : line, next, Integer.parseInt(lines.get(i)[0])));
        }
        return new ReadPage(blocks, PageHints.none(), isCut(text));
    }

    /**
     * Extracts are often cut off mid-sentence; a number after a currency that the cut ends on may have lost its
     * scale ("USD 5.4" of "USD 5.4 billion"), so it is no figure to read.
     */
    private static String withoutCutNumber(String line) {
        return CUT_NUMBER.matcher(line).replaceFirst("").stripTrailing();
    }

    /** A text that stops mid-line, not at the end of a sentence: an extract cut off at a fixed length. */
    private static boolean isCut(String text) {
        String end = text.stripTrailing();
        return !text.endsWith("\n") && !end.isEmpty() && !TextShape.endsSentence(end);
    }

    private static Block block(String line, String next, int number) {
        if (MARKER.matcher(line).matches()) {
            return new Block(Kind.ENTRY_MARK, line, number);
        }
        if (BULLET.matcher(line).matches()) {
            return new Block(Kind.LIST_ENTRY, BULLET_PREFIX.matcher(line).replaceFirst(""), number);
        }
        return new Block(kind(line, next), line, number);
    }

    /** The kind of a line from its shape. */
    static Kind kind(String line, String next) {
        if (PageLexicon.get().isCredit(line) || next != null && next.startsWith(line) && PageLexicon.get().isCredit(next)) {
            return Kind.CAPTION;
        }
        if (PageLexicon.get().isCounter(line)) {
            return Kind.COUNTER;
        }
        if (PageLexicon.get().isHeading(line)) {
            return Kind.HEADING;
        }
        if (Entries.meta(line).isPresent() || HeaderFacts.read(line).isPresent()) {
            return Kind.META;
        }
        if (TextShape.prose(line)) {
            return Kind.PARAGRAPH;
        }
        return TextShape.titleShaped(line) ? Kind.TITLE : Kind.TEXT;
    }

    /** The non-blank lines as {number, text}, hard-wrapped lines joined. */
    private static List<String[]> joined(String text) {
        List<String[]> lines = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        boolean blankBefore = true;
        for (int i = 0; i < raw.length; i++) {
            String t = EDGES.matcher(raw[i]).replaceAll("");
            if (t.isEmpty()) {
                blankBefore = true;
                continue;
            }
            String[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (!blankBefore && last != null && continues(last[1], t)) {
                last[1] = last[1] + " " + t;
            } else {
                lines.add(new String[] {String.valueOf(i + 1), t});
            }
            blankBefore = false;
        }
        return lines;
    }

    private static boolean continues(String line, String next) {
        if (BULLET.matcher(line).matches() || NEXT_MARKER.matcher(next).matches()) {
            return false;
        }
        boolean lowerNext = Character.isLowerCase(next.codePointAt(0));
        boolean numberAfterCurrency = AMOUNT_END.matcher(line).matches() && Character.isDigit(next.codePointAt(0));
        return CONTINUES.matcher(line).matches() && (lowerNext || numberAfterCurrency);
    }
}
