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
 */
public record ReadPage(List<Block> blocks, PageHints hints) {

    public ReadPage {
        blocks = List.copyOf(blocks);
    }
}
