package no.policylod.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.policylod.dump.AtomicFiles;
import no.policylod.dump.CanonicalRdf;
import no.policylod.vocab.Namespaces;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policy-lod convert INPUT... --out FILE}: pages to RDF, the format following the file's ending. */
@Command(name = "convert", mixinStandardHelpOptions = true, description = "Convert page snapshots (.txt, .html, folders with sources.json) to RDF.")
final class ConvertCommand extends PipelineCommand {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Page files or folders of pages.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
            description = "Output file: .nq, .trig, .ttl, .nt or .jsonld (optionally .gz); '-' for N-Quads on stdout.")
    String outFile;

    @Override
    public Integer call() {
        if (!outFile.equals("-") && CanonicalRdf.formatOf(outFile) == null) {
            throw new Main.UsageException("--out " + outFile + ": unknown RDF file ending "
                    + "(use .nq, .trig, .ttl, .nt or .jsonld, optionally with .gz, or '-')");
        }
        var settings = settings();
        Pipeline pipeline = pipeline(settings);
        try (Pipeline.Staged staged = pipeline.stage(inputs)) {
            var prefixes = Namespaces.prefixes(settings.base());
            pipeline.times().start("write");
            if (outFile.equals("-")) {
                var stdout = new java.io.ByteArrayOutputStream();
                write(staged, prefixes, RDFFormat.NQUADS_UTF8, stdout);
                out().print(stdout.toString(java.nio.charset.StandardCharsets.UTF_8));
                out().flush();
            } else {
                Path file = Path.of(outFile);
                RDFFormat format = CanonicalRdf.formatOf(outFile);
                if (format == RDFFormat.NQUADS_UTF8 || format == RDFFormat.TRIG_BLOCKS) {
                    AtomicFiles.write(file, out -> write(staged, prefixes, format, out));
                } else {
                    List<Quad> all = new ArrayList<>();
                    staged.forEachSorted(all::add);
                    CanonicalRdf.writeSorted(all, prefixes, file);
                }
                out().println("converted " + pipeline.describe(staged) + " -> " + outFile);
            }
        }
        printTimings(pipeline);
        return pipeline.hadErrors() ? Main.DATA_PROBLEMS : Main.OK;
    }

    /** Streams the quad formats (N-Quads, TriG) graph by graph; the others sort the union in memory. */
    private static void write(Pipeline.Staged staged, org.apache.jena.shared.PrefixMapping prefixes, RDFFormat format,
                              java.io.OutputStream out) {
        StreamRDF stream = CanonicalRdf.startStream(out, format, prefixes);
        staged.forEachSorted(stream::quad);
        stream.finish();
    }
}
