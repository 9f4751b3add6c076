package no.policylod.cli;

import no.policylod.store.Store;
import picocli.CommandLine.Command;

/** {@code policy-lod dump}: writes the store's dumps and their checksums. */
@Command(name = "dump", description = "Write the dumps (gzipped N-Quads, TriG) and their SHA-256 files.")
final class DumpCommand extends PipelineCommand {

    @Override
    public Integer call() {
        var settings = settings();
        try (Store store = Store.open(settings.store())) {
            pipeline(settings).dump(store);
        }
        return Main.OK;
    }
}
