package no.policylod.convert.read;

import java.util.List;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.PageHints;
import no.policylod.convert.model.ReadPage;
import no.policylod.source.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page of the site into the same typed blocks as the plain-text extracts.
 *
 * <pre>
 * HtmlPageReader reader = new HtmlPageReader();
 * ReadPage read = reader.read(PageSnapshot.of("page.html", html,
 *         "https://www.regjeringen.no/no/aktuelt/eksempel/id2976767/", null));
 * PageContent content = new PageReader().read(snapshot, read);
 * </pre>
 *
 * Two things come out of the markup, and the structure reader ({@code page.PageReader}) takes it from there:
 * <ul>
 *   <li>the main content as {@link Block}s in document order, each typed by the markup that holds it: headings,
 *   paragraphs, list entries, captions (image alt texts, figure captions), meta blocks (definition lists, an article
 *   header's info line), table rows, and teaser entries of listings as an entry mark, a title, a meta block with
 *   the entry's type, date and ministry, and the teaser's paragraphs ({@link HtmlMainContent}, {@link HtmlBlocks},
 *   {@link HtmlTeaser});</li>
 *   <li>{@link PageHints} from {@code <meta>}, Open Graph, embedded JSON-LD, {@code <html lang>}, the first
 *   {@code <h1>}, the article header's {@code <time>}, type and owner, and {@code <link rel="canonical">}
 *   ({@link HtmlHints}).</li>
 * </ul>
 * Site chrome (navigation, the site header, footers, forms, breadcrumbs, cookie banners, scripts) is dropped. Nothing
 * is fetched: jsoup parses the string it is given, and JSON-LD is read as plain JSON whose {@code @context} is never
 * resolved; a malformed JSON-LD block is ignored. Markup nested too deep or text too long is refused
 * ({@link PageLimits}). The page's identity is its snapshot's URL or, for a snapshot
 * without one, the canonical URL the page declares. Thread-safe: each call parses its own document.
 */
public final class HtmlPageReader {

    /** What the page says: its blocks, with what its markup states. */
    public ReadPage read(PageSnapshot page) {
        return parse(page.text(), page.url().orElse(""));
    }

    /** Parses a page; relative addresses resolve against {@code baseUri}, which is never fetched. */
    static ReadPage parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        PageLimits.checkDepth(doc);
        JsonLdPage ld = JsonLdPage.of(doc); // first: HtmlMainContent removes the scripts
        Element main = HtmlMainContent.of(doc);
        List<Block> blocks = HtmlBlocks.of(main);
        PageLimits.checkBlocks(blocks);
        return new ReadPage(blocks, HtmlHints.of(doc, main, ld, blocks));
    }
}
