package no.policylod.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;

/**
 * Compares RDF as graphs (isomorphism), graph by graph, and on failure prints what differs:
 * "triples not expected" and "expected, not found".
 *
 * <pre>
 * GraphAssert.assertIsomorphic(expectedDataset, actualDataset);
 * </pre>
 */
public final class GraphAssert {

    private GraphAssert() {
    }

    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        Set<Node> names = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        expected.listGraphNodes().forEachRemaining(names::add);
        actual.listGraphNodes().forEachRemaining(names::add);
        List<String> report = new ArrayList<>();
        compare("default graph", expected.getDefaultGraph(), actual.getDefaultGraph(), report);
        for (Node name : names) {
            compare("graph " + NodeFmtLib.strNT(name), expected.getGraph(name), actual.getGraph(name), report);
        }
        if (!report.isEmpty()) {
            fail("datasets differ:\n" + String.join("\n", report));
        }
    }

    public static void assertIsomorphic(Graph expected, Graph actual) {
        List<String> report = new ArrayList<>();
        compare("graph", expected, actual, report);
        if (!report.isEmpty()) {
            fail("graphs differ:\n" + String.join("\n", report));
        }
    }

    private static void compare(String label, Graph expected, Graph actual, List<String> report) {
        if (IsoMatcher.isomorphic(expected, actual)) {
            return;
        }
        report.add(label + ":");
        List<String> extra = new ArrayList<>();
        actual.find().filterDrop(expected::contains).forEachRemaining(t -> extra.add("  + " + NodeFmtLib.strNT(t)));
        List<String> missing = new ArrayList<>();
        expected.find().filterDrop(actual::contains).forEachRemaining(t -> missing.add("  - " + NodeFmtLib.strNT(t)));
        extra.sort(null);
        missing.sort(null);
        if (!extra.isEmpty()) {
            report.add(" triples not expected:");
            report.addAll(extra);
        }
        if (!missing.isEmpty()) {
            report.add(" expected, not found:");
            report.addAll(missing);
        }
    }
}
