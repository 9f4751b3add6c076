package no.policylod.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code policy-lod validate INPUT...}: checks pages or RDF files against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check RDF files, or pages converted on the way, against the shapes.")
final class ValidateCommand extends PipelineCommand {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "RDF files from convert, or pages/folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Pipeline pipeline = pipeline(settings());
        int rejected;
        try (Pipeline.Staged staged = pipeline.stage(inputs, true)) {
            rejected = pipeline.validate(staged);
        }
        return rejected > 0 || pipeline.hadErrors() ? Main.DATA_PROBLEMS : Main.OK;
    }
}
