package no.policylod.queries;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * What a SELECT query answered, in a form two SPARQL engines can be compared by: its variables in order, and its
 * rows as a sorted list (a multiset), each value written so that equal values are equal text. Numbers are written
 * by value ({@code 3600000000}, whether the engine gave {@code "3.6E9"^^xsd:double} or
 * {@code "3600000000.0"^^xsd:decimal}), language tags in lower case, blank nodes as {@code _:} (their labels are
 * the engine's own), unbound as {@code UNDEF}.
 *
 * <pre>
 * Answer jena = Answer.of(queryExecution.execSelect());
 * Answer other = Answer.of(ResultSetMgr.read(file, ResultSetLang.RS_JSON));
 * assertEquals(jena, other);
 * </pre>
 */
record Answer(List<String> vars, List<String> rows) {

    Answer {
        vars = List.copyOf(vars);
        rows = rows.stream().sorted().toList();
    }

    /** Reads the whole result set. */
    static Answer of(ResultSet results) {
        List<String> vars = results.getResultVars();
        List<String> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(row(vars, results.nextBinding()));
        }
        return new Answer(vars, rows);
    }

    private static String row(List<String> vars, Binding binding) {
        return vars.stream().map(v -> v + "=" + value(binding.get(v))).collect(Collectors.joining("  "));
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
