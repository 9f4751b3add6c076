package no.policylod.serve.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import no.policylod.release.AtomFeed;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;

/**
 * One page of the change feed as the HTML rendering ({@code release/feed.peb}) shows it: read from the Atom document
 * the server sends feed readers, so both say the same, with each release's numbers from its manifest.
 *
 * <pre>
 * FeedView feed = FeedView.read(dumps.resolve("feed.atom"), dumps);
 * feed.entries().get(0).release().added();   // quads added by the newest release
 * </pre>
 *
 * <p>Links in the feed are absolute URLs on the public site; those on it become paths on this server
 * ({@code https://w3id.org/policy-lod/dumps/releases/...} is {@code /dumps/releases/...}), so the page works
 * wherever it is served. The public site is the feed's {@code self} link without the feed's own path.
 *
 * @param base        the base URI of the data: {@code {base}/id/x} is described at {@code /doc/x}
 * @param updated     the feed's {@code updated} time
 * @param archive     whether this is an archive page rather than the subscription document
 * @param self        this page's path on this server
 * @param older       the next older archive page, or null
 * @param newer       the next newer archive page, or null
 * @param current     the subscription document, on an archive page; else null
 * @param entries     the releases, newest first
 */
record FeedView(String base, String updated, boolean archive, String self, String older, String newer,
                String current, List<Entry> entries) {

    /**
     * One release.
     *
     * @param name      its name, {@code YYYY-MM-DD.N}
     * @param published when it was made
     * @param release   its manifest (counts), or null when its folder is gone
     * @param title     the entry's title as the feed writes it (English), for a release without manifest
     * @param patch     the RDF Patch from the release before
     * @param catalogue the catalogue as of the release
     * @param changedList the list of every changed resource
     * @param downloads its dumps
     * @param changed   the changed resources the entry lists (at most {@link AtomFeed#RESOURCES_LISTED})
     */
    record Entry(String name, String published, Release release, String title, Link patch, Link catalogue,
                 Link changedList, List<Link> downloads, List<String> changed) {
    }

    /** A link of an entry: where, its media type, the title the feed gives it, its length in bytes (or null). */
    record Link(String href, String type, String title, Long length) {
        /** The file name at the end of the link. */
        public String file() {
            return href.substring(href.lastIndexOf('/') + 1);
        }
    }

    /** Reads an Atom document written by {@link AtomFeed}, with the manifests under the dumps folder. */
    static FeedView read(Path atom, Path dumps) throws IOException {
        Element feed;
        try (InputStream in = Files.newInputStream(atom)) {
            feed = parser().parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new IOException("cannot read the feed " + atom + ": " + e.getMessage(), e);
        }
        String self = link(feed, "self");
        String ownPath = self.substring(self.lastIndexOf("/feed"));
        String site = self.substring(0, self.length() - ownPath.length());
        String id = text(feed, "id");
        String base = id.substring(0, Math.max(0, id.lastIndexOf("/feed")));
        List<Entry> entries = new ArrayList<>();
        for (Element e : children(feed, "entry")) {
            entries.add(entry(e, site, dumps));
        }
        boolean archive = !children(feed, AtomFeed.FH, "archive").isEmpty();
        return new FeedView(base, text(feed, "updated"), archive, ownPath, local(site, link(feed, "prev-archive")),
                local(site, link(feed, "next-archive")), local(site, link(feed, "current")), List.copyOf(entries));
    }

    private static Entry entry(Element e, String site, Path dumps) {
        String id = text(e, "id");
        String name = id.substring(id.lastIndexOf('/') + 1);
        Path manifest = ReleaseLayout.release(dumps, name).resolve(Release.MANIFEST);
        Release release = Files.isRegularFile(manifest) ? Release.read(manifest) : null;
        List<Link> related = links(e, "related", site);
        List<String> changed = new ArrayList<>();
        for (Element content : children(e, "content")) {
            NodeList anchors = content.getElementsByTagNameNS("*", "a");
            for (int i = 0; i < anchors.getLength(); i++) {
                changed.add(((Element) anchors.item(i)).getAttribute("href"));
            }
        }
        return new Entry(name, text(e, "published"), release, text(e, "title"),
                related.isEmpty() ? null : related.get(0), first(links(e, "describedby", site)),
                related.size() > 1 ? related.get(1) : null, links(e, "enclosure", site), List.copyOf(changed));
    }

    private static Link first(List<Link> links) {
        return links.isEmpty() ? null : links.get(0);
    }

    private static List<Link> links(Element parent, String rel, String site) {
        List<Link> links = new ArrayList<>();
        for (Element l : children(parent, "link")) {
            if (rel.equals(l.getAttribute("rel"))) {
                String length = l.getAttribute("length");
                links.add(new Link(local(site, l.getAttribute("href")), l.getAttribute("type"),
                        l.getAttribute("title"), length.isEmpty() ? null : Long.valueOf(length)));
            }
        }
        return links;
    }

    private static String link(Element parent, String rel) {
        return children(parent, "link").stream().filter(l -> rel.equals(l.getAttribute("rel"))).findFirst()
                .map(l -> l.getAttribute("href")).orElse(null);
    }

    /** A URL on the public site as a path on this server; others (and null) as they are. */
    private static String local(String site, String url) {
        return url != null && !site.isEmpty() && url.startsWith(site + "/") ? url.substring(site.length()) : url;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static List<Element> children(Element parent, String name) {
        return children(parent, AtomFeed.ATOM, name);
    }

    private static List<Element> children(Element parent, String namespace, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** A namespace-aware parser that reads no DTD and no external entity. */
    private static DocumentBuilder parser() throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser: " + e.getMessage(), e);
        }
    }
}
