package no.policylod.convert.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Walks an element and writes one line per block, shaped like the extracts.
 *
 * <pre>
 * String text = HtmlBlocks.text(HtmlMainContent.of(doc));   // "Title\n\nFirst paragraph.\n\n- A list item\n"
 * </pre>
 *
 * Headings, paragraphs, table rows ("a | b") and definition lists ({@link HtmlDefinitions}) give a line each; list
 * items start with {@code - }; image alt texts and figure captions stand on lines of their own. List items and
 * nested articles that are teaser entries are written by {@link HtmlTeaser}; an article header's info line
 * ("Type | Date | Ministry") by {@link #infoLine}.
 */
final class HtmlBlocks implements NodeFilter {
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body",
            "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
    /** Inline elements the site's style sheet spaces apart. */
    private static final Set<String> SPACED = Set.of("span", "time", "a");
    private static final Evaluator INFO = QueryParser.parse(
            "[class*=article-info], [class*=content-type], [class*=article-meta]");

    private final Element root;
    private final Element skip;
    private final List<HtmlBlock> out = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private String prefix = "";
    private boolean inCaption;

    private HtmlBlocks(Element root, Element skip) {
        this.root = root;
        this.skip = skip;
    }

    /** The lines of {@code root}, one block a paragraph, ending in a line break. */
    static String text(Element root) {
        return of(root, null).stream().map(HtmlBlock::text).collect(Collectors.joining("\n\n", "", "\n"));
    }

    /** The lines of {@code root}, leaving out {@code skip} (may be null). */
    static List<HtmlBlock> of(Element root, Element skip) {
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
            prefix = e.nameIs("li") ? "" : prefix;
            inCaption = inCaption && !e.nameIs("figcaption");
        }
        return FilterResult.CONTINUE;
    }

    private FilterResult open(Element e) {
        switch (e.normalName()) {
            case "br" -> flush();
            case "img" -> caption(e.attr("alt"));
            case "dl" -> {
                flush();
                HtmlDefinitions.lines(e).forEach(l -> add(HtmlBlock.line(l)));
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
        Optional<List<HtmlBlock>> entry = e == root ? Optional.empty() : HtmlTeaser.lines(e);
        Optional<String> info = e.is(INFO) ? infoLine(e) : Optional.empty();
        if (entry.isPresent() || info.isPresent()) {
            flush();
            entry.ifPresent(out::addAll);
            info.ifPresent(i -> out.add(HtmlBlock.line(i)));
            return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCK.contains(e.normalName())) {
            flush();
            prefix = e.nameIs("li") && e != root ? "- " : prefix;
            inCaption = inCaption || e.nameIs("figcaption");
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
            add(new HtmlBlock(prefix + text, inCaption));
            prefix = "";
        }
    }

    /** An image's alt text on a line of its own; an image without one (an icon) leaves the line as it is. */
    private void caption(String alt) {
        if (!alt.isBlank()) {
            flush();
            add(HtmlBlock.caption(HtmlText.clean(alt)));
        }
    }

    /** Adds a line unless it is empty or repeats the line before (an alt text repeated as caption). */
    private void add(HtmlBlock block) {
        boolean repeat = !out.isEmpty() && out.get(out.size() - 1).text().equals(block.text());
        if (!block.text().isEmpty() && !repeat) {
            out.add(block);
        }
    }

    /**
     * An article header's info line written with one element per field and no separators in the text (the
     * site's style sheet draws them): the fields joined by " | ", as the extracts show them.
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
