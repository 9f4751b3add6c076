package no.policylod.serve.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import no.policylod.config.Settings;
import no.policylod.format.Format;
import no.policylod.release.ReleaseLayout;
import no.policylod.serve.GraphPage;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ServerModule;
import no.policylod.serve.Templates;
import no.policylod.serve.http.FileServlet;
import no.policylod.vocab.Namespaces;
import org.apache.jena.query.Dataset;

/**
 * The module that publishes releases on the policy-lod server.
 *
 * <pre>
 * PolicyLodServer.builder().settings(settings).dataset(store.dataset())
 *         .module(new ReleaseWeb(settings, store.dataset()));
 * </pre>
 *
 * <table>
 * <caption>URLs</caption>
 * <tr><td>{@code /catalog}</td><td>the DCAT-AP-NO catalogue, in every format of {@link Format} (HTML for browsers)
 *     by {@code Accept} or {@code ?format=}</td></tr>
 * <tr><td>{@code /catalog.ttl}, {@code /catalog.rdf}, ...</td><td>the same, one format each</td></tr>
 * <tr><td>{@code /.well-known/void} (and {@code .ttl}, ...)</td><td>the VoID description, likewise</td></tr>
 * <tr><td>{@code /feed.atom}, {@code /feed/archive-N.atom}</td><td>the Atom change feed and its archive pages; an
 *     HTML page of the same releases to browsers ({@code Accept} preferring {@code text/html})</td></tr>
 * <tr><td>{@code /dumps/releases/latest/FILE}</td><td>redirects to the file in the latest release (the release
 *     folders themselves are served with the dumps)</td></tr>
 * <tr><td>{@code /history?uri=IRI[&at=YYYY-MM-DD]}</td><td>a resource's history, or the resource as of a
 *     day</td></tr>
 * </table>
 * Every file is read from the dumps folder on each request, so a new release is served as soon as it is written.
 */
public final class ReleaseWeb implements ServerModule {

    private static final Pattern ARCHIVE_PAGE = Pattern.compile("/archive-[1-9][0-9]{0,8}\\.atom");

    private final Settings settings;
    private final Path dumps;
    private final Dataset dataset;

    /** The releases in the settings' dump folder; the history is read from the dataset. */
    public ReleaseWeb(Settings settings, Dataset dataset) {
        this(settings, settings.dumps(), dataset);
    }

    /** The releases in another dump folder. */
    public ReleaseWeb(Settings settings, Path dumps, Dataset dataset) {
        this.settings = settings;
        this.dumps = dumps;
        this.dataset = dataset;
    }

    @Override
    public void install(PolicyLodServer.Builder server) {
        try {
            Files.createDirectories(ReleaseLayout.releases(dumps));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + ReleaseLayout.releases(dumps) + ": " + e.getMessage(), e);
        }
        GraphPage pages = new GraphPage(new Templates());
        document(server, ReleaseLayout.CATALOG_PATH, dumps.resolve(ReleaseLayout.CATALOG_TTL), pages, "catalogue.title");
        document(server, ReleaseLayout.VOID_PATH, dumps.resolve(ReleaseLayout.VOID_TTL), pages, "void.title");
        Path feed = dumps.resolve(ReleaseLayout.FEED);
        Path archive = dumps.resolve(ReleaseLayout.FEED_ARCHIVE);
        server.servlet(ReleaseLayout.FEED_PATH, new FeedPage(FileServlet.file(feed), req -> feed, dumps, dataset))
              .servlet(ReleaseLayout.FEED_ARCHIVE_PATH + "*", new FeedPage(FileServlet.folder(archive),
                      req -> archivePage(archive, req.getPathInfo()), dumps, dataset))
              .servlet(ReleaseLayout.RELEASES_PATH + ReleaseLayout.LATEST + "/*", new LatestServlet(dumps))
              .servlet("/history", new HistoryServlet(dataset, Namespaces.prefixes(settings.base())));
    }

    private static Path archivePage(Path archive, String pathInfo) {
        return pathInfo == null || !ARCHIVE_PAGE.matcher(pathInfo).matches() ? null
                : archive.resolve(pathInfo.substring(1));
    }

    /** A document at its path, and at the path with each format's suffix. */
    private static void document(PolicyLodServer.Builder server, String path, Path file, GraphPage pages,
                                 String title) {
        server.servlet(path, new RdfFileServlet(file, pages, title, null));
        for (Format f : Format.describing()) {
            server.servlet(path + "." + f.fileSuffix(), new RdfFileServlet(file, pages, title, f));
        }
    }
}
