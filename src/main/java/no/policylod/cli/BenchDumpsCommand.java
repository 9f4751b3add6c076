package no.policylod.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.policylod.bench.DumpTimes;
import no.policylod.format.Format;
import no.policylod.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code policy-lod bench-dumps --store DIR --out DIR}: for {@code bench/run}, writes every dump format of the
 * store into a scratch folder and prints one line per format: {@code dump EXT BYTES SECONDS}, after
 * {@code canonical QUADS SECONDS} for the sort they share.
 */
@Command(name = "bench-dumps", hidden = true, mixinStandardHelpOptions = true,
        description = "Time each dump format of the store (for bench/run).")
final class BenchDumpsCommand extends PipelineCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Scratch folder for the dumps.")
    Path outDir;

    @Option(names = "--format", paramLabel = "EXT", split = ",",
            description = "Dump file endings to write: nq.gz, nt.gz, ttl, trig, jsonld (default: all).")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        var settings = settings();
        Files.createDirectories(outDir);
        DumpTimes.Report report;
        try (Store store = existingStore(settings)) {
            report = DumpTimes.measure(store.dataset(), outDir, settings.base(), formats());
        }
        out().println(String.format(Locale.ROOT, "canonical %d %.3f", report.quads(), report.canonicalSeconds()));
        for (DumpTimes.Dump d : report.dumps()) {
            out().println(String.format(Locale.ROOT, "dump %s %d %.3f",
                    d.format().dump().orElseThrow().extension(), d.bytes(), d.seconds()));
        }
        out().flush();
        return Main.OK;
    }

    private List<Format> formats() {
        if (formats == null) {
            return Format.dumps();
        }
        List<Format> chosen = new ArrayList<>();
        for (String ext : formats) {
            chosen.add(Format.dumps().stream().filter(f -> f.dump().orElseThrow().extension().equals(ext)).findFirst()
                    .orElseThrow(() -> new Main.UsageException("--format " + ext + ": not a dump (nq.gz, nt.gz, "
                            + "ttl, trig, jsonld)")));
        }
        return chosen;
    }
}
