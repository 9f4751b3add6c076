package no.policylod.serve.site;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ServerModule;
import no.policylod.store.DataCache;
import no.policylod.serve.http.FileServlet;
import no.policylod.store.TextIndex;
import org.apache.jena.query.Dataset;

/**
 * The public face of the server: the landing page, the search page and their files, added to a
 * {@link PolicyLodServer} before it is built.
 *
 * <pre>
 * try (Store store = Store.open(settings.store());
 *      TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
 *     PolicyLodServer.Builder server = PolicyLodServer.builder().settings(settings)
 *             .dataset(index.wrap(store.dataset()))          // text:query on /sparql
 *             .dumps(settings.dumps());
 *     server.module(new SiteModule(settings, store.dataset(), settings.dumps(), index));
 *     server.build().start();
 * }
 * </pre>
 *
 * <p>URL layout:
 * <ul>
 * <li>{@code /} (servlet path spec {@code ""}, the root only) and {@code /index.html} &ndash; the landing page;
 * <li>{@code /search?q=...&page=N} &ndash; full-text search, ten results a page;
 * <li>{@code /query?example=NAME} &ndash; the query editor, results from {@code /sparql};
 * <li>{@code /queries/NAME.rq} &ndash; the example queries ({@code application/sparql-query}).
 * </ul>
 * Result and document links go to {@code /doc/...}, the linked-data pages; the example queries open in the query
 * editor at {@code /query}. Every page is written in English, bokmål or nynorsk ({@code PageLanguage}). The shared
 * layout ({@code templates/base.peb}) links {@code /static/site.css}, which the
 * linked-data module serves.
 */
public final class SiteModule implements ServerModule {

    private final Settings settings;
    private final Dataset dataset;
    private final Path dumps;
    private final TextIndex index;

    /**
     * The site over a store.
     *
     * @param settings base URI (for local links) and the dataset's title, description, publisher and licence
     * @param dataset  the store (union default graph); the site only reads it
     * @param dumps    the dump folder, listed on the landing page (served by the server at {@code /dumps/})
     * @param index    the text index, for {@code /search}
     */
    public SiteModule(Settings settings, Dataset dataset, Path dumps, TextIndex index) {
        this.settings = requireNonNull(settings, "settings");
        this.dataset = requireNonNull(dataset, "dataset");
        this.dumps = requireNonNull(dumps, "dumps");
        this.index = requireNonNull(index, "index");
    }

    /** Registers the site's servlets. */
    @Override
    public void install(PolicyLodServer.Builder server) {
        SiteTemplates templates = new SiteTemplates();
        DataCache cache = new DataCache(dataset.asDatasetGraph());   // figures and names, per version of the data
        LandingPage landing = new LandingPage(templates, settings, dataset, dumps, cache);
        landing.prepare();
        server.servlet("", landing)
              .servlet("/index.html", new LandingPage(templates, settings, dataset, dumps, cache))
              .servlet("/search", new SearchPage(templates, new LocalLinks(settings.base()), dataset, index, cache))
              .servlet("/query", new QueryPage(templates, settings.base()))
              .servlet("/queries/*", FileServlet.classpath(ExampleQuery.FOLDER));
    }
}
