package no.policylod.convert.model;

import java.util.List;

/**
 * What a reader made of a page file: its main content as typed blocks, in page order, and what its markup states
 * about it. The structure reader takes it from there.
 *
 * <pre>
 * ReadPage read = new TextBlockReader().read(snapshot.text());
 * read.blocks().get(0).kind();   // TITLE
 * </pre>
 *
 * @param blocks the page's blocks, in page order
 * @param hints  what the markup states (none for plain-text extracts)
 * @param cut    whether the page's text stops mid-line (an extract cut off at a fixed length): its last block is
 *               unfinished
 */
public record ReadPage(List<Block> blocks, PageHints hints, boolean cut) {

    public ReadPage {
        blocks = List.copyOf(blocks);
    }

    /** A page read whole. */
    public ReadPage(List<Block> blocks, PageHints hints) {
        this(blocks, hints, false);
    }
}
