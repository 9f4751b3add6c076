package no.policylod.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The describer looks resources up in the store's indexes; these tests hold it to the SPARQL queries it replaced,
 * for every IRI of the 65-page corpus: the same page of inbound links in the same order, the same snapshots newest
 * first with their source, time and file, the same amounts in the same order.
 */
class DescriberLookupTest {

    private static final String PREFIXES = """
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX pl: <https://w3id.org/policy-lod/ontology#>
            """;
    private static final String INBOUND = PREFIXES
            + "SELECT ?s ?p WHERE { ?s ?p %s } ORDER BY ?p ?s LIMIT %d OFFSET %d";
    private static final String SNAPSHOTS = PREFIXES + """
            SELECT ?g ?source ?time ?file WHERE {
              { SELECT DISTINCT ?g WHERE { GRAPH ?g { %s ?p ?o } } }
              OPTIONAL { ?g prov:wasDerivedFrom ?source }
              OPTIONAL { ?g prov:generatedAtTime ?time }
              OPTIONAL { ?g pl:fileName ?file }
            } ORDER BY DESC(?time) ?g LIMIT %d""";
    private static final String AMOUNTS = PREFIXES + "SELECT ?a WHERE { ?a pl:statedIn %s } ORDER BY ?a LIMIT %d";

    private static Store store;
    private static Describer describer;

    @BeforeAll
    static void build() {
        store = Fixtures.store(Fixtures.tempDir("describer-lookup"), "corpus/pages");
        describer = new Describer(store.dataset().asDatasetGraph(), Duration.ofSeconds(30));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyIriIsDescribedAsTheQueriesDefine() {
        Set<Node> iris = iris(store.dataset());
        int paged = 0;
        int withSnapshots = 0;
        int withAmounts = 0;
        for (Node iri : iris) {
            Description d = describer.describe(iri, 1);
            String nt = NodeFmtLib.strNT(iri);
            assertEquals(inbound(nt, 1), d.inbound(), "inbound of " + iri);
            if (d.moreInbound()) {
                paged++;
                assertEquals(inbound(nt, 2), describer.describe(iri, 2).inbound(), "page 2 of " + iri);
            }
            assertEquals(rows(SNAPSHOTS.formatted(nt, Describer.MAX_SNAPSHOTS), "g", "source", "time", "file"),
                    d.snapshots().stream().map(s -> List.of(text(s.graph()), text(s.source()), text(s.time()),
                            text(s.fileName()))).toList(), "snapshots of " + iri);
            assertEquals(rows(AMOUNTS.formatted(nt, Describer.MAX_AMOUNTS), "a"),
                    d.amounts().keySet().stream().map(a -> List.of(text(a))).toList(), "amounts of " + iri);
            withSnapshots += d.snapshots().size() > 1 ? 1 : 0;
            withAmounts += d.amounts().isEmpty() ? 0 : 1;
        }
        assertTrue(paged > 0 && withSnapshots > 0 && withAmounts > 0,
                "paged " + paged + ", several snapshots " + withSnapshots + ", amounts " + withAmounts);
    }

    private static List<Triple> inbound(String nt, int page) {
        String query = INBOUND.formatted(nt, Describer.PAGE_SIZE + 1, (page - 1) * Describer.PAGE_SIZE);
        List<Triple> triples = new ArrayList<>();
        Node object = org.apache.jena.riot.system.RiotLib.parse(nt);
        for (QuerySolution row : select(query)) {
            triples.add(Triple.create(row.get("s").asNode(), row.get("p").asNode(), object));
        }
        return triples.size() > Describer.PAGE_SIZE ? triples.subList(0, Describer.PAGE_SIZE) : triples;
    }

    /** The rows of a query, one value list per row; for snapshots, the first row of each graph. */
    private static List<List<String>> rows(String query, String... vars) {
        List<List<String>> rows = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (QuerySolution row : select(query)) {
            List<String> values = new ArrayList<>();
            for (String v : vars) {
                values.add(row.contains(v) ? text(row.get(v).asNode()) : "null");
            }
            if (seen.add(values.get(0))) {
                rows.add(values);
            }
        }
        return rows;
    }

    private static List<QuerySolution> select(String query) {
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                org.apache.jena.query.ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static String text(Node node) {
        return node == null ? "null" : NodeFmtLib.strNT(node);
    }

    private static Set<Node> iris(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            Set<Node> iris = new TreeSet<>(Comparator.comparing(Node::toString));
            dataset.asDatasetGraph().find().forEachRemaining((Quad q) -> {
                if (q.getSubject().isURI()) {
                    iris.add(q.getSubject());
                }
                if (q.getObject().isURI()) {
                    iris.add(q.getObject());
                }
            });
            return iris;
        });
    }
}
