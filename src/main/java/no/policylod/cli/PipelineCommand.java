package no.policylod.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import no.policylod.config.Settings;
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

    Pipeline pipeline(Settings settings) {
        return new Pipeline(settings, out(), err(), options.verbose);
    }
}
