package no.policylod.serve.ld;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import no.policylod.release.History;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;

/**
 * Reads descriptions of resources and named graphs from the store, each in one read transaction, by looking the
 * resource up in the store's indexes (no SPARQL to parse per page), with bounded results only: inbound links come a
 * page at a time, ordered as {@code ORDER BY ?p ?s} orders them, keeping only the links up to the page while reading,
 * so a topic listed by thousands of documents is never sorted whole; snapshots, amounts and own triples are capped
 * too. A resource's
 * history ({@link History}) gives its earlier descriptions: {@link #asOf} describes it as one snapshot stated it.
 *
 * <pre>
 * Describer describer = new Describer(dataset.asDatasetGraph(), Duration.ofSeconds(30));
 * if (describer.exists(iri)) {
 *     Description d = describer.describe(iri, 1);
 *     List&lt;History.State&gt; states = describer.history(iri);
 *     Description then = describer.asOf(iri, states.get(0));
 * }
 * </pre>
 */
public final class Describer {

    /** Inbound links per page. */
    public static final int PAGE_SIZE = 100;
    /** The last page of inbound links one may ask for (100,000 links). */
    public static final int MAX_PAGE = 1000;
    static final int MAX_SNAPSHOTS = 200;
    static final int MAX_AMOUNTS = 500;
    static final int MAX_OWN = 20_000;
    static final int MAX_GRAPH_SUBJECTS = 1000;
    /** The properties whose values label a resource, in the order they are preferred. */
    static final List<Node> LABEL_PROPERTIES = List.of(SKOS.prefLabel.asNode(), DCTerms.title.asNode(),
            RDFS.label.asNode());

