package no.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import no.policylod.dump.CanonicalRdf;
import no.policylod.vocab.Namespaces;
import org.apache.jena.riot.RDFFormat;
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
        Pipeline.Staged staged = pipeline.stage(inputs);
        var prefixes = Namespaces.prefixes(settings.base());
        pipeline.times().start("write");
        if (outFile.equals("-")) {
            var stdout = new java.io.ByteArrayOutputStream();
            CanonicalRdf.write(staged.data(), prefixes, RDFFormat.NQUADS_UTF8, stdout);
            out().print(stdout.toString(java.nio.charset.StandardCharsets.UTF_8));
            out().flush();
        } else {
            CanonicalRdf.write(staged.data(), prefixes, Path.of(outFile));
            out().println("converted " + pipeline.describe(staged) + " -> " + outFile);
        }
        printTimings(pipeline);
        return pipeline.hadErrors() ? Main.DATA_PROBLEMS : Main.OK;
    }
}
