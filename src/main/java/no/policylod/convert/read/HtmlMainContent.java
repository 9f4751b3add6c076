package no.policylod.convert.read;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's main content and strips the site's chrome from it; tells the page's own text from the entries it
 * lists.
 *
 * <pre>
 * Element main = HtmlMainContent.of(Jsoup.parse(html));          // the document is changed: chrome is removed
 * Stream&lt;Element&gt; ownHeadings = HtmlMainContent.own(main, "h1"); // not those of teasers or related links
 * </pre>
 */
final class HtmlMainContent {
    static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
    /** Never content. */
    private static final String CODE_AND_NAVIGATION = "script, style, noscript, template, svg, iframe, nav,"
            + " button, select, textarea, input, [role=navigation], [role=search], [class*=breadcrumb],"
            + " [id*=breadcrumb], [class*=skip-link], [class*=skiplink]";
    /**
     * Chrome, unless it wraps the content itself (a page hidden behind a cookie dialog, an ASP.NET page in one
     * {@code <form>}): footers, forms, dialogs, hidden elements, banners, cookie notices.
     */
    private static final String CHROME = "footer, form, dialog, [hidden], [aria-hidden=true], [role=banner],"
            + " [role=contentinfo], [class*=cookie], [id*=cookie], [class*=consent], [id*=consent]";
    private static final String CONTENT = "main, [role=main], article, h1";

    private HtmlMainContent() {
    }

    /** The page's main content, its chrome removed from the document: main, its sole article, or the body. */
    static Element of(Document doc) {
        Element main = Optional.ofNullable(doc.selectFirst("main, [role=main]"))
                .or(() -> soleArticle(doc)).orElse(doc.body());
        main.select("header").stream().filter(HtmlMainContent::isSiteHeader).forEach(Element::remove);
        main.select(CODE_AND_NAVIGATION).stream().filter(e -> e != main).forEach(Element::remove);
        main.select(CHROME).stream().filter(e -> e != main && e.selectFirst(CONTENT) == null)
                .forEach(Element::remove);
        return main;
    }

    /** The site's header: outside the content, and either without a heading or with the site's menus. */
    private static boolean isSiteHeader(Element header) {
        return header.closest("main, article, [role=main]") == null && (header.selectFirst("h1") == null
                || header.selectFirst("nav, [role=navigation], [role=search], form") != null);
    }

    /** The page's article when it has exactly one outermost {@code <article>} (several are teasers). */
    private static Optional<Element> soleArticle(Document doc) {
        List<Element> outer = doc.select("article").stream()
                .filter(a -> a.parents().stream().noneMatch(p -> p.nameIs("article"))).toList();
        return outer.size() == 1 ? Optional.of(outer.get(0)) : Optional.empty();
    }

    /** The elements of {@code main} matching {@code selector} that are the page's own, not an entry's. */
    static Stream<Element> own(Element main, String selector) {
        return main.select(selector).stream().filter(e -> !inEntry(e, main));
    }

    /**
     * A list item, a related-links box, or a teaser card: an {@code <article>} whose heading is a link (an
     * article whose headings are plain text is a part of the page's own text).
     */
    static boolean isEntry(Element e) {
        return switch (e.normalName()) {
            case "li", "aside" -> true;
            case "article" -> Optional.ofNullable(e.selectFirst(HEADINGS))
                    .filter(h -> !h.nameIs("h1") && (h.selectFirst("a[href]") != null || h.closest("a[href]") != null))
                    .isPresent();
            default -> false;
        };
    }

    /** Whether {@code e} stands inside an entry below {@code root}. */
    static boolean inEntry(Element e, Element root) {
        for (Element at = e; at != null && at != root; at = at.parent()) {
            if (isEntry(at)) {
                return true;
            }
        }
        return false;
    }
}
