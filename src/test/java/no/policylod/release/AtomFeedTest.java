package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feed: parsed as namespace-aware XML, entries newest first with links to each release's patch, dumps and
 * catalogue, and paged into archive documents (RFC 5005) once there are more releases than a page holds.
 */
class AtomFeedTest {

    @TempDir
    Path dir;

    @Test
    void listsRealReleasesNewestFirstWithTheirFiles() throws Exception {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"))
                    .publish(store.dataset());
            store.replaceGraphs(ReleaseFixtures.data("pages/seeds", "pages/topic-with-url"), (fmt, args) -> { });
            Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-22T09:00:00Z"))
                    .publish(store.dataset());
        }
        Document feed = parse(dumps.resolve("feed.atom"));
        Element root = feed.getDocumentElement();
        assertEquals(AtomFeed.ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        List<Element> entries = children(root, "entry");
        assertEquals(List.of(ReleaseFixtures.SITE.version("2026-11-22.1"),
                ReleaseFixtures.SITE.version("2026-11-21.1")),
                entries.stream().map(e -> text(e, "id")).toList(), "newest first");
        assertEquals("2026-11-22T09:00:00Z", text(root, "updated"));

        Element newest = entries.get(0);
        Path folder = ReleaseLayout.release(dumps, "2026-11-22.1");
        Map<String, String> enclosures = new TreeMap<>();
        for (Element link : children(newest, "link")) {
            if (link.getAttribute("rel").equals("enclosure")) {
                String href = link.getAttribute("href");
                Path file = folder.resolve(href.substring(href.lastIndexOf('/') + 1));
                assertEquals(Files.size(file), Long.parseLong(link.getAttribute("length")), href);
                enclosures.put(file.getFileName().toString(), link.getAttribute("type"));
            }
        }
        assertEquals(Map.of("policy-lod.jsonld", "application/ld+json", "policy-lod.nq.gz", "application/gzip",
                "policy-lod.nt.gz", "application/gzip", "policy-lod.trig", "application/trig",
                "policy-lod.ttl", "text/turtle"), enclosures);
        assertEquals(ReleaseFixtures.SITE.download("2026-11-22.1", "changes.rdfp"), href(newest, "related"));
        assertEquals(ReleaseFixtures.SITE.download("2026-11-22.1", "catalog.ttl"), href(newest, "describedby"));
        String content = newest.getElementsByTagNameNS(AtomFeed.ATOM, "content").item(0).getTextContent();
        assertTrue(content.contains(Fixtures.BASE + "/id/topic/id1111"), "the changed topic is listed: " + content);
        assertTrue(content.contains("since release 2026-11-21.1"), content);
    }

    @Test
    void manyReleasesArePagedIntoArchives() throws Exception {
        Path dumps = dir.resolve("dumps");
        AtomFeed.write(dumps, ReleaseFixtures.SITE, synthetic(120));
        Document current = parse(dumps.resolve("feed.atom"));
        assertEquals(20, children(current.getDocumentElement(), "entry").size(), "releases 101..120");
        assertEquals("2026-01-01.120", last(text(children(current.getDocumentElement(), "entry").get(0), "id")));
        assertEquals(archive(2), href(current.getDocumentElement(), "prev-archive"));

        Element second = parse(dumps.resolve("feed/archive-2.atom")).getDocumentElement();
        assertEquals(50, children(second, "entry").size());
        assertEquals("2026-01-01.100", last(text(children(second, "entry").get(0), "id")));
        assertEquals(1, second.getElementsByTagNameNS(AtomFeed.FH, "archive").getLength(), "marked as archive");
        assertEquals(archive(1), href(second, "prev-archive"));
        assertEquals("", href(second, "next-archive"), "the newest archive page has no next archive");
        assertEquals(ReleaseFixtures.SITE.url("/feed.atom"), href(second, "current"));

        Element first = parse(dumps.resolve("feed/archive-1.atom")).getDocumentElement();
        assertEquals("2026-01-01.1", last(text(children(first, "entry").get(49), "id")));
        assertEquals(archive(2), href(first, "next-archive"));
        assertEquals("", href(first, "prev-archive"));
    }

    @Test
    void aFullPageStaysInTheSubscriptionDocumentUntilTheNextRelease() throws Exception {
        Path dumps = dir.resolve("dumps");
        AtomFeed.write(dumps, ReleaseFixtures.SITE, synthetic(AtomFeed.PAGE_SIZE));
        assertEquals(AtomFeed.PAGE_SIZE, children(parse(dumps.resolve("feed.atom")).getDocumentElement(), "entry")
                .size());
        assertTrue(Files.notExists(dumps.resolve("feed/archive-1.atom")));
        AtomFeed.write(dumps, ReleaseFixtures.SITE, synthetic(AtomFeed.PAGE_SIZE + 1));
        assertEquals(1, children(parse(dumps.resolve("feed.atom")).getDocumentElement(), "entry").size());
        assertEquals(AtomFeed.PAGE_SIZE, children(parse(dumps.resolve("feed/archive-1.atom")).getDocumentElement(),
                "entry").size());
    }

    private static List<Release> synthetic(int count) {
        List<Release> releases = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Release.Artifact nq = new Release.Artifact("policy-lod.nq.gz", "application/n-quads", 10, "00", "00");
            Release.Artifact patch = new Release.Artifact("changes.rdfp", "application/rdf-patch", 5, "00", "00");
            releases.add(new Release("2026-01-01." + i, "2026-01-01T00:00:00Z", i == 1 ? null : "2026-01-01." + (i - 1),
                    "00", 1, 1, 1, 0, 1, null, null, "uuid:0", List.of(nq), patch));
        }
        return releases;
    }

    private static String archive(int n) {
        return ReleaseFixtures.SITE.url("/feed/archive-" + n + ".atom");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && AtomFeed.ATOM.equals(e.getNamespaceURI())
                    && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }

    private static String href(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> l.getAttribute("rel").equals(rel))
                .map(l -> l.getAttribute("href")).findFirst().orElse("");
    }

    private static String last(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
