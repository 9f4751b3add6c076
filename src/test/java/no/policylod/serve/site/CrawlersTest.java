package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** robots.txt and the sitemap on a real server over the corpus, read with an XML parser as a crawler would. */
class CrawlersTest {

    private static final String PUBLIC = "https://data.example.no/pl";
    private static SiteFixture site;

    @BeforeAll
    static void start() {
        site = SiteFixture.shared();
    }

    @Test
    void robotsNamesTheSitemapAndKeepsCrawlersOffTheEndpoint() {
        HttpResponse<String> r = site.get("/robots.txt");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().contains("Sitemap: " + PUBLIC + "/sitemap.xml"), r.body());
        assertTrue(r.body().contains("Disallow: /sparql"), r.body());
    }

    @Test
    void theSitemapListsEveryResourcePageOnce() throws Exception {
        Document index = xml(site.get("/sitemap.xml"));
        List<String> sitemaps = locs(index);
        assertEquals(List.of(PUBLIC + "/sitemap/1.xml"), sitemaps);
        List<String> pages = locs(xml(site.get("/sitemap/1.xml")));
        assertTrue(pages.size() > 100, pages.size() + " pages");
        assertEquals(pages.size(), pages.stream().distinct().count(), "each page once");
        assertTrue(pages.stream().allMatch(p -> p.startsWith(PUBLIC + "/doc/")), pages.get(0));
        assertTrue(pages.contains(PUBLIC + "/doc/doc/id2701821"), "a document of the corpus");
        String local = pages.get(0).substring(PUBLIC.length());
        assertEquals(200, site.get(local).statusCode(), local + " is a page of this server");
        assertEquals(404, site.get("/sitemap/2.xml").statusCode());
        assertEquals(404, site.get("/sitemap/x.xml").statusCode());
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> locs(Document d) {
        NodeList nodes = d.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
