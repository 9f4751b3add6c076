package no.policylod.cli;

import java.net.URI;
import java.time.Duration;
import no.policylod.config.Settings;
import no.policylod.replica.Follower;
import no.policylod.replica.Mirror;
import no.policylod.replica.PrimarySite;
import no.policylod.replica.ReplicaStore;
import no.policylod.serve.PolicyLodServer;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code policy-lod replica --follow URL}: a read replica of a primary. Loads the primary's newest full dump into an
 * empty store once, then applies each new release's RDF Patch as it appears in the primary's feed, and serves the
 * same pages and endpoint as {@code serve} over what it holds.
 */
@Command(name = "replica", mixinStandardHelpOptions = true,
        description = "Follow a primary's releases into a store of its own (a full dump once, then each release's "
                + "RDF Patch) and serve it as 'serve' does, until stopped.")
final class ReplicaCommand extends PipelineCommand {

    @Option(names = "--follow", required = true, paramLabel = "URL",
            description = "The primary: its feed (…/feed.atom), its catalogue (…/catalog) or its root.")
    URI follow;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "30",
            description = "Seconds between looks at the primary's feed (default: ${DEFAULT-VALUE}).")
    double interval;

    @Option(names = "--mirror-dumps",
            description = "Also keep each release's data dumps, so /dumps/ serves them too (default: only the "
                    + "manifests, checksums, patches, catalogues and VoID the pages need).")
    boolean mirrorDumps;

    @Option(names = "--no-reload", description = "When a release does not follow the one held, keep serving and "
            + "wait, rather than load the newest full dump.")
    boolean noReload;

    @Override
    public Integer call() {
        Settings settings = settings();
        Duration every = every();
        PrimarySite primary = primary();
        try (Store store = Store.open(settings.store());
             TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
            ReplicaStore replica = new ReplicaStore(store);
            if (replica.holdsOtherData()) {
                throw new Main.UsageException("the store at " + settings.store() + " holds data that no release of "
                        + "a primary put there: a replica needs a store of its own (--store)");
            }
            Follower follower = new Follower(primary, replica, new Mirror(settings.dumps()),
                    new Follower.Options(mirrorDumps, !noReload), new SearchIndexUpkeep(store, index), this::log);
            if (replica.position().isPresent()) {
                log("resuming at release " + replica.position().get().release() + ", following " + primary.base());
            } else {
                log("following " + primary.base() + ": loading its newest release");
                follower.run(every, () -> replica.position().isPresent());
            }
            pipeline(settings).index(store, index);
            try (PolicyLodServer server = ServeCommand.start(settings, store, index, out())) {
                follower.run(every);
            }
        }
        return Main.OK;
    }

    private Duration every() {
        if (!(interval > 0) || interval > 86_400) {
            throw new Main.UsageException("--interval " + interval + ": give seconds between 0 and 86400");
        }
        return Duration.ofMillis(Math.round(interval * 1000));
    }

    private PrimarySite primary() {
        try {
            return PrimarySite.of(follow);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--follow " + follow + ": " + e.getMessage());
        }
    }

    private synchronized void log(String line) {
        out().println(line);
        out().flush();
    }

    /** The search index, marked stale before the store changes and rebuilt after. */
    private final class SearchIndexUpkeep implements Follower.Listener {
        private final Store store;
        private final TextIndex index;

        SearchIndexUpkeep(Store store, TextIndex index) {
            this.store = store;
            this.index = index;
        }

        @Override
        public void beforeWrite() {
            index.markStale();
        }

        @Override
        public void afterWrites(ReplicaStore.Position now) {
            log("indexed " + index.rebuild(store.dataset()) + " texts for search at release " + now.release());
        }
    }
}
