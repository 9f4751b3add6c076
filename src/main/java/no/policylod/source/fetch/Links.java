package no.policylod.source.fetch;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import no.policylod.source.SourceEntry;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Where a sitemap or a listing page leads: the {@code <loc>} entries of a sitemap (or sitemap index), the links of
 * an HTML page; in both, only http(s) URLs on the host the crawl started from, without their fragment.
 *
 * <pre>
 * for (Links.Loc loc : Links.sitemap(body, contentType, sitemapUrl, start)) { ... loc.isSitemap() ... }
 * Set&lt;URI&gt; next = Links.onSameHost(html, pageUrl, start);
 * </pre>
 */
final class Links {

    /** The largest sitemap the sitemaps protocol allows, unpacked: 50 MiB. */
    static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

    private Links() {
    }

    /** One {@code <loc>}: a page, or (in a sitemap index) another sitemap. */
    record Loc(URI url, boolean isSitemap) {
    }

    /** A body that crawler-commons cannot read as a sitemap; its message is one line. */
    static final class NotASitemap extends Exception {
        NotASitemap(String message) {
            super(message, null, false, false);
        }
    }

    /** Whether a body is a sitemap (XML, or gzipped XML) rather than a page. */
    static boolean isSitemap(String contentType, byte[] body, URI url) {
        String media = PageText.mediaType(contentType);
        if (media.equals("application/xml") || media.equals("text/xml")
                || media.endsWith("+xml") && !media.equals("application/xhtml+xml")) {
            return true;
        }
        if (media.equals("application/gzip") || media.equals("application/x-gzip") || isGzip(body)) {
            return true;
        }
        String head = new String(body, 0, Math.min(body.length, 256), StandardCharsets.ISO_8859_1).stripLeading();
        return media.isEmpty() && head.startsWith("<?xml") && !head.toLowerCase(Locale.ROOT).contains("<html");
    }

    /**
     * The {@code <loc>} entries of a sitemap or sitemap index (XML, RSS or Atom, gzipped or not, as crawler-commons
     * reads them; a DOCTYPE is refused, so no entity is ever expanded or fetched) on the start's host.
     */
    static List<Loc> sitemap(byte[] body, String contentType, URI url, URI start) throws NotASitemap {
        AbstractSiteMap map;
        try {
            boolean gzip = isGzip(body);
            map = new SiteMapParser(false).parseSiteMap(gzip || contentType == null ? "application/xml" : contentType,
                    gzip ? gunzip(body) : body, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new NotASitemap("not a sitemap crawler-commons can read: "
                    + (why == null ? e.getClass().getSimpleName() : why.replaceAll("\\s+", " ")));
        }
        if (map instanceof SiteMapIndex index) {
            return index.getSitemaps().stream().flatMap(m -> url(m.getUrl().toString(), start).stream())
                    .map(u -> new Loc(u, true)).toList();
        }
        return ((SiteMap) map).getSiteMapUrls().stream().flatMap(u -> url(u.getUrl().toString(), start).stream())
                .map(u -> new Loc(u, false)).toList();
    }

    private static boolean isGzip(byte[] body) {
        return body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    }

    /** A gzipped sitemap unpacked, refused past the protocol's own limit, so a small bomb cannot fill the memory. */
    private static byte[] gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] xml = in.readNBytes(MAX_SITEMAP_BYTES + 1);
            if (xml.length > MAX_SITEMAP_BYTES) {
                throw new IOException("unpacks to more than " + MAX_SITEMAP_BYTES + " bytes, the sitemap limit");
            }
            return xml;
        }
    }

    /** The links of an HTML page on the start's host, in the order they appear, each once. */
    static Set<URI> onSameHost(String html, URI page, URI start) {
        Set<URI> links = new LinkedHashSet<>();
        for (Element a : Jsoup.parse(html, page.toString()).select("a[href]")) {
            url(a.absUrl("href"), start).ifPresent(links::add);
        }
        return links;
    }

    private static Optional<URI> url(String text, URI start) {
        try {
            URI u = HttpFetcher.withoutFragment(new URI(text));
            return SourceEntry.isWebUrl(u) && u.getHost().equalsIgnoreCase(start.getHost())
                    ? Optional.of(u) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
