package no.policylod.queries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * What a SELECT query answered, in a form two SPARQL engines can be compared by: its variables in order, and its
 * rows as a sorted list (a multiset), each value written so that equal values are equal text. Numbers are written
 * by value ({@code 3600000000}, whether the engine gave {@code "3.6E9"^^xsd:double} or
 * {@code "3600000000.0"^^xsd:decimal}), language tags in lower case, blank nodes as {@code _:} (their labels are
 * the engine's own), unbound as {@code UNDEF}. The values a {@code GROUP_CONCAT} joined are sorted, since SPARQL
 * leaves their order to the engine.
 *
 * <pre>
 * Map&lt;String, String&gt; joined = Answer.groupConcats(query);        // {files=" | "}
 * Answer jena = Answer.of(queryExecution.execSelect(), joined);
 * Answer other = Answer.of(ResultSetMgr.read(file, ResultSetLang.RS_JSON), joined);
 * assertEquals(jena, other);
 * </pre>
 */
record Answer(List<String> vars, List<String> rows) {

    Answer {
        vars = List.copyOf(vars);
        rows = rows.stream().sorted().toList();
    }

    /**
     * Reads the whole result set.
     *
     * @param joined the variables bound by a {@code GROUP_CONCAT}, with its separator
     */
    static Answer of(ResultSet results, Map<String, String> joined) {
        List<String> vars = results.getResultVars();
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            Binding binding = results.nextBinding();
            rows.add(vars.stream().map(v -> v + "=" + value(binding.get(v), joined.get(v)))
                    .collect(Collectors.joining("  ")));
        }
        return new Answer(vars, rows);
    }

    /** The variables a query, or any query inside it, binds with {@code GROUP_CONCAT}, and their separators. */
    static Map<String, String> groupConcats(Query query) {
        Map<String, String> separators = new TreeMap<>();
        query.getProject().forEachExpr((var, expr) -> {
            if (expr instanceof ExprAggregator agg) {
                separator(agg.getAggregator()).ifPresent(sep -> separators.put(var.getVarName(), sep));
            }
        });
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery sub) {
                separators.putAll(groupConcats(sub.getQuery()));
            }
        });
        return separators;
    }

    private static Optional<String> separator(Aggregator aggregator) {
        if (aggregator instanceof AggGroupConcat a) {
            return Optional.of(a.getSeparator() == null ? " " : a.getSeparator());
        }
        if (aggregator instanceof AggGroupConcatDistinct d) {
            return Optional.of(d.getSeparator() == null ? " " : d.getSeparator());
        }
        return Optional.empty();
    }

    private static String value(Node node, String separator) {
        if (separator == null || node == null || !node.isLiteral()) {
            return value(node);
        }
        List<String> parts = Arrays.stream(node.getLiteralLexicalForm().split(Pattern.quote(separator), -1))
                .sorted().toList();
        return value(NodeFactory.createLiteralString(String.join(separator, parts)));
    }

    /** One value, written so that two engines' equal values are equal strings. */
    static String value(Node node) {
        if (node == null) {
            return "UNDEF";
        }
        if (node.isURI()) {
            return "<" + node.getURI() + ">";
        }
        if (node.isBlank()) {
            return "_:";
        }
        String quoted = "\"" + node.getLiteralLexicalForm() + "\"";
        if (!node.getLiteralLanguage().isEmpty()) {
            return quoted + "@" + node.getLiteralLanguage().toLowerCase(Locale.ROOT);
        }
        if (XSDDatatype.XSDstring.equals(node.getLiteralDatatype())) {
            return quoted;
        }
        NodeValue nv = NodeValue.makeNode(node);
        if (nv.isNumber()) {
            return number(nv);
        }
        if (nv.isBoolean()) {
            return String.valueOf(nv.getBoolean());
        }
        return quoted + "^^<" + node.getLiteralDatatypeURI() + ">";
    }

    private static String number(NodeValue nv) {
        BigDecimal value = nv.isInteger() ? new BigDecimal(nv.getInteger())
                : nv.isDecimal() ? nv.getDecimal() : BigDecimal.valueOf(nv.getDouble());
        return value.stripTrailingZeros().toPlainString();
    }

    /** The rows of this answer that the other lacks, counted as a multiset. */
    List<String> missingFrom(Answer other) {
        List<String> left = new ArrayList<>(rows);
        other.rows.forEach(left::remove);
        return left;
    }
}
