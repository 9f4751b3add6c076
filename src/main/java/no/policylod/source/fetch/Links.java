package no.policylod.source.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Where a sitemap or a listing page leads: the {@code <loc>} entries of a sitemap (or sitemap index), the links of
 * an HTML page; in both, only http(s) URLs on the host the crawl started from, without their fragment.
 *
 * <pre>
 * for (Links.Loc loc : Links.sitemap(xml, start)) { ... loc.isSitemap() ... }
 * Set&lt;URI&gt; next = Links.onSameHost(html, pageUrl, start);
 * </pre>
 */
final class Links {

    private Links() {
    }

    /** One {@code <loc>}: a page, or (in a sitemap index) another sitemap. */
    record Loc(URI url, boolean isSitemap) {
    }

    /** Whether a body is XML (a sitemap) rather than a page. */
    static boolean isXml(String contentType, byte[] body) {
        String media = PageText.mediaType(contentType);
        if (media.equals("application/xml") || media.equals("text/xml")
                || media.endsWith("+xml") && !media.equals("application/xhtml+xml")) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1).stripLeading();
        return media.isEmpty() && head.startsWith("<?xml") && !head.toLowerCase(Locale.ROOT).contains("<html");
    }

    /** The {@code <loc>} entries of a sitemap on the start's host. */
    static List<Loc> sitemap(byte[] xml, URI start) {
        Document doc = Jsoup.parse(new String(xml, StandardCharsets.UTF_8), "", Parser.xmlParser());
        return doc.select("loc").stream()
                .flatMap(loc -> url(loc.text().strip(), start).stream()
                        .map(u -> new Loc(u, isIn(loc, "sitemap"))))
                .toList();
    }

    /** The links of an HTML page on the start's host, in the order they appear, each once. */
    static Set<URI> onSameHost(String html, URI page, URI start) {
        Set<URI> links = new LinkedHashSet<>();
        for (Element a : Jsoup.parse(html, page.toString()).select("a[href]")) {
            url(a.absUrl("href"), start).ifPresent(links::add);
        }
        return links;
    }

    private static boolean isIn(Element loc, String parent) {
        return loc.parent() != null && loc.parent().tagName().equalsIgnoreCase(parent);
    }

    private static Optional<URI> url(String text, URI start) {
        try {
            URI u = HttpFetcher.withoutFragment(new URI(text));
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            return web && u.getHost() != null && u.getHost().equalsIgnoreCase(start.getHost())
                    ? Optional.of(u) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
