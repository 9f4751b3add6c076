package no.policylod.convert.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.policylod.convert.extract.PageLexicon;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Walks an element and types each of its blocks by the element that holds it.
 *
 * <pre>
 * List&lt;Block&gt; blocks = HtmlBlocks.of(HtmlMainContent.of(doc));
 *   // [TITLE "Ocean policy", PARAGRAPH "Norway's ocean policy ...", HEADING "What's new", ...]
 * </pre>
 *
 * Headings are template headings ({@link PageLexicon#isHeading}) or titles; a list item is a list entry; an image's
 * alt text and a figure caption are captions; the lines of a definition list ({@link HtmlDefinitions}) and an
 * article header's info line ("Type | Date | Ministry", {@link #infoLine}) are meta; a paragraph is running text
 * unless its text is shaped like a meta line, a counter, a template heading or a photo credit; other text (table
 * rows "a | b", text in a {@code <div>}) is typed by its shape ({@link TextBlockReader#kind}). Teaser entries are
 * written by {@link HtmlTeaser}. Blocks carry no line number (0): markup has none.
 */
final class HtmlBlocks implements NodeFilter {
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** The kinds a paragraph's shape may override: its element says running text, its text says otherwise. */
    private static final Set<Kind> SHAPED_PARAGRAPH = Set.of(Kind.META, Kind.COUNTER, Kind.HEADING, Kind.CAPTION);
    /** Inline elements the site's style sheet spaces apart. */
    private static final Set<String> SPACED = Set.of("span", "time", "a");
    private static final Evaluator INFO = QueryParser.parse(
            "[class*=article-info], [class*=content-type], [class*=article-meta]");

    private final Element root;
    private final Element skip;
    private final List<Block> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    /** The block elements the walk is in, innermost first. */
    private final Deque<Element> open = new ArrayDeque<>();
    /** Whether the next block is the start of a list item. */
    private boolean listEntry;

    private HtmlBlocks(Element root, Element skip) {
        this.root = root;
        this.skip = skip;
    }

    /** The blocks of {@code root}, in document order. */
    static List<Block> of(Element root) {
        return of(root, null);
    }

    /** The blocks of {@code root}, leaving out {@code skip} (may be null). */
    static List<Block> of(Element root, Element skip) {
        HtmlBlocks blocks = new HtmlBlocks(root, skip);
        NodeTraversor.filter(blocks, root);
        blocks.flush();
        return blocks.out;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            line.append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        return node instanceof Element e && e != skip ? open(e) : FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCK.contains(e.normalName())) {
            flush();
            listEntry = listEntry && !e.nameIs("li");
            if (open.peek() == e) {
                open.pop();
            }
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult open(Element e) {
        switch (e.normalName()) {
            case "br" -> flush();
            case "img" -> caption(e.attr("alt"));
            case "dl" -> {
                flush();
                HtmlDefinitions.lines(e).forEach(l -> add(Kind.META, l));
                return FilterResult.SKIP_ENTIRELY;
            }
            case "td", "th" -> line.append(HtmlText.clean(line.toString()).isEmpty() ? "" : " | ");
            case "span", "time", "a" -> spaceAfterSibling(e);
            default -> {
                return openBlock(e);
            }
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult openBlock(Element e) {
        Optional<List<Block>> entry = e == root ? Optional.empty() : HtmlTeaser.blocks(e);
        Optional<String> info = e.is(INFO) ? infoLine(e) : Optional.empty();
        if (entry.isPresent() || info.isPresent()) {
            flush();
            entry.ifPresent(out::addAll);
            info.ifPresent(i -> add(Kind.META, i));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK.contains(e.normalName())) {
            flush();
            listEntry = listEntry || e.nameIs("li") && e != root;
            open.push(e);
        }
        return FilterResult.CONTINUE;
    }

    /** Adjacent inline elements with no space between them are spaced by CSS; the line keeps them apart. */
    private void spaceAfterSibling(Element e) {
        Node before = e.previousSibling();
        if (before instanceof Element b && SPACED.contains(b.normalName()) && !line.isEmpty()
                && !Character.isWhitespace(line.charAt(line.length() - 1))) {
            line.append(' ');
        }
    }

    private void flush() {
        String text = HtmlText.clean(line.toString());
        line.setLength(0);
        if (!text.isEmpty()) {
            add(kind(text), text);
            listEntry = false;
        }
    }

    /** The kind of a block of text, from the elements it stands in and, where they leave it open, its shape. */
    private Kind kind(String text) {
        if (listEntry) {
            return Kind.LIST_ENTRY;
        }
        if (open.stream().anyMatch(e -> e.nameIs("figcaption"))) {
            return Kind.CAPTION;
        }
        if (open.stream().anyMatch(e -> HEADINGS.contains(e.normalName()))) {
            return PageLexicon.get().isHeading(text) ? Kind.HEADING : Kind.TITLE;
        }
        Kind shape = TextBlockReader.kind(text, null);
        boolean paragraph = open.peek() != null && open.peek().nameIs("p");
        return paragraph && !SHAPED_PARAGRAPH.contains(shape) ? Kind.PARAGRAPH : shape;
    }

    /** An image's alt text on a line of its own; an image without one (an icon) leaves the line as it is. */
    private void caption(String alt) {
        if (!alt.isBlank()) {
            flush();
            add(Kind.CAPTION, HtmlText.clean(alt));
        }
    }

    /** Adds a block unless it is empty or repeats the block before (an alt text repeated as caption). */
    private void add(Kind kind, String text) {
        boolean repeat = !out.isEmpty() && out.get(out.size() - 1).text().equals(text);
        if (!text.isEmpty() && !repeat) {
            out.add(new Block(kind, text, 0));
        }
    }

    /**
     * An article header's info line written with one element per field and no separators in the text (the
     * site's style sheet draws them): the fields joined by " | ", as the site shows them.
     */
    private static Optional<String> infoLine(Element e) {
        boolean ownText = e.textNodes().stream().anyMatch(t -> !t.isBlank());
        if (ownText || e.children().size() < 2 || e.text().contains("|")) {
            return Optional.empty();
        }
        List<String> fields = e.children().stream().map(HtmlText::of).filter(f -> !f.isEmpty()).toList();
        return Optional.of(String.join(" | ", fields));
    }
}
