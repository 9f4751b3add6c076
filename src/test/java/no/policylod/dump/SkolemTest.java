package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

/** Skolem IRIs named by structure: the same data read twice (new blank-node labels) gets the same IRIs. */
class SkolemTest {

    private static final String BASE = "https://example.org/base";
    private static final String TWO_SHAPES = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX ex: <https://example.org/>
            ex:A sh:property [ sh:path ex:p ; sh:minCount 1 ] , [ sh:path ex:q ; sh:in ( ex:x ex:y ) ] .
            ex:B sh:property [ sh:path ex:p ; sh:minCount 1 ] .
            ex:C ex:twins [ ex:v 1 ] , [ ex:v 1 ] .
            """;

    @Test
    void theSameStructureReadTwiceGetsTheSameIris() {
        assertEquals(CanonicalRdf.skolemized(read(TWO_SHAPES), BASE), CanonicalRdf.skolemized(read(TWO_SHAPES), BASE));
        DatasetGraph first = ontologyAndShapes();
        DatasetGraph second = ontologyAndShapes();
        assertEquals(CanonicalRdf.skolemized(first, BASE), CanonicalRdf.skolemized(second, BASE));
    }

    @Test
    void everyBlankNodeGetsItsOwnIriAndNoQuadIsLost() {
        DatasetGraph data = read(TWO_SHAPES);
        Map<Node, Node> iris = Skolem.iris(data, BASE);
        long blanks = data.stream().flatMap(q -> java.util.stream.Stream.of(q.getSubject(), q.getObject()))
                .filter(Node::isBlank).distinct().count();
        assertEquals(blanks, iris.size());
        assertEquals(blanks, Set.copyOf(iris.values()).size(), "no two blank nodes share an IRI, not even twins");
        List<Quad> skolemized = CanonicalRdf.skolemized(data, BASE);
        assertEquals(data.stream().count(), skolemized.size());
        assertTrue(skolemized.stream().noneMatch(q -> q.getSubject().isBlank() || q.getObject().isBlank()));
        assertTrue(iris.values().stream().allMatch(n -> n.getURI().startsWith(BASE + "/.well-known/genid/")));
    }

    @Test
    void theSameShapeUnderTwoParentsGetsTwoIris() {
        DatasetGraph data = read(TWO_SHAPES);
        Map<Node, Node> iris = Skolem.iris(data, BASE);
        Map<String, Node> byParent = data.stream()
                .filter(q -> q.getPredicate().getURI().endsWith("#property") && q.getObject().isBlank())
                .filter(q -> data.contains(Node.ANY, q.getObject(),
                        NodeFactory.createURI("http://www.w3.org/ns/shacl#minCount"), Node.ANY))
                .collect(Collectors.toMap(q -> q.getSubject().getURI(), q -> iris.get(q.getObject())));
        assertEquals(Set.of("https://example.org/A", "https://example.org/B"), byParent.keySet());
        assertNotEquals(byParent.get("https://example.org/A"), byParent.get("https://example.org/B"));
    }

    @Test
    void dataWithoutBlankNodesIsUnchanged() {
        DatasetGraph data = read("<https://example.org/s> <https://example.org/p> \"o\" .");
        assertEquals(Map.of(), Skolem.iris(data, BASE));
        assertEquals(CanonicalRdf.sorted(data), CanonicalRdf.skolemized(data, BASE));
    }

    private static DatasetGraph read(String turtle) {
        DatasetGraph d = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI("https://example.org/g");
        RDFParser.fromString(turtle, Lang.TURTLE).toGraph().find().forEachRemaining(t -> d.add(Quad.create(g, t)));
        return d;
    }

    private static DatasetGraph ontologyAndShapes() {
        DatasetGraph d = DatasetGraphFactory.create();
        Ontology.ontology().find().forEachRemaining(t -> d.add(Quad.create(NodeFactory.createURI(PL.ONTOLOGY_IRI), t)));
        Ontology.shapes().find().forEachRemaining(t -> d.add(Quad.create(NodeFactory.createURI(PL.SHAPES_IRI), t)));
        return d;
    }
}
