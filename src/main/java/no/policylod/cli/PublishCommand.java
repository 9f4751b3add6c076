package no.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import no.policylod.config.Settings;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policy-lod publish [INPUT...]}: convert, validate, load, dump, then serve. */
@Command(name = "publish", mixinStandardHelpOptions = true, description = "Convert, validate, load and dump, then serve (unless --no-serve).")
final class PublishCommand extends PipelineCommand {

    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Pages or folders (default: data/).")
    List<Path> inputs;

    @Option(names = "--no-serve", description = "Stop after writing the dumps.")
    boolean noServe;

    @Option(names = "--fetch", paramLabel = "URL",
            description = "Fetch this page first into the first input folder (default data/); repeatable.")
    List<String> fetch = new java.util.ArrayList<>();

    @Option(names = "--fetch-list", paramLabel = "FILE", description = "Fetch the URLs of this file (one a line) first.")
    Path fetchList;

    @Override
    public Integer call() {
        Settings settings = settings();
        List<Path> from = inputs == null || inputs.isEmpty() ? List.of(Path.of("data")) : inputs;
        boolean fetchFailed = !fetch.isEmpty() || fetchList != null ? fetchInto(settings, from.get(0)) : false;
        Pipeline pipeline = pipeline(settings);
        boolean problems;
        try (Store store = Store.open(settings.store());
             TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
            pipeline.recover();
            try (Pipeline.Staged staged = pipeline.stage(from, true, store, pipeline.ledger(store))) {
                out().println("converted " + pipeline.describe(staged));
                int rejected = pipeline.validate(staged);
                pipeline.addOntology(staged);
                problems = rejected > 0 || pipeline.hadErrors() || fetchFailed;
                pipeline.load(store, index, staged);
            }
            pipeline.indexAndRelease(store, index);
            printTimings(pipeline);
            out().printf("%d errors, %d warnings%n", pipeline.problems().errors(), pipeline.problems().warnings());
            out().flush();
            if (!noServe && problems) {
                out().println("not serving: fix the problems above and publish again, or serve what was loaded "
                        + "with 'policy-lod serve'");
            } else if (!noServe) {
                ServeCommand.serve(settings, store, index, out());
            }
        }
        return problems ? Main.DATA_PROBLEMS : Main.OK;
    }

    /** Fetches the --fetch pages into the folder; whether any failed (the others are published all the same). */
    private boolean fetchInto(Settings settings, Path folder) {
        if (java.nio.file.Files.exists(folder) && !java.nio.file.Files.isDirectory(folder)) {
            throw new Main.UsageException("--fetch: the first input " + folder + " is not a folder to fetch into");
        }
        return FetchCommand.fetch(settings, folder, fetch, fetchList, List.of(), 0, 1, java.util.Optional.empty(),
                out(), err());
    }
}
