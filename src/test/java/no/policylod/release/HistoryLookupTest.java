package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link History#of} reads only the graphs a resource is a subject in; these tests hold it to the definition it
 * replaced: one SPARQL query over every snapshot graph (a graph that types itself {@code pl:Snapshot} and has the
 * resource as a subject), with the snapshot's file, source, newest generation time and newest issued date of what it
 * lists. For every subject of the fixture store (three snapshots of one topic page among the seed pages), the states,
 * their order, times, sources and triples are the same.
 */
class HistoryLookupTest {

    /** The query History.of ran before it looked the graphs up by the resource. */
    private static final String DEFINITION = """
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

    private static Store store;

    @BeforeAll
    static void build() {
        store = Fixtures.store(Fixtures.tempDir("history-lookup"), "pages/seeds", "pages/topic-with-url");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everySubjectHasTheStatesTheQueryDefines() {
        Set<Node> subjects = subjects(store.dataset());
        assertTrue(subjects.size() > 30, "the fixture has many subjects: " + subjects.size());
        int withSeveral = 0;
        for (Node subject : subjects) {
            List<History.State> states = History.of(store.dataset(), subject);
            assertEquals(byDefinition(store.dataset(), subject), states.stream().map(HistoryLookupTest::facts).toList(),
                    subject.toString());
            withSeveral += states.size() > 1 ? 1 : 0;
        }
        assertTrue(withSeveral > 0, "some subject has several snapshots");
    }

    @Test
    void aResourceInNoSnapshotHasNoStates() {
        assertEquals(List.of(), History.of(store.dataset(),
                org.apache.jena.graph.NodeFactory.createURI(Fixtures.BASE + "/id/topic/none")));
    }

    /** A state's facts and triples as text, in the order of the states. */
    private static String facts(History.State s) {
        return String.join(" | ", s.snapshot().getURI(), String.valueOf(s.fileName()), String.valueOf(s.source()),
                String.valueOf(s.time()), s.basis().name(), s.triples().toString());
    }

    private static List<String> byDefinition(Dataset dataset, Node resource) {
        return Txn.calculateRead(dataset, () -> {
            List<History.State> bare = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(DEFINITION)
                    .substitution("resource", dataset.getDefaultModel().asRDFNode(resource)).build()) {
                qe.execSelect().forEachRemaining(row -> bare.add(state(dataset, row, resource)));
            }
            bare.sort(Comparator.comparing((History.State s) -> s.basis() != History.TimeBasis.UNKNOWN)
                    .thenComparing(s -> s.time() == null ? "" : s.time())
                    .thenComparing(s -> s.snapshot().getURI()));
            return bare.stream().map(HistoryLookupTest::facts).toList();
        });
    }

    private static History.State state(Dataset dataset, QuerySolution row, Node resource) {
        Node graph = row.getResource("g").asNode();
        String generated = lexical(row.get("generated"));
        String notBefore = lexical(row.get("notBefore"));
        History.TimeBasis basis = generated != null ? History.TimeBasis.GENERATED
                : notBefore != null ? History.TimeBasis.NOT_BEFORE : History.TimeBasis.UNKNOWN;
        List<org.apache.jena.graph.Triple> triples = new ArrayList<>();
        dataset.asDatasetGraph().find(graph, resource, Node.ANY, Node.ANY)
                .forEachRemaining(q -> triples.add(q.asTriple()));
        triples.sort(Comparator.comparing(NodeFmtLib::str));
        RDFNode source = row.get("source");
        return new History.State(graph, lexical(row.get("file")), source == null ? null : source.asNode(),
                generated != null ? generated : notBefore, basis, List.copyOf(triples), List.of(), List.of());
    }

    private static Set<Node> subjects(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> subjects = new TreeSet<>(Comparator.comparing(Node::toString));
            dataset.asDatasetGraph().find().forEachRemaining((Quad q) -> {
                if (q.getSubject().isURI()) {
                    subjects.add(q.getSubject());
                }
            });
            return subjects;
        });
    }

    private static String lexical(RDFNode node) {
        return node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }
}
