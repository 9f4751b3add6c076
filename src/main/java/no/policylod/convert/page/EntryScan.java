package no.policylod.convert.page;

import java.util.List;
import java.util.Optional;
import no.policylod.convert.extract.Entries;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;

/**
 * A first look at the entry shapes a page's blocks show, before its kind is decided: result counters, entries with
 * a dated meta line, entries shown without a title, and runs of titles over one-paragraph teasers. A listing is
 * recognised by these shapes wherever it stands.
 *
 * <pre>
 * EntryScan scan = EntryScan.of(blocks, header.ownLine);
 * scan.isListing();   // a counter, or two or more dated or untitled entries
 * scan.teaserRun();   // the longest run of title + one-paragraph teasers
 * </pre>
 *
 * @param counter        whether the page shows a result counter or sorting line
 * @param datedEntries   meta lines with a date or standing over a ministry line (entries shown without a title)
 * @param teaserRun      the longest run of titles each over exactly one paragraph (a place-and-date line between
 *                       them allowed)
 */
record EntryScan(boolean counter, int datedEntries, int teaserRun) {

    /** Scans the blocks; the page's own header line ({@code headerLine}, or -1) is no entry. */
    static EntryScan of(List<Block> blocks, int headerLine) {
        boolean counter = false;
        int dated = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            counter |= b.is(Kind.COUNTER);
            if (i != headerLine && b.is(Kind.META) && isEntryMeta(blocks, i)) {
                dated++;
            }
        }
        return new EntryScan(counter, dated, longestTeaserRun(blocks));
    }

    boolean isListing() {
        return counter || datedEntries >= 2;
    }

    private static boolean isEntryMeta(List<Block> blocks, int i) {
        Optional<Entries.Meta> meta = Entries.meta(blocks.get(i).text());
        boolean dated = meta.flatMap(Entries.Meta::issued).isPresent() && meta.get().docClass().isPresent();
        boolean untitled = meta.isPresent() && i + 1 < blocks.size()
                && Ministries.get().byName(blocks.get(i + 1).text()).isPresent();
        return dated || untitled;
    }

    /** Title, [place-and-date line,] paragraph, then the next title: the longest such run. */
    private static int longestTeaserRun(List<Block> blocks) {
        int best = 0;
        int run = 0;
        int i = 0;
        while (i < blocks.size()) {
            int next = teaserAt(blocks, i);
            if (next > i) {
                run++;
                best = Math.max(best, run);
                i = next;
            } else {
                run = blocks.get(i).is(Kind.CAPTION) ? run : 0;
                i++;
            }
        }
        return best;
    }

    /** Whether two teasers in a row start at block {@code i} (a listing that opens with its first entry). */
    static boolean teasersStartAt(List<Block> blocks, int i) {
        int next = i >= 0 && i < blocks.size() ? teaserAt(blocks, i) : i;
        return next > i && next < blocks.size() && teaserAt(blocks, next) > next;
    }

    /** The index after a teaser (title, optional meta line, one paragraph, then a title or the end); else i. */
    private static int teaserAt(List<Block> blocks, int i) {
        if (!Shapes.titleLike(blocks.get(i)) || blocks.get(i).is(Kind.META) || blocks.get(i).is(Kind.HEADING)) {
            return i;
        }
        int k = i + 1;
        if (k < blocks.size() && blocks.get(k).is(Kind.META)) {
            k++;
        }
        if (k >= blocks.size() || !Shapes.paragraph(blocks.get(k))) {
            return i;
        }
        k++;
        boolean endsRun = k >= blocks.size() || Shapes.titleLike(blocks.get(k)) || blocks.get(k).is(Kind.CAPTION);
        return endsRun ? k : i;
    }
}
