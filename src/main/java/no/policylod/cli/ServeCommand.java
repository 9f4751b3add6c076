package no.policylod.cli;

import java.io.PrintWriter;
import java.net.URI;
import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.release.ReleaseWeb;
import no.policylod.serve.ld.LinkedData;
import no.policylod.serve.site.Crawlers;
import no.policylod.serve.site.SiteModule;
import no.policylod.store.Store;
import no.policylod.store.StoreCheck;
import no.policylod.store.TextIndex;
import picocli.CommandLine.Command;

/**
 * {@code policy-lod serve}: linked-data pages, the landing page, search, SPARQL, the query UI and the dumps; a store
 * that fails its own checks ({@link StoreCheck}) is not served (one line naming the store folder, exit code 1).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the store over HTTP (pages, search, SPARQL, query UI, dumps) until stopped.")
final class ServeCommand extends PipelineCommand {

    @Override
    public Integer call() {
        Settings settings = settings();
        try (Store store = existingStore(settings)) {
            StoreCheck.Report checked = StoreCheck.verify(store);
            out().println("checked " + store.directory() + ": " + checked.quads() + " quads, " + checked.nodes()
                    + " nodes");
            Pipeline pipeline = pipeline(settings);
            pipeline.recover();
            pipeline.unreleasedChanges(store).ifPresent(line -> out().println("note: " + line));
            serve(settings, store);
        }
        return Main.OK;
    }

    /** Indexes the checked store for search if it needs it, and serves it. */
    private void serve(Settings settings, Store store) {
        try (TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
            pipeline(settings).index(store, index);
            serve(settings, store, index, out());
        }
    }

    /** Starts the server over the store, prints where it is, and blocks until the process is stopped. */
    static void serve(Settings settings, Store store, TextIndex index, PrintWriter out) {
        try (PolicyLodServer server = start(settings, store, index, out)) {
            server.join();
        }
    }

    /** Starts the server over the store and prints where it is; it runs on its own threads until closed. */
    static PolicyLodServer start(Settings settings, Store store, TextIndex index, PrintWriter out) {
        PolicyLodServer.Builder builder = PolicyLodServer.builder().settings(settings)
                .dataset(index.wrap(store.dataset())).dumps(settings.dumps());
        builder.module(new LinkedData(settings, store.dataset()));
        builder.module(new SiteModule(settings, store.dataset(), settings.dumps(), index));
        builder.module(new ReleaseWeb(settings, store.dataset()));
        builder.module(new Crawlers(settings, store.dataset()));
        PolicyLodServer server = builder.build().start();
        URI base = server.baseUrl();
        out.println("serving " + store.directory() + " at " + base);
        out.println("  home and search: " + base);
        out.println("  SPARQL endpoint: " + server.sparqlEndpoint());
        out.println("  query editor:    " + base.resolve("query"));
        out.println("  linked data:     " + base.resolve("id/") + "…  (e.g. " + base.resolve("id/topic/id1111") + ")");
        out.println("  ontology:        " + base.resolve("ontology"));
        if (java.nio.file.Files.isRegularFile(settings.dumps().resolve("policy-lod.nq.gz"))) {
            out.println("  dumps:           " + base.resolve("dumps/policy-lod.nq.gz") + " (releases: "
                    + base.resolve("dumps/releases/latest/") + ")");
        } else {
            out.println("  dumps:           none in " + settings.dumps() + " (a replica without --mirror-dumps "
                    + "leaves them to the primary)");
        }
        out.println("  catalogue:       " + base.resolve("catalog") + "  VoID: " + base.resolve(".well-known/void")
                + "  feed: " + base.resolve("feed.atom"));
        out.println("press Ctrl-C to stop");
        out.flush();
        return server;
    }
}
