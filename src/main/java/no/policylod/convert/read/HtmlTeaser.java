package no.policylod.convert.read;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Entries;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A teaser entry of a listing, a "What's new" line or a teaser card: a list item or nested article with a title
 * (a heading, or a link that opens a list item) and, around it, a date, type and ministry, and a teaser.
 *
 * <pre>
 * HtmlTeaser.blocks(li);   // [ENTRY_MARK "-", TITLE "Title", META "Press release | 19.03.2025", PARAGRAPH "…"]
 * HtmlTeaser.blocks(p);    // Optional.empty: no entry, read it as plain blocks
 * </pre>
 *
 * An entry is an entry mark, its captions (image alt texts), its title, one meta block and its teaser as
 * paragraphs. The meta block holds the entry's meta fields in the markup's order, the texts of the elements that
 * hold them joined by " | " (type, date, ministry in any order, as {@link Entries#meta} reads them); a date
 * stated only by a {@code <time datetime>} is added as DD.MM.YYYY. Fields that make no meta line (a date alone)
 * are left out, and so are blocks made only of fields from the teaser.
 */
final class HtmlTeaser {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String NO_FIELDS = "img, figure, figcaption";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\u00a0|·•,–—-]+");
    /** The text of an entry mark: the bullet the extracts show before an entry. */
    private static final String MARK = "-";

    private HtmlTeaser() {
    }

    /** The entry's blocks, or empty if {@code e} is no teaser entry and is to be read as plain blocks. */
    static Optional<List<Block>> blocks(Element e) {
        if (!HtmlMainContent.isEntry(e) || e.nameIs("aside")) {
            return Optional.empty();
        }
        Optional<Element> heading = heading(e);
        Element title = heading.orElseGet(() -> leadingLink(e));
        if (title == null || HtmlText.of(title).isEmpty()) {
            return Optional.empty();
        }
        List<Block> rest = HtmlBlocks.of(e, title);
        Optional<Block> meta = meta(e, title);
        return heading.isPresent() || meta.isPresent() ? Optional.of(entry(HtmlText.of(title), rest, meta))
                : Optional.empty();
    }

    /** The entry's own first heading (not one of an entry nested in it). */
    private static Optional<Element> heading(Element e) {
        return e.select(HtmlMainContent.HEADINGS).stream()
                .filter(h -> !HtmlMainContent.inEntry(h.parent(), e)).findFirst();
    }

    /** A link the list item opens with: the title of a "What's new" or "Documents" line. */
    private static Element leadingLink(Element e) {
        Element link = e.nameIs("li") ? e.selectFirst("a[href]") : null;
        return link != null && HtmlText.of(e).startsWith(HtmlText.of(link)) ? link : null;
    }

    /** The entry's meta fields in one block, if together they make a meta line. */
    private static Optional<Block> meta(Element e, Element title) {
        List<String> fields = new ArrayList<>();
        collectFields(e, title, fields);
        if (fields.stream().allMatch(f -> Dates.find(f).isEmpty())) {
            Optional.ofNullable(e.selectFirst("time[datetime]")).flatMap(HtmlText::datetime)
                    .ifPresent(d -> fields.add(DAY.format(d)));
        }
        String text = String.join(" | ", fields);
        return Entries.meta(text).isPresent() ? Optional.of(new Block(Kind.META, text, 0)) : Optional.empty();
    }

    /**
     * The texts of the smallest parts of {@code x} made only of meta fields, in document order: an element with
     * text of its own beside its children's ("Dato: &lt;time&gt;…") counts whole, one without (a row of spans)
     * by its parts. The title, captions and nested entries are no fields.
     */
    private static void collectFields(Element x, Element title, List<String> fields) {
        for (Node n : x.childNodes()) {
            if (n instanceof TextNode t && Entries.isFields(HtmlText.clean(t.getWholeText()))) {
                fields.add(HtmlText.clean(t.getWholeText()));
            } else if (n instanceof Element c && c != title && !c.is(NO_FIELDS) && !HtmlMainContent.isEntry(c)) {
                boolean whole = Entries.isFields(HtmlText.of(c)) && (c.children().isEmpty() || hasOwnWords(c));
                if (whole) {
                    fields.add(HtmlText.of(c));
                } else {
                    collectFields(c, title, fields);
                }
            }
        }
    }

    /** Whether the element has text of its own, not only separators between its children. */
    private static boolean hasOwnWords(Element e) {
        return e.textNodes().stream().anyMatch(t -> !SEPARATORS.matcher(t.getWholeText()).replaceAll("").isEmpty());
    }

    /** A block made only of meta fields: a type label, a date, ministries. */
    private static boolean isField(Block b) {
        return !b.is(Kind.CAPTION) && (Entries.isFields(b.text()) || Entries.meta(b.text()).isPresent());
    }

    /** Entry mark, captions, title, meta, and the rest as the teaser's paragraphs. */
    private static List<Block> entry(String title, List<Block> rest, Optional<Block> meta) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Kind.ENTRY_MARK, MARK, 0));
        rest.stream().filter(b -> b.is(Kind.CAPTION)).forEach(blocks::add);
        blocks.add(new Block(Kind.TITLE, title, 0));
        meta.ifPresent(blocks::add);
        rest.stream().filter(b -> !b.is(Kind.CAPTION) && !isField(b)).map(b -> b.as(Kind.PARAGRAPH))
                .forEach(blocks::add);
        return blocks;
    }
}
