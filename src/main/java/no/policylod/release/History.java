package no.policylod.release;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Time travel: a resource as each page snapshot described it, oldest first, with what changed from one snapshot to
 * the next; and the resource as of a date.
 *
 * <pre>
 * List&lt;History.State&gt; states = History.of(dataset, NodeFactory.createURI(base + "/id/topic/id1111"));
 * states.get(1).added();      // triples about the resource in this snapshot and not in the one before
 * Optional&lt;History.State&gt; then = History.at(states, History.parseDate("2024-10-01"));
 * Graph g = then.get().graph();
 * </pre>
 *
 * <p>A state is one snapshot graph in which the resource is the subject of at least one triple. Its time is the
 * snapshot's {@code prov:generatedAtTime} when {@code sources.json} gave one ({@link TimeBasis#GENERATED});
 * otherwise an estimate, the newest {@code dcterms:issued} among the documents the snapshot lists: the page cannot be
 * older than what it lists ({@link TimeBasis#NOT_BEFORE}); otherwise unknown. States are ordered as
 * {@code queries/topic-changes-between-snapshots.rq} orders snapshots: undated first, then by the time as written
 * (date-times and dates compare by their text), then by snapshot IRI. {@link #at} picks the last state whose date is
 * on or before the day asked for, an undated state counting as older than every dated one.
 */
public final class History {

    /** Oldest first: undated, then by time as written, then by snapshot IRI. */
    private static final Comparator<State> ORDER = Comparator
            .comparing((State s) -> s.basis() != TimeBasis.UNKNOWN)
            .thenComparing(s -> s.time() == null ? "" : s.time())
            .thenComparing(s -> s.snapshot().getURI());

    /** Where a state's time comes from. */
    public enum TimeBasis {
        /** The snapshot's {@code prov:generatedAtTime}. */
        GENERATED,
        /** Estimated: the newest {@code dcterms:issued} of what the snapshot lists; the snapshot is no older. */
        NOT_BEFORE,
        /** Neither is known. */
        UNKNOWN
    }

    /**
     * The resource as one snapshot described it.
     *
     * @param snapshot the snapshot, which is also the name of its graph
     * @param fileName the file the snapshot was read from, or null
     * @param source   the page's URL or the {@code ni:} name of the file's bytes, or null
     * @param time     the time as written ({@code xsd:dateTime} or {@code xsd:date} lexical form), or null
     * @param basis    where the time comes from
     * @param triples  every triple with the resource as subject in the snapshot, in N-Triples order
     * @param added    triples here and not in the state before (all of them in the first state)
     * @param removed  triples in the state before and not here
     */
    public record State(Node snapshot, String fileName, Node source, String time, TimeBasis basis,
                        List<Triple> triples, List<Triple> added, List<Triple> removed) {
        /** The day of the state's time, as written (no time-zone shift), when known. */
        public Optional<LocalDate> date() {
            return time == null ? Optional.empty() : Optional.of(LocalDate.parse(time.substring(0, 10)));
        }

        /** The triples as a graph. */
        public Graph graph() {
            Graph g = GraphFactory.createDefaultGraph();
            triples.forEach(g::add);
            return g;
        }

        /** Whether the description differs from the state before. */
        public boolean changed() {
            return !added.isEmpty() || !removed.isEmpty();
        }
    }

    private History() {
    }

    /** The states of a resource, oldest first; empty when no snapshot describes it. Runs in a read transaction. */
    public static List<State> of(Dataset dataset, Node resource) {
        return of(dataset.asDatasetGraph(), resource);
    }

    /**
     * The states of a resource in a dataset graph (the linked-data pages hold one), oldest first. Only the graphs
     * the resource is a subject in are read: one index scan finds them and their triples, then each graph's own
     * facts are looked up with the graph named.
     */
    public static List<State> of(DatasetGraph dsg, Node resource) {
        return Txn.calculateRead(dsg, () -> {
            List<State> bare = new ArrayList<>();
            triplesByGraph(dsg, resource).forEach((graph, triples) -> {
                if (graph.isURI() && dsg.contains(graph, graph, RDF.type.asNode(), PL.Snapshot.asNode())) {
                    bare.add(bareState(dsg, graph, triples));
                }
            });
            bare.sort(ORDER);
            return withChanges(bare);
        });
    }

    /** The resource as of a day: the last state dated on or before it (undated states count as oldest). */
    public static Optional<State> at(List<State> states, LocalDate day) {
        State found = null;
        for (State s : states) {
            if (s.date().map(d -> !d.isAfter(day)).orElse(true)) {
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The resource in a dataset as of a day. */
    public static Optional<State> at(Dataset dataset, Node resource, LocalDate day) {
        return at(of(dataset, resource), day);
    }

    /**
     * The value of an {@code ?at=} parameter: a day as {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message for the user, e.g. for a 400 answer
     */
    public static LocalDate parseDate(String at) {
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("at=" + at
                    + " is not a date: write it as YYYY-MM-DD, e.g. at=2024-10-01");
        }
    }

    /** The resource's triples in each named graph it is a subject in. */
    private static Map<Node, List<Triple>> triplesByGraph(DatasetGraph dsg, Node resource) {
        Map<Node, List<Triple>> byGraph = new LinkedHashMap<>();
        Iterator<Quad> it = dsg.find(Node.ANY, resource, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph() && !q.isUnionGraph()) {
                    byGraph.computeIfAbsent(q.getGraph(), g -> new ArrayList<>()).add(q.asTriple());
                }
            }
        } finally {
            Iter.close(it);
        }
        return byGraph;
    }

    /**
     * A state without its changes. Its facts are those the snapshot graph states about itself, as SPARQL would
     * aggregate them: one file name and source, the greatest generation time and the greatest {@code dcterms:issued}
     * of what it lists (compared as SPARQL's MAX compares).
     */
    private static State bareState(DatasetGraph dsg, Node graph, List<Triple> found) {
        String generated = lexical(max(objects(dsg, graph, graph, Prov.generatedAtTime.asNode())));
        List<Node> issued = new ArrayList<>();
        for (Node listed : objects(dsg, graph, graph, PL.lists.asNode())) {
            issued.addAll(objects(dsg, graph, listed, DCTerms.issued.asNode()));
        }
        String notBefore = lexical(max(issued));
        TimeBasis basis = generated != null ? TimeBasis.GENERATED
                : notBefore != null ? TimeBasis.NOT_BEFORE : TimeBasis.UNKNOWN;
        List<Triple> triples = new ArrayList<>(found);
        triples.sort(Comparator.comparing(NodeFmtLib::str));
        return new State(graph, lexical(first(objects(dsg, graph, graph, PL.fileName.asNode()))),
                first(objects(dsg, graph, graph, Prov.wasDerivedFrom.asNode())),
                generated != null ? generated : notBefore, basis, List.copyOf(triples), List.of(), List.of());
    }

    private static List<Node> objects(DatasetGraph dsg, Node graph, Node subject, Node property) {
        List<Node> objects = new ArrayList<>();
        Iterator<Quad> it = dsg.find(graph, subject, property, Node.ANY);
        try {
            it.forEachRemaining(q -> objects.add(q.getObject()));
        } finally {
            Iter.close(it);
        }
        return objects;
    }

    private static Node first(List<Node> nodes) {
        return nodes.isEmpty() ? null : nodes.get(0);
    }

    /** The greatest node in SPARQL's MAX order ({@link NodeValue#compareAlways}), or null. */
    private static Node max(List<Node> nodes) {
        NodeValue max = null;
        for (Node n : nodes) {
            NodeValue v = NodeValue.makeNode(n);
            if (max == null || NodeValue.compareAlways(max, v) < 0) {
                max = v;
            }
        }
        return max == null ? null : max.asNode();
    }

    private static List<State> withChanges(List<State> ordered) {
        List<State> states = new ArrayList<>();
        List<Triple> previous = null;
        for (State s : ordered) {
            Set<Triple> before = previous == null ? Set.of() : new HashSet<>(previous);
            Set<Triple> now = new HashSet<>(s.triples());
            List<Triple> removed = previous == null ? List.of()
                    : previous.stream().filter(t -> !now.contains(t)).toList();
            states.add(new State(s.snapshot(), s.fileName(), s.source(), s.time(), s.basis(), s.triples(),
                    s.triples().stream().filter(t -> !before.contains(t)).toList(), removed));
            previous = s.triples();
        }
        return List.copyOf(states);
    }

    private static String lexical(Node node) {
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
