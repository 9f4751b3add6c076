package no.policylod.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import no.policylod.dump.AtomicFiles;
import no.policylod.format.Format;

/**
 * The change feed: an Atom feed (RFC 4287), one entry per release, newest first, paged as an archived feed (RFC 5005)
 * so that no document grows without bound and a harvester can follow it back from any point.
 *
 * <pre>
 * AtomFeed.write(Path.of("dumps"), site, releasesOldestFirst);   // dumps/feed.atom, dumps/feed/archive-N.atom
 * </pre>
 *
 * <p>Releases are paged oldest first in pages of {@link #PAGE_SIZE}: archive page {@code k} holds releases
 * {@code (k-1)·50+1 .. k·50} and never changes once complete; the subscription document {@code /feed.atom} holds the
 * newest 1 to 50 releases that are in no complete page, with {@code prev-archive} to the newest archive page. Each
 * entry links the release's RDF Patch (the first {@code rel="related"}), its dumps ({@code rel="enclosure"}, with
 * type and length), its catalogue ({@code rel="describedby"}) and the full list of changed resources (the second
 * {@code rel="related"}, {@code changed-resources.txt}), and lists up to {@link #RESOURCES_LISTED} of them in its
 * content: documents, topics and ministries first, then snapshot graphs, budget amounts last.
 */
public final class AtomFeed {

    /** Releases per archive page and at most in the subscription document. */
    public static final int PAGE_SIZE = 50;
    /** Changed resources listed in an entry's content; the rest are in the release's changed-resources.txt. */
    public static final int RESOURCES_LISTED = 100;
    /** The Atom namespace. */
    public static final String ATOM = "http://www.w3.org/2005/Atom";
    /** The feed history namespace of RFC 5005. */
    public static final String FH = "http://purl.org/syndication/history/1.0";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final XMLStreamWriter xml;
    private final Path dumps;
    private final Site site;

    private AtomFeed(XMLStreamWriter xml, Path dumps, Site site) {
        this.xml = xml;
        this.dumps = dumps;
        this.site = site;
    }

    /** Writes the subscription document and every archive page for the releases, given oldest first. */
    public static void write(Path dumps, Site site, List<Release> releases) {
        int archived = releases.isEmpty() ? 0 : (releases.size() - 1) / PAGE_SIZE;
        for (int page = 1; page <= archived; page++) {
            int number = page;
            AtomicFiles.write(dumps.resolve(ReleaseLayout.FEED_ARCHIVE).resolve(ReleaseLayout.archivePage(page)),
                    out -> document(out, dumps, site, releases.subList((number - 1) * PAGE_SIZE, number * PAGE_SIZE),
                            number, archived));
        }
        AtomicFiles.write(dumps.resolve(ReleaseLayout.FEED), out -> document(out, dumps, site,
                releases.subList(archived * PAGE_SIZE, releases.size()), 0, archived));
    }

