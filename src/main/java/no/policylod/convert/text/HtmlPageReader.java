package no.policylod.convert.text;

import no.policylod.convert.PageContent;
import no.policylod.source.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page through the same model as plain-text extracts: the main content's headings, paragraphs, list
 * items and figure captions become lines, in document order, and the text reader takes it from there.
 *
 * <pre>
 * PageContent content = new HtmlPageReader(new TextPageReader()).read(htmlSnapshot);
 * </pre>
 *
 * Scripts, styles, navigation, headers and footers are dropped. Nothing is fetched: no remote resource, no JSON-LD
 * context.
 */
public final class HtmlPageReader {

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, figcaption, dt, dd, blockquote, time";
    private final TextPageReader text;

    public HtmlPageReader(TextPageReader text) {
        this.text = text;
    }

    public PageContent read(PageSnapshot page) {
        return text.read(new PageSnapshot(page.name(), PageSnapshot.Format.TEXT, toText(page.text()), page.sha256(),
                page.url(), page.retrieved()));
    }

    /** The page's main content as lines of text. */
    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, form, template, svg").remove();
        Element main = doc.selectFirst("main, [role=main], article");
        Element root = main != null ? main : doc.body();
        StringBuilder out = new StringBuilder();
        Elements blocks = root.select(BLOCKS);
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                out.append(block.is("li") ? "- " : "").append(line).append("\n\n");
            }
        }
        return out.toString();
    }
}
