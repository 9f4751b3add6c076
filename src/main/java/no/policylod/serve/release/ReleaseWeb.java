package no.policylod.serve.release;

import jakarta.servlet.http.HttpServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import no.policylod.release.ReleaseLayout;
import org.apache.jena.query.Dataset;

/**
 * The servlets that publish releases on the policy-lod server, by Jetty path spec, ready for
 * {@code PolicyLodServer.Builder.servlet(pathSpec, servlet)}.
 *
 * <pre>
 * PolicyLodServer.Builder builder = PolicyLodServer.builder().settings(settings).dataset(store.dataset());
 * ReleaseWeb.servlets(settings.dumps(), store.dataset()).forEach(builder::servlet);
 * </pre>
 *
 * <table>
 * <caption>URLs</caption>
 * <tr><td>{@code /catalog}</td><td>the DCAT-AP-NO catalogue: Turtle, or JSON-LD for {@code Accept:
 *     application/ld+json}</td></tr>
 * <tr><td>{@code /catalog.ttl}, {@code /catalog.jsonld}</td><td>the same, one format each</td></tr>
 * <tr><td>{@code /.well-known/void}</td><td>the VoID description, Turtle</td></tr>
 * <tr><td>{@code /feed.atom}, {@code /feed/archive-N.atom}</td><td>the Atom change feed and its archive pages; an
 *     HTML page of the same releases to browsers ({@code Accept} preferring {@code text/html})</td></tr>
 * <tr><td>{@code /dumps/releases/NAME/FILE}</td><td>release files, with ranges; {@code /dumps/releases/latest/FILE}
 *     redirects to the latest release</td></tr>
 * <tr><td>{@code /history?uri=IRI[&at=YYYY-MM-DD]}</td><td>a resource's history, or the resource as of a
 *     day</td></tr>
 * </table>
 * Every file is read from the dumps folder on each request, so a new release is served as soon as it is written.
 */
public final class ReleaseWeb {

    private static final Pattern ARCHIVE_PAGE = Pattern.compile("/archive-[1-9][0-9]{0,8}\\.atom");

    private ReleaseWeb() {
    }

    /** The servlets for a dumps folder and the dataset the history is read from; creates dumps/releases if missing. */
    public static Map<String, HttpServlet> servlets(Path dumps, Dataset dataset) {
        try {
            Files.createDirectories(ReleaseLayout.releases(dumps));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + ReleaseLayout.releases(dumps) + ": " + e.getMessage(), e);
        }
        Path catalogTtl = dumps.resolve(ReleaseLayout.CATALOG_TTL);
        Path catalogJsonLd = dumps.resolve(ReleaseLayout.CATALOG_JSONLD);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        Map<String, java.util.function.Function<jakarta.servlet.http.HttpServletRequest, Path>> catalog =
                new LinkedHashMap<>();
        catalog.put("text/turtle", req -> catalogTtl);
        catalog.put("application/ld+json", req -> catalogJsonLd);
        servlets.put(ReleaseLayout.CATALOG_PATH, new FileServlet(catalog));
        servlets.put(ReleaseLayout.CATALOG_PATH + ".ttl", FileServlet.of("text/turtle", catalogTtl));
        servlets.put(ReleaseLayout.CATALOG_PATH + ".jsonld", FileServlet.of("application/ld+json", catalogJsonLd));
        servlets.put(ReleaseLayout.VOID_PATH, FileServlet.of("text/turtle", dumps.resolve(ReleaseLayout.VOID_TTL)));
        Path feed = dumps.resolve(ReleaseLayout.FEED);
        servlets.put(ReleaseLayout.FEED_PATH, new FeedPage(FileServlet.of("application/atom+xml", feed),
                req -> feed, dumps, dataset));
        java.util.function.Function<jakarta.servlet.http.HttpServletRequest, Path> archive =
                req -> archivePage(dumps, req.getPathInfo());
        servlets.put(ReleaseLayout.FEED_ARCHIVE_PATH + "*", new FeedPage(new FileServlet(Map.of(
                "application/atom+xml", archive)), archive, dumps, dataset));
        servlets.put(ReleaseLayout.RELEASES_PATH + "*", new ReleaseFilesServlet(dumps));
        servlets.put("/history", new HistoryServlet(dataset));
        return servlets;
    }

    private static Path archivePage(Path dumps, String pathInfo) {
        if (pathInfo == null || !ARCHIVE_PAGE.matcher(pathInfo).matches()) {
            return null;
        }
        return dumps.resolve(ReleaseLayout.FEED_ARCHIVE).resolve(pathInfo.substring(1));
    }
}
