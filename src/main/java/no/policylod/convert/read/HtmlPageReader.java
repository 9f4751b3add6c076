package no.policylod.convert.read;

import no.policylod.convert.model.PageHints;
import java.util.Objects;
import java.util.Optional;
import no.policylod.convert.model.ReadPage;
import no.policylod.source.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page of the site through the same model as the plain-text extracts.
 *
 * <pre>
 * HtmlPageReader reader = new HtmlPageReader(new TextPageReader());
 * PageContent content = reader.read(PageSnapshot.of("page.html", html,
 *         "https://www.regjeringen.no/no/aktuelt/eksempel/id2976767/", null));
 * </pre>
 *
 * Two things come out of the markup, and the {@link TextPageReader} takes it from there:
 * <ul>
 *   <li>the main content as lines, in document order and shaped like the extracts: one block a line (headings,
 *   paragraphs, definition terms with their values, table rows), list items as {@code - ...}, image alt texts and
 *   figure captions on lines of their own, and teaser entries of listings as a title line, a meta line
 *   {@code DD/MM/YYYY Type Ministry} and the teaser (or, without a teaser, one line {@code - Title Type DD/MM/YYYY})
 *   ({@link HtmlMainContent}, {@link HtmlBlocks}, {@link HtmlTeaser});</li>
 *   <li>{@link PageHints} from {@code <meta>}, Open Graph, embedded JSON-LD, {@code <html lang>}, the first
 *   {@code <h1>}, the article header's {@code <time>}, type and owner, and {@code <link rel="canonical">}
 *   ({@link HtmlHints}).</li>
 * </ul>
 * Site chrome (navigation, the site header, footers, forms, breadcrumbs, cookie banners, scripts) is dropped. Nothing
 * is fetched: jsoup parses the string it is given, and JSON-LD is read as plain JSON whose {@code @context} is never
 * resolved; a malformed JSON-LD block is ignored. The page's identity is its snapshot's URL or, for a snapshot
 * without one, the canonical URL the page declares. Thread-safe: each call parses its own document.
 */
public final class HtmlPageReader {

    private final TextBlockReader text = new TextBlockReader();

    /** What the page says: its blocks, with what its markup states. */
    public ReadPage read(PageSnapshot page) {
        Parsed parsed = parse(page.text(), page.url().orElse(""));
        return new ReadPage(text.read(parsed.text()).blocks(), parsed.hints());
    }

    /** A page's main content as lines of text, and the hints its markup gives. */
    record Parsed(String text, PageHints hints) {
    }

    /** Parses a page; relative addresses resolve against {@code baseUri}, which is never fetched. */
    static Parsed parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        JsonLdPage ld = JsonLdPage.of(doc); // first: HtmlMainContent removes the scripts
        Element main = HtmlMainContent.of(doc);
        String text = HtmlBlocks.text(main);
        return new Parsed(text, HtmlHints.of(doc, main, ld, text));
    }
}
