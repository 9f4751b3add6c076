package no.policylod.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import no.policylod.bench.CorpusGenerator;
import no.policylod.bench.Summary;
import no.policylod.source.ProblemSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code policy-lod generate --pages N --seed S --out DIR [--from DIR...]}: a benchmark corpus of N pages recombined
 * from real ones, the same bytes for the same sources, N and seed; {@code convert} and {@code publish} read it as is.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a benchmark corpus: N realistic pages recombined from real page extracts "
                + "(the same for the same seed), in sub-folders with sources.json.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--pages", required = true, paramLabel = "N",
            description = "Page files to write (later snapshots included).")
    int pages;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: 1).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "A new or empty folder.")
    Path out;

    @Option(names = "--from", arity = "1..*", paramLabel = "DIR", defaultValue = "data",
            description = "Source pages: folders with sources.json, or files (default: data).")
    List<Path> from;

    @Option(names = "--per-folder", paramLabel = "N", defaultValue = "10000",
            description = "Pages a sub-folder holds, at most 10000 (default: 10000).")
    int perFolder;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Path source : from) {
            if (out.toAbsolutePath().normalize().startsWith(source.toAbsolutePath().normalize())) {
                throw new Main.UsageException("--out " + out + " is inside the source folder " + source
                        + ": generated pages would be read as sources; write them elsewhere");
            }
        }
        ProblemSink.Collecting problems = ProblemSink.collecting();
        Summary summary;
        try {
            CorpusGenerator generator = CorpusGenerator.fromSources(from, problems);
            problems.all().forEach(p -> spec.commandLine().getErr().println(p));
            summary = generator.generate(new CorpusGenerator.Request(pages, seed, out, perFolder));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        } catch (IOException e) {
            spec.commandLine().getErr().println("policy-lod: cannot write " + out + ": " + e.getMessage());
            return Main.DATA_PROBLEMS;
        }
        spec.commandLine().getOut().println(summary.line());
        return problems.errors() > 0 ? Main.DATA_PROBLEMS : Main.OK;
    }
}
