package no.policylod.release;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

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

    private static final String SNAPSHOTS = """
            PREFIX pl:      <https://w3id.org/policy-lod/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            SELECT ?g (SAMPLE(?f) AS ?file) (SAMPLE(?src) AS ?source) (MAX(?t) AS ?generated) (MAX(?d) AS ?notBefore)
            WHERE {
              GRAPH ?g {
                ?g a pl:Snapshot .
                FILTER EXISTS { ?resource ?p ?o }
                OPTIONAL { ?g pl:fileName ?f }
                OPTIONAL { ?g prov:wasDerivedFrom ?src }
                OPTIONAL { ?g prov:generatedAtTime ?t }
                OPTIONAL { ?g pl:lists ?listed . ?listed dcterms:issued ?d }
              }
            }
            GROUP BY ?g
            """;

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
        return Txn.calculateRead(dataset, () -> {
            List<State> bare = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(SNAPSHOTS)
                    .substitution("resource", dataset.getDefaultModel().asRDFNode(resource)).build()) {
                qe.execSelect().forEachRemaining(row -> bare.add(bareState(dataset, row, resource)));
            }
            bare.sort(ORDER);
            return withChanges(bare);
        });
    }

    /** The states of a resource in a dataset graph (the linked-data pages hold one), oldest first. */
    public static List<State> of(org.apache.jena.sparql.core.DatasetGraph dsg, Node resource) {
        return of(org.apache.jena.query.DatasetFactory.wrap(dsg), resource);
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

    private static State bareState(Dataset dataset, QuerySolution row, Node resource) {
        Node graph = row.getResource("g").asNode();
        String generated = lexical(row.get("generated"));
        String notBefore = lexical(row.get("notBefore"));
        TimeBasis basis = generated != null ? TimeBasis.GENERATED
                : notBefore != null ? TimeBasis.NOT_BEFORE : TimeBasis.UNKNOWN;
        List<Triple> triples = new ArrayList<>();
        dataset.asDatasetGraph().find(graph, resource, Node.ANY, Node.ANY)
                .forEachRemaining(q -> triples.add(q.asTriple()));
        triples.sort(Comparator.comparing(NodeFmtLib::str));
        RDFNode source = row.get("source");
        return new State(graph, lexical(row.get("file")), source == null ? null : source.asNode(),
                generated != null ? generated : notBefore, basis, List.copyOf(triples), List.of(), List.of());
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

    private static String lexical(RDFNode node) {
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