    private static final String PREFIXES = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX pl: <https://w3id.org/policy-lod/ontology#>
            """;
    private static final String NEWEST = PREFIXES
            + "SELECT (MAX(?t) AS ?newest) WHERE { ?g a pl:Snapshot ; prov:generatedAtTime ?t }";

    private final DatasetGraph dataset;
    private final Duration timeout;

    public Describer(DatasetGraph dataset, Duration timeout) {
        this.dataset = dataset;
        this.timeout = timeout;
    }

    /** Whether the resource is the subject or the object of any triple in any named graph. */
    public boolean exists(Node resource) {
        return Txn.calculateRead(dataset, () -> union().contains(resource, Node.ANY, Node.ANY)
                || union().contains(Node.ANY, Node.ANY, resource));
    }

    /** Whether a named graph of that name exists. */
    public boolean graphExists(Node graph) {
        return Txn.calculateRead(dataset, () -> dataset.containsGraph(graph) && !dataset.getGraph(graph).isEmpty());
    }

    /** The description of a resource with page {@code page} (from 1) of its inbound links. */
    public Description describe(Node resource, int page) {
        return Txn.calculateRead(dataset, () -> {
            List<Triple> own = sorted(find(union(), resource, Node.ANY, Node.ANY, MAX_OWN));
            List<Triple> inbound = inbound(resource, page);
            boolean more = inbound.size() > PAGE_SIZE;
            List<Triple> shown = more ? inbound.subList(0, PAGE_SIZE) : inbound;
            return new Description(resource, own, labels(linked(own, shown)), List.copyOf(shown), page, more,
                    snapshots(resource), amounts(resource));
        });
    }

    /** The snapshots the resource appears in, oldest first, with what changed between them ({@link History#of}). */
    public List<History.State> history(Node resource) {
        return History.of(dataset, resource);
    }

    /**
     * The resource as one snapshot stated it: that state's triples, the labels of what they link to (as the store
     * has them now), no inbound links or amounts, and the one snapshot with its provenance.
     */
    public Description asOf(Node resource, History.State state) {
        return Txn.calculateRead(dataset, () -> {
            Node g = state.snapshot();
            Description.Snapshot snapshot = snapshot(g, object(g, Prov.wasDerivedFrom.asNode()),
                    object(g, Prov.generatedAtTime.asNode()), object(g, PL.fileName.asNode()));
            return new Description(resource, sorted(state.triples()), labels(linked(state.triples(), List.of())),
                    List.of(), 1, false, List.of(snapshot), Map.of());
        });
    }

    /** The label triples of some resources (those a page shows beside a description, such as changed values). */
    public List<Triple> labelsOf(Collection<Node> nodes) {
        return Txn.calculateRead(dataset, () -> labels(new LinkedHashSet<>(nodes)));
    }

    /**
     * What names the resources that have no label: the text of budget amounts and the source, time and file of
     * page snapshots ({@link Labels#NAMING_PROPERTIES}), one value each.
     */
    public List<Triple> namesOf(Collection<Node> nodes) {
        return Txn.calculateRead(dataset, () -> {
            List<Triple> names = new ArrayList<>();
            for (Node node : new LinkedHashSet<>(nodes)) {
                if (node.isURI()) {
                    Labels.NAMING_PROPERTIES.forEach(p -> names.addAll(find(union(), node, p, Node.ANY, 1)));
                }
            }
            return sorted(names);
        });
    }

    /** Which snapshot graphs state each of the resource's own triples (at most {@value #MAX_OWN} statements). */
    public Map<Triple, List<Node>> statedIn(Node resource) {
        return Txn.calculateRead(dataset, () -> {
            Map<Triple, List<Node>> graphs = new LinkedHashMap<>();
            Iterator<Quad> it = dataset.find(Node.ANY, resource, Node.ANY, Node.ANY);
            try {
                for (int n = 0; it.hasNext() && n < MAX_OWN; n++) {
                    Quad q = it.next();
                    if (!q.isDefaultGraph() && !q.isUnionGraph()) {
                        graphs.computeIfAbsent(q.asTriple(), t -> new ArrayList<>()).add(q.getGraph());
                    }
                }
            } finally {
                Iter.close(it);
            }
            return graphs;
        });
    }

    /** A named graph's triples, sorted. */
    public List<Triple> graphContent(Node graph) {
        return Txn.calculateRead(dataset, () -> sorted(find(dataset.getGraph(graph), Node.ANY, Node.ANY, Node.ANY,
                Integer.MAX_VALUE)));
    }

    /** Up to {@value #MAX_GRAPH_SUBJECTS} subjects of a named graph, sorted, with the triples that label them. */
    public GraphSubjects graphSubjects(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> subjects = new TreeSet<>(Comparator.comparing(NodeFmtLib::strNT));
            Iterator<Triple> it = dataset.getGraph(graph).find();
            while (it.hasNext() && subjects.size() < MAX_GRAPH_SUBJECTS) {
                subjects.add(it.next().getSubject());
            }
            return new GraphSubjects(List.copyOf(subjects), labels(subjects));
        });
    }

    /** The subjects of a graph and their label triples. */
    public record GraphSubjects(List<Node> subjects, List<Triple> labels) {
    }

    /** The newest {@code prov:generatedAtTime} of any snapshot in the store: the fallback Last-Modified. */
    public Optional<Instant> newestSnapshot() {
        return Txn.calculateRead(dataset, () -> select(NEWEST).stream().map(b -> b.get("newest"))
                .filter(n -> n != null).findFirst().flatMap(Literals::instant));
    }

    /**
     * One page of inbound links (and one more, to tell whether a next page exists), ordered by property, then
     * subject, as SPARQL's {@code ORDER BY ?p ?s} orders them. Only the links up to the end of the page are kept
     * while the store's links are read, so a topic listed by thousands of documents is never sorted whole.
     */
    private List<Triple> inbound(Node resource, int page) {
        int keep = page * PAGE_SIZE + 1;
        Comparator<Link> order = Comparator.comparing(Link::p, NodeValue::compareAlways)
                .thenComparing(Link::s, NodeValue::compareAlways);
        PriorityQueue<Link> first = new PriorityQueue<>(order.reversed());
        Iterator<Triple> it = union().find(Node.ANY, Node.ANY, resource);
        try {
            while (it.hasNext()) {
                Link link = Link.of(it.next());
                if (first.size() < keep) {
                    first.add(link);
                } else if (order.compare(link, first.peek()) < 0) {
                    first.poll();
                    first.add(link);
                }
            }
        } finally {
            Iter.close(it);
        }
        List<Link> sorted = new ArrayList<>(first);
        sorted.sort(order);
        return sorted.stream().skip((long) (page - 1) * PAGE_SIZE).map(Link::triple).toList();
    }

    /** An inbound link with its subject and property as SPARQL compares them. */
    private record Link(Triple triple, NodeValue s, NodeValue p) {
        static Link of(Triple t) {
            return new Link(t, NodeValue.makeNode(t.getSubject()), NodeValue.makeNode(t.getPredicate()));
        }
    }

    /**
     * The snapshot graphs the resource is a subject in, newest first (by {@code prov:generatedAtTime}, graphs
     * without one last, then by graph IRI), at most {@value #MAX_SNAPSHOTS}, each with its source, time and file
     * as the store states them.
     */
    private List<Description.Snapshot> snapshots(Node resource) {
        Set<Node> graphs = new LinkedHashSet<>();
        Iterator<Quad> it = dataset.find(Node.ANY, resource, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.isDefaultGraph() && !q.isUnionGraph()) {
                    graphs.add(q.getGraph());
                }
            }
        } finally {
            Iter.close(it);
        }
        List<Dated> dated = new ArrayList<>();
        for (Node g : graphs) {
            NodeValue time = null;
            for (Triple t : find(union(), g, Prov.generatedAtTime.asNode(), Node.ANY, MAX_OWN)) {
                NodeValue v = NodeValue.makeNode(t.getObject());
                time = time == null || NodeValue.compareAlways(time, v) < 0 ? v : time;
            }
            dated.add(new Dated(g, NodeValue.makeNode(g), time));
        }
        dated.sort(Comparator.comparing(Dated::time, Comparator.nullsLast(
                        Comparator.<NodeValue, NodeValue>comparing(v -> v, NodeValue::compareAlways).reversed()))
                .thenComparing(Dated::name, NodeValue::compareAlways));
        List<Description.Snapshot> snapshots = new ArrayList<>();
        for (Dated d : dated.subList(0, Math.min(dated.size(), MAX_SNAPSHOTS))) {
            snapshots.add(snapshot(d.graph(), object(d.graph(), Prov.wasDerivedFrom.asNode()),
                    d.time() == null ? null : d.time().asNode(), object(d.graph(), PL.fileName.asNode())));
        }
        return List.copyOf(snapshots);
    }

    /** A snapshot graph with its name and newest time as SPARQL compares them. */
    private record Dated(Node graph, NodeValue name, NodeValue time) {
    }

    /** A snapshot with its facts: what the store says about the graph, except the (long) list of what it lists. */
    private Description.Snapshot snapshot(Node g, Node source, Node time, Node file) {
        return new Description.Snapshot(g, source, time, file, sorted(find(union(), g, Node.ANY, Node.ANY, MAX_OWN)
                .stream().filter(t -> !t.getPredicate().equals(PL.lists.asNode())).toList()));
    }

    /** One object of a subject and property in any graph, or null. */
    private Node object(Node subject, Node property) {
        return find(union(), subject, property, Node.ANY, 1).stream().map(Triple::getObject).findFirst()
                .orElse(null);
    }

    /** The amounts stated in the resource, in SPARQL's order of their IRIs, at most {@value #MAX_AMOUNTS}. */
    private Map<Node, List<Triple>> amounts(Node resource) {
        List<Node> stated = new ArrayList<>(new LinkedHashSet<>(find(union(), Node.ANY, PL.statedIn.asNode(), resource,
                Integer.MAX_VALUE).stream().map(Triple::getSubject).toList()));
        stated.sort(Comparator.comparing(NodeValue::makeNode, NodeValue::compareAlways));
        Map<Node, List<Triple>> amounts = new LinkedHashMap<>();
        for (Node amount : stated.subList(0, Math.min(stated.size(), MAX_AMOUNTS))) {
            amounts.put(amount, sorted(find(union(), amount, Node.ANY, Node.ANY, 100)));
        }
        return amounts;
    }

    /** The IRIs the triples link to (objects of own triples, subjects of inbound ones). */
    private static Set<Node> linked(List<Triple> own, List<Triple> inbound) {
        Set<Node> nodes = new LinkedHashSet<>();
        own.stream().map(Triple::getObject).filter(Node::isURI).forEach(nodes::add);
        inbound.stream().map(Triple::getSubject).filter(Node::isURI).forEach(nodes::add);
        return nodes;
    }

    private List<Triple> labels(Set<Node> nodes) {
        List<Triple> labels = new ArrayList<>();
        for (Node node : nodes) {
            LABEL_PROPERTIES.forEach(p -> labels.addAll(find(union(), node, p, Node.ANY, 100)));
        }
        return sorted(labels);
    }

    private List<Binding> select(String query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build()) {
            RowSet rowSet = exec.select();
            rowSet.forEachRemaining((Consumer<Binding>) rows::add);
        }
        return rows;
    }

    private Graph union() {
        return dataset.getUnionGraph();
    }

    private static List<Triple> find(Graph graph, Node s, Node p, Node o, int limit) {
        List<Triple> triples = new ArrayList<>();
        Iterator<Triple> it = graph.find(s, p, o);
        try {
            while (it.hasNext() && triples.size() < limit) {
                triples.add(it.next());
            }
        } finally {
            Iter.close(it);
        }
        return triples;
    }

    /** Triples in N-Triples order, duplicates dropped: the same data always gives the same list. */
    static List<Triple> sorted(List<Triple> triples) {
        List<Map.Entry<String, Triple>> keyed = new ArrayList<>();
        for (Triple t : new LinkedHashSet<>(triples)) {
            keyed.add(Map.entry(key(t), t));
        }
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    static String key(Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject());
    }
}
