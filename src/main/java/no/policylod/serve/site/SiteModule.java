package no.policylod.serve.site;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
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
 *     SiteModule.install(server, settings, store.dataset(), settings.dumps(), index);
 *     server.build().start();
 * }
 * </pre>
 *
 * <p>URL layout:
 * <ul>
 * <li>{@code /} (servlet path spec {@code ""}, the root only) and {@code /index.html} &ndash; the landing page;
 * <li>{@code /search?q=...&page=N} &ndash; full-text search, ten results a page;
 * <li>{@code /query?example=NAME} &ndash; the query editor, results from {@code /sparql};
 * <li>{@code /queries/NAME.rq} &ndash; the example queries as plain text.
 * </ul>
 * Result and document links go to {@code /doc/...}, the linked-data pages; the example queries open in the query
 * editor at {@code /query}. Every page is written in English, bokmål or nynorsk ({@code PageLanguage}). The shared
 * layout ({@code templates/base.peb}) links {@code /static/site.css}, which the
 * linked-data module serves.
 */
public final class SiteModule {

    private SiteModule() {
    }

    /**
     * Registers the site's servlets.
     *
     * @param server   the server being built
     * @param settings base URI (for local links) and the dataset's title, description, publisher and licence
     * @param dataset  the store (union default graph); the site only reads it
     * @param dumps    the dump folder, listed on the landing page (served by the server at {@code /dumps/})
     * @param index    the text index, for {@code /search}
     */
    public static void install(PolicyLodServer.Builder server, Settings settings, Dataset dataset, Path dumps,
                               TextIndex index) {
        requireNonNull(server, "server");
        requireNonNull(settings, "settings");
        requireNonNull(dataset, "dataset");
        requireNonNull(dumps, "dumps");
        requireNonNull(index, "index");
        SiteTemplates templates = new SiteTemplates();
        server.servlet("", new LandingPage(templates, settings, dataset, dumps))
              .servlet("/index.html", new LandingPage(templates, settings, dataset, dumps))
              .servlet("/search", new SearchPage(templates, new LocalLinks(settings.base()), dataset, index))
              .servlet("/query", new QueryPage(templates, settings.base()))
              .servlet("/queries/*", new QueryFiles());
    }
}
