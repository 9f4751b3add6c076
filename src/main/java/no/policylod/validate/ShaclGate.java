package no.policylod.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.policylod.vocab.Ontology;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Checks converted data against the project's SHACL shapes, one snapshot graph at a time, so that a page with bad
 * data is held back without holding back the others.
 *
 * <pre>
 * ShaclGate gate = new ShaclGate();
 * List&lt;Finding&gt; findings = gate.check(stagedDataset, snapshotGraphName, referenceGraphNames);
 * ShaclGate withReference = new ShaclGate(ministriesGraph);          // reference data merged once
 * List&lt;Finding&gt; same = withReference.check(pageGraph, snapshotGraphName);   // thread-safe
 * </pre>
 *
 * Each graph is validated together with the reference graphs and the ontology (so that {@code sh:class pl:Document}
 * sees the subclass axioms).
 */
public final class ShaclGate {

    /** One result of validation, in the words an analyst reads. */
    public record Finding(boolean violation, Node graph, String focusNode, String path, String message) {
        /** Focus node, path and message on one line, as the CLI prints it after the file name. */
        public String describe() {
            return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }

        @Override
        public String toString() {
            return (violation ? "violation" : "warning") + ": " + describe();
        }
    }

    private final Shapes shapes = Shapes.parse(Ontology.shapes());
    private final Graph background;

    /** A gate that validates with the ontology alongside. */
    public ShaclGate() {
        this(GraphFactory.createDefaultGraph());
    }

    /**
     * A gate that validates with the ontology and the given reference data (the ministries) alongside, merged once.
     * A gate can be used from several threads at once.
     */
    public ShaclGate(Graph reference) {
        Graph merged = GraphFactory.createDefaultGraph();
        Ontology.ontology().find().forEachRemaining(merged::add);
        reference.find().forEachRemaining(merged::add);
        this.background = merged;
    }

    /**
     * Validates one named graph of the dataset, with the given reference graphs alongside.
     *
     * @return the findings, violations first, in a stable order
     */
    public List<Finding> check(DatasetGraph data, Node graphName, List<Node> referenceGraphs) {
        Graph merged = GraphFactory.createDefaultGraph();
        background.find().forEachRemaining(merged::add);
        referenceGraphs.forEach(g -> data.getGraph(g).find().forEachRemaining(merged::add));
        data.getGraph(graphName).find().forEachRemaining(merged::add);
        return findings(merged, graphName);
    }

    /**
     * Validates one graph with the gate's ontology and reference data alongside (read through, not copied).
     *
     * @return the findings, violations first, in a stable order
     */
    public List<Finding> check(Graph graph, Node graphName) {
        return findings(new org.apache.jena.graph.compose.Union(graph, background), graphName);
    }

    private List<Finding> findings(Graph merged, Node graphName) {
        ValidationReport report = ShaclValidator.get().validate(shapes, merged);
        List<Finding> findings = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            findings.add(new Finding(e.severity() == Severity.Violation, graphName, FmtUtils.stringForNode(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(), e.message()));
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.violation()).thenComparing(Finding::focusNode)
                .thenComparing(Finding::path).thenComparing(Finding::message));
        return findings;
    }
}
