package no.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.policylod.testing.ExternalProcess;
import no.policylod.testing.Fixtures;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;

/**
 * Python rdflib (Debian python3-rdflib, run with {@code /usr/bin/python3}) as a second SPARQL 1.1 engine, sharing no
 * code with Jena. The data is handed over as N-Quads and loaded into an rdflib {@code Dataset} whose default graph is
 * the union of the named graphs, as in our store; one process runs every query and writes each answer as SPARQL
 * JSON results, or the error it gave.
 *
 * <pre>
 * RdflibSparql.requireInstalled();                     // skips locally when missing, fails when CI=true
 * Map&lt;String, RdflibSparql.Outcome&gt; answers = RdflibSparql.run(store.dataset(), Map.of("q", "SELECT ..."));
 * answers.get("q").answer();                           // null when rdflib failed: see error()
 * </pre>
 */
final class RdflibSparql {

    private static final String SCRIPT = """
            import os, sys, rdflib
            data, out, names = sys.argv[1], sys.argv[2], sys.argv[3:]
            dataset = rdflib.Dataset(default_union=True)
            dataset.parse(data, format='nquads')
            for name in names:
                try:
                    with open(os.path.join(out, name + '.rq'), encoding='utf-8') as f:
                        result = dataset.query(f.read())
                    with open(os.path.join(out, name + '.srj'), 'wb') as f:
                        f.write(result.serialize(format='json'))
                except Exception as e:
                    with open(os.path.join(out, name + '.err'), 'w', encoding='utf-8') as f:
                        f.write(type(e).__name__ + ': ' + str(e))
            """;

    private RdflibSparql() {
    }

    /** What rdflib made of one query: its answer, or the error it raised. */
    record Outcome(Answer answer, String error) {
    }

    static void requireInstalled() {
        ExternalProcess.require(ExternalProcess.rdflibInstalled(),
                "rdflib for /usr/bin/python3 (apt-get install python3-rdflib)");
    }

    /** Runs each query (name to text) on rdflib over the dataset's named graphs. */
    static Map<String, Outcome> run(Dataset dataset, Map<String, String> queries) {
        try {
            Path folder = Fixtures.tempDir("rdflib");
            Path data = folder.resolve("data.nq");
            try (OutputStream out = Files.newOutputStream(data)) {
                Txn.executeRead(dataset, () -> RDFDataMgr.write(out, dataset, Lang.NQUADS));
            }
            for (Map.Entry<String, String> q : queries.entrySet()) {
                Files.writeString(folder.resolve(q.getKey() + ".rq"), q.getValue());
            }
            List<String> command = new ArrayList<>(List.of(ExternalProcess.PYTHON.toString(), "-c", SCRIPT,
                    data.toString(), folder.toString()));
            command.addAll(queries.keySet());
            ExternalProcess.Result r = ExternalProcess.run(command);
            assertEquals(0, r.exit(), "rdflib could not load " + data + ":\n" + r.err());
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            queries.forEach((name, text) -> outcomes.put(name, outcome(folder, name, text)));
            delete(folder);
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static Outcome outcome(Path folder, String name, String text) {
        try {
            Path error = folder.resolve(name + ".err");
            if (Files.exists(error)) {
                return new Outcome(null, Files.readString(error));
            }
            ResultSet results = ResultSetMgr.read(folder.resolve(name + ".srj").toString(), ResultSetLang.RS_JSON);
            return new Outcome(Answer.of(results, Answer.groupConcats(QueryFactory.create(text))), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
