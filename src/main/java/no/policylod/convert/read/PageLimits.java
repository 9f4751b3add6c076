package no.policylod.convert.read;

import java.util.List;
import no.policylod.convert.model.Block;
import no.policylod.source.Problem;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * What a page may be and still be read in time: its markup nested at most {@value #MAX_DEPTH} elements deep, no
 * line or block longer than {@value #MAX_LINE} characters. No real page comes near either (the longest line of the
 * corpus has about 2 000); a page past one is refused with one line ({@link Problem.Refused}) instead of taking
 * minutes: the amounts of a line are qualified against the whole sentence, so a line of 60 000 characters dense
 * with amounts took over two minutes.
 *
 * <pre>
 * PageLimits.checkLines(text);   // before reading a plain-text extract
 * PageLimits.checkDepth(doc);    // after jsoup has parsed a page, before our walks over it
 * </pre>
 */
final class PageLimits {
    static final int MAX_DEPTH = 512;
    static final int MAX_LINE = 10_000;

    private PageLimits() {
    }

    /** Refuses a text whose longest line is longer than {@link #MAX_LINE}. */
    static void checkLines(String text) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > MAX_LINE) {
                throw new Problem.Refused("a line of " + (end - start) + " characters (at most " + MAX_LINE
                        + " are read): not converted");
            }
            start = end + 1;
        }
    }

    /** Refuses blocks of text longer than {@link #MAX_LINE}. */
    static void checkBlocks(List<Block> blocks) {
        blocks.stream().filter(b -> b.text().length() > MAX_LINE).findFirst().ifPresent(b -> {
            throw new Problem.Refused("a block of " + b.text().length() + " characters of text (at most " + MAX_LINE
                    + " are read): not converted");
        });
    }

    /** Refuses markup nested deeper than {@link #MAX_DEPTH}; jsoup's traversal walks without recursion. */
    static void checkDepth(Element root) {
        int[] deepest = {0};
        NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), root);
        if (deepest[0] > MAX_DEPTH) {
            throw new Problem.Refused("markup nested " + deepest[0] + " elements deep (at most " + MAX_DEPTH
                    + " are read): not converted");
        }
    }
}
