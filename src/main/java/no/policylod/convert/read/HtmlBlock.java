package no.policylod.convert.read;

/**
 * One line of a page's main content, as {@link HtmlBlocks} writes it.
 *
 * <pre>
 * HtmlBlock.line("Utgiver: Statsministerens kontor");   // text of the page
 * HtmlBlock.caption("Statsråden på kaia i Bodø");        // an image's alt text or a figure caption
 * </pre>
 *
 * @param text    the line, white space cleaned
 * @param caption whether it is an image's alt text or a figure caption
 */
record HtmlBlock(String text, boolean caption) {

    /** A line of the page's text. */
    static HtmlBlock line(String text) {
        return new HtmlBlock(text, false);
    }

    /** An image's alt text or a figure caption. */
    static HtmlBlock caption(String text) {
        return new HtmlBlock(text, true);
    }
}