    /** Page 0 is the subscription document. */
    private static void document(OutputStream out, Path dumps, Site site, List<Release> page, int number, int archived)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            List<Release> newestFirst = new java.util.ArrayList<>(page);
            java.util.Collections.reverse(newestFirst);
            new AtomFeed(xml, dumps, site).feed(newestFirst, number, archived);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the feed: " + e.getMessage(), e);
        }
    }

    private void feed(List<Release> newestFirst, int number, int archived) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline(0);
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeNamespace("fh", FH);
        element(1, "id", site.base() + (number == 0 ? "/feed" : "/feed/" + ReleaseLayout.archivePage(number)));
        element(1, "title", "policy-lod releases: " + site.info().title().getOrDefault("en", ""));
        element(1, "updated", newestFirst.isEmpty() ? "1970-01-01T00:00:00Z" : newestFirst.get(0).issued());
        author();
        pageLinks(number, archived);
        if (number > 0) {
            newline(1);
            xml.writeEmptyElement(FH, "archive");
        }
        for (Release r : newestFirst) {
            entry(r);
        }
        newline(0);
        xml.writeEndElement();
        newline(0);
        xml.writeEndDocument();
    }

    private void pageLinks(int number, int archived) throws XMLStreamException {
        String current = site.url(ReleaseLayout.FEED_PATH);
        link(1, "self", number == 0 ? current : archiveUrl(number), "application/atom+xml", null, null);
        if (number > 0) {
            link(1, "current", current, "application/atom+xml", null, null);
        }
        int previous = number == 0 ? archived : number - 1;
        if (previous >= 1) {
            link(1, "prev-archive", archiveUrl(previous), "application/atom+xml", null, null);
        }
        if (number > 0 && number < archived) {
            link(1, "next-archive", archiveUrl(number + 1), "application/atom+xml", null, null);
        }
        link(1, "related", site.url(ReleaseLayout.CATALOG_PATH), "text/turtle", "The catalogue", null);
    }

    private void author() throws XMLStreamException {
        newline(1);
        xml.writeStartElement("author");
        element(2, "name", site.info().publisher().name());
        element(2, "uri", site.info().publisher().uri().toString());
        newline(1);
        xml.writeEndElement();
    }

    private void entry(Release r) throws XMLStreamException {
        newline(1);
        xml.writeStartElement("entry");
        element(2, "id", site.version(r.name()));
        element(2, "title", "Release " + r.name() + ": " + r.added() + " quads added, " + r.removed() + " removed, "
                + r.changedResources() + " resources changed");
        element(2, "published", r.issued());
        element(2, "updated", r.issued());
        link(2, "related", site.download(r.name(), ReleaseLayout.PATCH), "application/rdf-patch",
                "RDF Patch from the previous release", r.patch().bytes());
        for (Release.Artifact a : r.dumps()) {
            link(2, "enclosure", site.download(r.name(), a.file()), servedType(a.file()), a.file(), a.bytes());
        }
        link(2, "describedby", site.download(r.name(), ReleaseLayout.CATALOG_TTL), "text/turtle",
                "Catalogue as of this release", null);
        link(2, "related", site.download(r.name(), ReleaseLayout.CHANGED_RESOURCES), "text/plain",
                "Every changed resource", null);
        content(r);
        newline(1);
        xml.writeEndElement();
    }

    private void content(Release r) throws XMLStreamException {
        newline(2);
        xml.writeStartElement("content");
        xml.writeAttribute("type", "xhtml");
        xml.writeStartElement("div");
        xml.writeDefaultNamespace(XHTML);
        paragraph(String.format("%d quads (%d distinct triples); %d added and %d removed since %s; "
                + "%d resources changed.", r.quads(), r.triples(), r.added(), r.removed(),
                r.previous() == null ? "nothing (the first release)" : "release " + r.previous(),
                r.changedResources()));
        List<String> listed = changedResources(r);
        if (!listed.isEmpty()) {
            xml.writeStartElement(XHTML, "ul");
            for (String iri : listed) {
                xml.writeStartElement(XHTML, "li");
                xml.writeStartElement(XHTML, "a");
                xml.writeAttribute("href", iri);
                xml.writeCharacters(iri);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (r.changedResources() > listed.size()) {
            paragraph("… and " + (r.changedResources() - listed.size()) + " more in "
                    + ReleaseLayout.CHANGED_RESOURCES + ".");
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void paragraph(String text) throws XMLStreamException {
        xml.writeStartElement(XHTML, "p");
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private List<String> changedResources(Release r) {
        Path file = ReleaseLayout.release(dumps, r.name()).resolve(ReleaseLayout.CHANGED_RESOURCES);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.sorted(java.util.Comparator.comparingInt(this::rank)).limit(RESOURCES_LISTED).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Documents, topics and ministries first, then graphs and other resources, budget amounts last. */
    private int rank(String iri) {
        String id = site.base() + "/id/";
        return iri.startsWith(id + "amount/") ? 2 : iri.startsWith(id) ? 0 : 1;
    }

    private void link(int depth, String rel, String href, String type, String title, Long length)
            throws XMLStreamException {
        newline(depth);
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
        if (title != null) {
            xml.writeAttribute("title", title);
        }
        if (length != null) {
            xml.writeAttribute("length", Long.toString(length));
        }
    }

    private void element(int depth, String name, String text) throws XMLStreamException {
        newline(depth);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private String archiveUrl(int page) {
        return site.url(ReleaseLayout.FEED_ARCHIVE_PATH + ReleaseLayout.archivePage(page));
    }

    /** The media type the server sends for a dump: a gzipped one is sent as the gzip file it is. */
    private static String servedType(String file) {
        return Format.byDumpFile(file).map(f -> f.dump().orElseThrow().gzipped() ? "application/gzip" : f.mediaType())
                .orElse("application/octet-stream");
    }
}
