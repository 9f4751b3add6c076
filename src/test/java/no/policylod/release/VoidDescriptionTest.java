package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VoID statistics of a real release, checked against counts made independently: by walking every quad of the
 * store in Java, and by reading the published VoID file back.
 */
class VoidDescriptionTest {

    private static final String URI_SPACE = Fixtures.BASE + "/id/";

    private static Store store;
    private static Path dumps;
    private static Release release;

    @BeforeAll
    static void release() {
        Path dir = Fixtures.tempDir("void");
        dumps = dir.resolve("dumps");
        store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds", "pages/topic-with-url");
        release = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"))
                .publish(store.dataset()).release();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void statisticsEqualCountsOfTheQuadsThemselves() {
        VoidDescription.Statistics stats = VoidDescription.count(store.dataset(), URI_SPACE);
        Set<Triple> union = new HashSet<>();
        Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find()
                .forEachRemaining(q -> union.add(q.asTriple())));
        Set<Node> subjects = new HashSet<>();
        Set<Node> objects = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        Map<String, Set<Node>> instances = new TreeMap<>();
        Map<String, Long> perProperty = new TreeMap<>();
        for (Triple t : union) {
            subjects.add(t.getSubject());
            objects.add(t.getObject());
            properties.add(t.getPredicate());
            perProperty.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.Nodes.type)) {
                instances.computeIfAbsent(t.getObject().getURI(), k -> new HashSet<>()).add(t.getSubject());
            }
        }
        long entities = subjects.stream().filter(s -> s.isURI() && s.getURI().startsWith(URI_SPACE)).count();
        assertEquals(union.size(), stats.triples(), "void:triples");
        assertEquals(entities, stats.entities(), "void:entities");
        assertEquals(subjects.size(), stats.distinctSubjects(), "void:distinctSubjects");
        assertEquals(objects.size(), stats.distinctObjects(), "void:distinctObjects");
        assertEquals(instances.size(), stats.classes(), "void:classes");
        assertEquals(properties.size(), stats.properties(), "void:properties");
        Map<String, Long> perClass = new TreeMap<>();
        instances.forEach((c, members) -> perClass.put(c, (long) members.size()));
        assertEquals(perClass, stats.classEntities(), "class partitions");
        assertEquals(perProperty, stats.propertyTriples(), "property partitions");
        assertEquals(release.triples(), stats.triples(), "the release's N-Triples dump holds the union");
        assertTrue(stats.vocabularies().contains("https://w3id.org/policy-lod/ontology#"),
                stats.vocabularies().toString());
    }

    @Test
    void thePublishedVoidStatesTheStatisticsAndTheDumps() {
        VoidDescription.Statistics stats = VoidDescription.count(store.dataset(), URI_SPACE);
        Graph published = RDFParser.source(dumps.resolve("void.ttl")).toGraph();
        Model m = ModelFactory.createModelForGraph(published);
        String dataset = ReleaseFixtures.SITE.version(release.name());
        assertEquals(stats.triples(), number(m, dataset, "void:triples"));
        assertEquals(stats.entities(), number(m, dataset, "void:entities"));
        assertEquals(stats.distinctSubjects(), number(m, dataset, "void:distinctSubjects"));
        assertEquals(stats.distinctObjects(), number(m, dataset, "void:distinctObjects"));
        assertEquals(stats.classes(), number(m, dataset, "void:classes"));
        assertEquals(stats.properties(), number(m, dataset, "void:properties"));
        assertEquals(stats.classEntities().get("https://w3id.org/policy-lod/ontology#BudgetAmount"),
                number(m, dataset, "void:classPartition [ void:class pl:BudgetAmount ; void:entities ?n ]"));
        assertEquals(8L, stats.classEntities().get("https://w3id.org/policy-lod/ontology#BudgetAmount"),
                "the 2017 seed states eight amounts");
        List<String> dumpsListed = strings(m, "SELECT ?x WHERE { <" + dataset + "> void:dataDump ?x } ORDER BY ?x");
        assertEquals(release.dumps().stream().map(a -> ReleaseFixtures.SITE.download(release.name(), a.file()))
                .sorted().toList(), dumpsListed);
        assertEquals(List.of(URI_SPACE), strings(m, "SELECT ?x WHERE { <" + dataset + "> void:uriSpace ?x }"));
        assertEquals(List.of(Fixtures.BASE + "/sparql"),
                strings(m, "SELECT ?x WHERE { <" + dataset + "> void:sparqlEndpoint ?x }"));
    }

    private static long number(Model m, String dataset, String path) {
        String query = "PREFIX void: <http://rdfs.org/ns/void#> PREFIX pl: <https://w3id.org/policy-lod/ontology#> "
                + "SELECT ?n WHERE { <" + dataset + "> " + (path.contains("?n") ? path : path + " ?n") + " }";
        try (QueryExecution qe = QueryExecution.model(m).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static List<String> strings(Model m, String select) {
        try (QueryExecution qe = QueryExecution.model(m).query("PREFIX void: <http://rdfs.org/ns/void#> " + select)
                .build()) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(row -> out.add(row.get("x").isLiteral()
                    ? row.getLiteral("x").getLexicalForm() : row.getResource("x").getURI()));
            return out;
        }
    }
}
