package no.policylod.cli;

import no.policylod.store.Store;
import picocli.CommandLine.Command;

/** {@code policy-lod dump}: writes a release of the store when its data changed since the latest release. */
@Command(name = "dump", mixinStandardHelpOptions = true, description = "Write a release of the store: dumps in every format, catalogue, VoID, change feed.")
final class DumpCommand extends PipelineCommand {

    @Override
    public Integer call() {
        var settings = settings();
        Pipeline pipeline = pipeline(settings);
        try (Store store = existingStore(settings)) {
            pipeline.recover();
            pipeline.release(store);
        }
        printTimings(pipeline);
        return Main.OK;
    }
}
