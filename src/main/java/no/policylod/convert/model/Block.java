package no.policylod.convert.model;

/**
 * One block of a page's main content, typed by what it is on the page: both readers produce blocks (the text reader
 * from the lines of an extract, the HTML reader from markup), and everything after the readers works on blocks.
 *
 * <pre>
 * Block b = new Block(Block.Kind.PARAGRAPH, "The ministry gives NOK 20 million to the harbour.", 12);
 * b.is(Block.Kind.PARAGRAPH);   // true
 * </pre>
 *
 * What a block's text looks like (running text, title-shaped: {@code TextShape}) is a property of the text itself
 * and holds whichever reader made the block; the kind says what the reader knew about its place on the page.
 *
 * @param kind what the block is
 * @param text its text, white space at both ends removed; a list entry without its bullet
 * @param line the 1-based line of the page file where it starts (0 where the source has no lines)
 */
public record Block(Kind kind, String text, int line) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00a0]+");

    /** The kinds of block a page is made of. */
    public enum Kind {
        /** A section heading of the site's templates ("What's new", "Mer om …"). */
        HEADING,
        /** A short line shaped like a title: a page or entry title, a kicker, a heading the templates do not name. */
        TITLE,
        /** Running text. */
        PARAGRAPH,
        /** An item of a bulleted list, without its bullet. */
        LIST_ENTRY,
        /** A bullet alone on its line, or the start of a teaser in markup: the next entry of a listing begins. */
        ENTRY_MARK,
        /** An image caption, alt text or photo credit. */
        CAPTION,
        /** A line of facts about a document: a header line, an entry's type/date/ministry line, "Utgiver:". */
        META,
        /** A result counter or sorting line of a listing ("Showing 81-100 of 7267 results", "Viser 61-80 av 316"). */
        COUNTER,
        /** Any other line: short, not shaped like a title, not running text. */
        TEXT
    }

    public Block {
        text = text.strip();
    }

    public boolean is(Kind k) {
        return kind == k;
    }

    /** The same block with another kind. */
    public Block as(Kind k) {
        return new Block(k, text, line);
    }

    /** The block's words, as running text counts them. */
    public int words() {
        return text.isEmpty() ? 0 : SPACES.split(text).length;
    }
}
