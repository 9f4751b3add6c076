package no.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import no.policylod.store.GraphStore;
import no.policylod.store.RemoteEndpoint;
import no.policylod.store.RemoteStore;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code policy-lod load INPUT... [--endpoint URL]}: validates and loads into the TDB2 store, or into any SPARQL
 * store over the Graph Store Protocol, replacing graphs of the same name.
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Validate and load RDF files (or pages, "
        + "converted on the way) into the store, or into a SPARQL store with --endpoint.")
final class LoadCommand extends PipelineCommand {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "RDF files from convert, or pages/folders.")
    List<Path> inputs;

    @Mixin
    RemoteOptions remote;

    @Override
    public Integer call() {
        var settings = settings();
        RemoteEndpoint endpoint = remote.endpoint(System.getenv());
        Pipeline pipeline = pipeline(settings);
        int rejected;
        GraphStore.LoadReport report;
        if (endpoint != null) {
            try (RemoteStore store = RemoteStore.connect(endpoint, line -> err().println("policy-lod: " + line));
                 Pipeline.Staged staged = pipeline.stage(inputs, true)) {
                rejected = pipeline.validate(staged);
                pipeline.addOntology(staged);
                report = pipeline.load(store, staged, () -> { });
            }
        } else {
            try (Store store = Store.open(settings.store());
                 TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
                try (Pipeline.Staged staged = pipeline.stage(inputs, true, store, pipeline.ledger(store))) {
                    rejected = pipeline.validate(staged);
                    pipeline.addOntology(staged);
                    report = pipeline.load(store, index, staged);
                }
                pipeline.index(store, index);
            }
        }
        printTimings(pipeline);
        boolean failed = rejected > 0 || pipeline.hadErrors() || !report.mismatches().isEmpty();
        return failed ? Main.DATA_PROBLEMS : Main.OK;
    }
}
