package no.policylod.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policy-lod query FILE}: runs a SPARQL query file against the store and prints the results. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run a SPARQL query file (e.g. from queries/) against the store.")
final class QueryCommand extends PipelineCommand {

    /** Output formats of SELECT results. */
    enum Format { text, csv, tsv, json }

    @Parameters(paramLabel = "FILE", description = "A SPARQL query file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv, tsv or json.")
    Format format = Format.text;

    @Override
    public Integer call() {
        Query query = parse(file);
        var settings = settings();
        try (Store store = existingStore(settings);
             TextIndex index = TextIndex.open(TextIndex.folderFor(settings.store()))) {
            Dataset dataset = index.wrap(store.dataset());
            Txn.executeRead(dataset, () -> run(query, dataset));
        }
        return Main.OK;
    }

    private void run(Query query, Dataset dataset) {
        var stdout = new java.io.ByteArrayOutputStream();
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            if (query.isSelectType()) {
                var rs = qe.execSelect();
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(stdout, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(stdout, rs);
                    case json -> ResultSetFormatter.outputAsJSON(stdout, rs);
                    default -> ResultSetFormatter.out(stdout, rs, query);
                }
            } else if (query.isAskType()) {
                out().println(qe.execAsk() ? "yes" : "no");
            } else {
                RDFDataMgr.write(stdout, query.isConstructType() ? qe.execConstruct() : qe.execDescribe(),
                        Lang.TURTLE);
            }
        }
        out().print(stdout.toString(java.nio.charset.StandardCharsets.UTF_8));
        out().flush();
    }

    static Query parse(Path file) {
        try {
            return QueryFactory.create(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new Main.UsageException(file + ": no such query file");
        } catch (IOException e) {
            throw new Main.UsageException(file + ": cannot read: " + e.getMessage());
        } catch (QueryParseException e) {
            String message = e.getMessage().lines().findFirst().orElse("");
            var at = java.util.regex.Pattern.compile(" at line (\\d+), column (\\d+)\\.?").matcher(message);
            String where = at.find() ? at.group(1) + ":" + at.group(2) : e.getLine() + ":" + e.getColumn();
            throw new Main.UsageException(file + ":" + where + ": SPARQL syntax error: "
                    + message.replaceAll(" at line \\d+, column \\d+\\.?", "").strip());
        }
    }
}
