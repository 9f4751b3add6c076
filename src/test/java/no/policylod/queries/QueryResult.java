package no.policylod.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * The rows of one query from {@code queries/}, read from the classpath and run in a read transaction, with every
 * value taken out of the store so the rows outlive the transaction. {@link #toString()} prints all rows, for
 * failure messages.
 *
 * <pre>
 * QueryResult r = QueryResult.run("budget-amounts", store.dataset());
 * r.only("amountText", "NOK 3.6 billion").get("year");   // "2016"
 * </pre>
 */
record QueryResult(String name, List<String> vars, List<Map<String, String>> rows) {

    /** Where the build puts {@code queries/*.rq}. */
    static final String FOLDER = "policylod/queries";

    /** The text of {@code queries/NAME.rq}, from the classpath. */
    static String text(String name) {
        String path = FOLDER + "/" + name + ".rq";
        try (InputStream in = QueryResult.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no query " + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code queries/NAME.rq} runs on any SPARQL 1.1 engine: its header does not say "Jena only". */
    static boolean portable(String name) {
        return !text(name).contains("\n# Jena only:");
    }

    /** Parses {@code queries/NAME.rq}; fails on a syntax error or an undeclared prefix. */
    static Query parse(String name) {
        return QueryFactory.create(text(name));
    }

    /** Runs the SELECT query {@code queries/NAME.rq} on a dataset. */
    static QueryResult run(String name, Dataset dataset) {
        Query query = parse(name);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.create(query, dataset)) {
                ResultSet rs = qe.execSelect();
                List<Map<String, String>> rows = new ArrayList<>();
                while (rs.hasNext()) {
                    rows.add(row(rs.getResultVars(), rs.nextBinding()));
                }
                return new QueryResult(name, List.copyOf(rs.getResultVars()), rows);
            }
        });
    }

    private static Map<String, String> row(List<String> vars, Binding binding) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String v : vars) {
            row.put(v, value(binding.get(v)));
        }
        return row;
    }

    /** A literal's lexical form, an IRI's text, or null when unbound. */
    private static String value(Node node) {
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.isURI() ? node.getURI() : FmtUtils.stringForNode(node);
    }

    int size() {
        return rows.size();
    }

    /** The values of one column, in row order (null for unbound). */
    List<String> column(String var) {
        return rows.stream().map(r -> r.get(var)).toList();
    }

    /** A number column as plain strings ("3600000000.0" becomes "3600000000"). */
    List<String> numbers(String var) {
        return column(var).stream().map(QueryResult::plain).toList();
    }

    /** The rows whose {@code var} equals {@code value}; a number compares by value. */
    List<Map<String, String>> where(String var, String value) {
        return rows.stream().filter(r -> same(r.get(var), value)).toList();
    }

    /** The one row whose {@code var} equals {@code value}; fails, showing all rows, if there is not exactly one. */
    Map<String, String> only(String var, String value) {
        List<Map<String, String>> found = where(var, value);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " rows with " + var + " = " + value + ", expected 1; " + this);
        }
        return found.get(0);
    }

    static String plain(String number) {
        return number == null ? null : new BigDecimal(number).stripTrailingZeros().toPlainString();
    }

    private static boolean same(String actual, String expected) {
        if (Objects.equals(actual, expected)) {
            return true;
        }
        try {
            return actual != null && expected != null && new BigDecimal(actual).compareTo(new BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return name + ".rq returned " + rows.size() + " rows:\n" + rows.stream()
                .map(r -> "  " + r.entrySet().stream().filter(e -> e.getValue() != null)
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
