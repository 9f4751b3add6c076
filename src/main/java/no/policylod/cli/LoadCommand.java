package no.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code policy-lod load INPUT...}: validates and loads into the TDB2 store, replacing graphs of the same name. */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Validate and load RDF files (or pages, converted on the way) into the store.")
final class LoadCommand extends PipelineCommand {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "RDF files from convert, or pages/folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        var settings = settings();
        Pipeline pipeline = pipeline(settings);
        int rejected;
        try (Store store = Store.open(settings.store());
             TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
            try (Pipeline.Staged staged = pipeline.stage(inputs, true, store, pipeline.ledger(store))) {
                rejected = pipeline.validate(staged);
                pipeline.addOntology(staged);
                pipeline.load(store, index, staged);
            }
            pipeline.index(store, index);
        }
        printTimings(pipeline);
        return rejected > 0 || pipeline.hadErrors() ? Main.DATA_PROBLEMS : Main.OK;
    }
}
