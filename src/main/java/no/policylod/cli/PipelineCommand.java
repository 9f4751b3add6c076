package no.policylod.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import no.policylod.config.Settings;
import no.policylod.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the common options, the output writers, and a pipeline built from them. */
abstract class PipelineCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Settings settings() {
        return options.settings();
    }

    /** The store of an earlier publish or load; a usage error when there is none, rather than a new empty one. */
    Store existingStore(Settings settings) {
        if (!java.nio.file.Files.isDirectory(settings.store())) {
            throw new Main.UsageException("no store at " + settings.store()
                    + ": run 'policy-lod publish' or 'policy-lod load' first, or give --store");
        }
        return Store.open(settings.store());
    }

    Pipeline pipeline(Settings settings) {
        return new Pipeline(settings, out(), err(), options.verbose, options.threads());
    }

    /** Prints the stage times on the error stream when {@code --timings} asked for them. */
    void printTimings(Pipeline pipeline) {
        if (options.timings) {
            pipeline.times().print(err());
        }
    }
}
