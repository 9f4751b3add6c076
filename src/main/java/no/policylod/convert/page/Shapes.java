package no.policylod.convert.page;

import no.policylod.convert.extract.TextShape;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;

/**
 * What a block can be in the structure of a page, from its kind first and from its text's shape where the kind
 * leaves it open: a title (of the page, an entry or a kicker) or running text.
 *
 * <pre>
 * Shapes.titleLike(block);   // a TITLE block, or a heading or meta line shaped like a title
 * Shapes.paragraph(block);   // a PARAGRAPH block, or a list entry or meta line that reads as running text
 * </pre>
 */
final class Shapes {

    private Shapes() {
    }

    static boolean titleLike(Block b) {
        return switch (b.kind()) {
            case TITLE -> true;
            case PARAGRAPH, CAPTION, COUNTER, ENTRY_MARK -> false;
            default -> TextShape.titleShaped(b.text());
        };
    }

    static boolean paragraph(Block b) {
        return b.is(Kind.PARAGRAPH) || !b.is(Kind.HEADING) && !b.is(Kind.TITLE) && TextShape.prose(b.text());
    }
}
