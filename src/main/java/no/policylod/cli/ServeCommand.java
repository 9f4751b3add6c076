package no.policylod.cli;

import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ld.LinkedData;
import no.policylod.store.Store;
import picocli.CommandLine.Command;

/** {@code policy-lod serve}: the SPARQL endpoint, the query UI and the dumps, until stopped. */
@Command(name = "serve", description = "Serve the store over HTTP (SPARQL, query UI, dumps) until stopped.")
final class ServeCommand extends PipelineCommand {

    @Override
    public Integer call() {
        Settings settings = settings();
        try (Store store = Store.open(settings.store())) {
            serve(settings, store, out());
        }
        return Main.OK;
    }

    /** Starts the server over the store, prints where it is, and blocks until the process is stopped. */
    static void serve(Settings settings, Store store, java.io.PrintWriter out) {
        PolicyLodServer.Builder builder = PolicyLodServer.builder().settings(settings).dataset(store.dataset())
                .dumps(settings.dumps());
        LinkedData.install(builder, settings, store.dataset());
        try (PolicyLodServer server = builder.build().start()) {
            out.println("serving " + store.directory() + " at " + server.baseUrl());
            out.println("  SPARQL endpoint: " + server.sparqlEndpoint());
            out.println("  query UI:        " + server.baseUrl().resolve("ui/"));
            out.println("  dumps:           " + server.baseUrl().resolve("dumps/"));
            out.println("press Ctrl-C to stop");
            out.flush();
            server.join();
        }
    }
}
