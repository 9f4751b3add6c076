package no.policylod.cli;

import java.net.URI;
import java.nio.file.Path;
import no.policylod.config.Settings;
import no.policylod.config.SettingsLoader;
import picocli.CommandLine.Option;

/** Options every command shares; each overrides the same setting of the config file. */
final class CommonOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "JSON settings file (see README).")
    Path config;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ./store).")
    Path store;

    @Option(names = "--dumps", paramLabel = "DIR", description = "Dumps folder (default: ./dumps).")
    Path dumps;

    @Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 3030; 0 picks a free port, printed at start).")
    Integer port;

    @Option(names = "--base-uri", paramLabel = "URI",
            description = "Base of every minted URI (default: https://w3id.org/policy-lod).")
    URI baseUri;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "Where the server is reached from outside, for download, endpoint, feed and catalogue links "
                    + "(default: the base URI).")
    URI publicUrl;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads converting pages (default: all cores); the output is the same for any N.")
    Integer threads;

    @Option(names = "--timings", description = "Print the wall time of each stage on the error stream at the end.")
    boolean timings;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces and loader progress.")
    boolean verbose;

    /** The threads to convert pages on: {@code --threads}, else every core. */
    int threads() {
        if (threads != null && threads < 1) {
            throw new Main.UsageException("--threads " + threads + ": give 1 or more");
        }
        return threads == null ? no.policylod.convert.ParallelConverter.allCores() : threads;
    }

    /** The settings: defaults, then the config file, then these flags. */
    Settings settings() {
        Settings s = config == null ? Settings.defaults() : SettingsLoader.load(config);
        try {
            if (store != null) {
                s = s.withStore(store);
            }
            if (dumps != null) {
                s = s.withDumps(dumps);
            }
            if (port != null) {
                s = s.withPort(port);
            }
            if (baseUri != null) {
                s = s.withBaseUri(baseUri);
            }
            if (publicUrl != null) {
                s = s.withPublicUrl(publicUrl);
            }
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        return s;
    }
}
