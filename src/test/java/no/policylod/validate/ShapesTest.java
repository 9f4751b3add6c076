package no.policylod.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SHACL shapes ({@code ontology/shapes.ttl}) against hand-written data graphs in {@code src/test/resources/shapes/}.
 * Each data graph is validated with the ontology merged in, as the pipeline does, so that sh:targetClass and sh:class
 * follow rdfs:subClassOf.
 */
class ShapesTest {

    static final String ONTOLOGY = "/policylod/ontology/policy-lod.ttl";
    static final String SHAPES = "/policylod/ontology/shapes.ttl";
    static final String EX = "https://data.example.org/";

    private static Graph ontology;
    private static Graph shapesGraph;
    private static Shapes shapes;

    @BeforeAll
    static void load() throws IOException {
        ontology = read(ONTOLOGY);
        shapesGraph = read(SHAPES);
        shapes = Shapes.parse(shapesGraph);
    }

    @Test
    void shapesParseIntoOneShapePerKindOfResource() {
        assertEquals(4, shapes.numRootShapes(), "Document, BudgetAmount, Ministry and Snapshot shapes");
        assertTrue(shapesGraph.contains(NodeFactory.createURI(PL.SHAPES_IRI), RDF.type.asNode(), OWL2.Ontology.asNode()),
                "the shapes graph names itself <" + PL.SHAPES_IRI + ">");
    }

    @Test
    void everyPropertyShapeHasAnEnglishMessage() {
        Model m = ModelFactory.createModelForGraph(shapesGraph);
        Set<String> silent = new TreeSet<>();
        m.listSubjectsWithProperty(SHACLM.path).forEach(shape -> {
            boolean english = m.listObjectsOfProperty(shape, SHACLM.message).toList().stream()
                    .anyMatch(msg -> msg.isLiteral() && msg.asLiteral().getLanguage().equals("en"));
            if (!english) {
                silent.add(shape.toString());
            }
        });
        assertEquals(Set.of(), silent, "property shapes without an sh:message in English");
    }

    @Test
    void shapesUseOnlyTermsOfTheOntology() {
        Set<String> known = plConstants();
        Set<String> unknown = new TreeSet<>();
        shapesGraph.find().forEach(t -> addIfUnknown(t, known, unknown));
        assertEquals(Set.of(), unknown, "pl: terms in shapes.ttl that PL.java and the ontology lack");
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid.ttl", "article-and-kind.ttl"})
    void wellFormedDataConformsWithoutAnyResult(String file) throws IOException {
        ValidationReport report = validate(file);
        assertTrue(report.conforms(), () -> file + " does not conform:\n" + describe(report.getEntries()));
        assertEquals(List.of(), describe(report.getEntries()).lines().toList(), file + " has warnings");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "title-tagged-no.ttl,         id1000001,          http://purl.org/dc/terms/title",
        "amount-without-currency.ttl, id1000001-amount-1, https://schema.org/currency",
        "currency-kroner.ttl,         id1000001-amount-1, https://schema.org/currency",
        "negative-value.ttl,          id1000001-amount-1, https://schema.org/value",
        "issued-plain-string.ttl,     id1000001,          http://purl.org/dc/terms/issued",
        "publisher-not-ministry.ttl,  id1000001,          http://purl.org/dc/terms/publisher",
        "snapshot-without-source.ttl, snapshot-1,         http://www.w3.org/ns/prov#wasDerivedFrom",
    })
    void eachDefectIsExactlyOneViolation(String file, String focus, String path) throws IOException {
        ValidationReport report = validate(file);
        List<ReportEntry> violations = withSeverity(report, Severity.Violation);
        assertEquals(1, violations.size(), () -> file + ": expected one violation, got\n" + describe(report.getEntries()));
        assertResult(violations.get(0), focus, path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "two-issued-dates.ttl, id1000001, http://purl.org/dc/terms/issued",
        "two-kinds.ttl,        id1000001, http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    })
    void eachConflictIsExactlyOneWarningAndNoViolation(String file, String focus, String path) throws IOException {
        ValidationReport report = validate(file);
        assertEquals(List.of(), withSeverity(report, Severity.Violation), file + " has violations");
        List<ReportEntry> warnings = withSeverity(report, Severity.Warning);
        assertEquals(1, warnings.size(), () -> file + ": expected one warning, got\n" + describe(report.getEntries()));
        assertResult(warnings.get(0), focus, path);
    }

    private static void assertResult(ReportEntry entry, String focus, String path) {
        assertEquals(NodeFactory.createURI(EX + focus), entry.focusNode(), () -> "focus node of " + describe(List.of(entry)));
        assertEquals(PathFactory.pathLink(NodeFactory.createURI(path)), entry.resultPath(),
                () -> "path of " + describe(List.of(entry)));
        assertNotNull(entry.message(), "result without a message");
        assertFalse(entry.message().isBlank(), "result with a blank message");
    }

    /** Validates a fixture as the pipeline does: the fixture's triples plus the ontology's, against the shapes. */
    private static ValidationReport validate(String fixture) throws IOException {
        Graph data = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(data, ontology);
        GraphUtil.addInto(data, read("/shapes/" + fixture));
        return ShaclValidator.get().validate(shapes, data);
    }

    private static List<ReportEntry> withSeverity(ValidationReport report, Severity severity) {
        return report.getEntries().stream().filter(e -> e.severity().equals(severity)).toList();
    }

    private static String describe(java.util.Collection<ReportEntry> entries) {
        return entries.stream()
                .map(e -> e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + ": "
                        + e.message())
                .collect(Collectors.joining("\n"));
    }

    private static Graph read(String classpathResource) throws IOException {
        try (InputStream in = ShapesTest.class.getResourceAsStream(classpathResource)) {
            assertNotNull(in, classpathResource + " is not on the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        }
    }

    private static void addIfUnknown(Triple t, Set<String> known, Set<String> unknown) {
        for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
            if (n.isURI() && n.getURI().startsWith(PL.NS) && !known.contains(n.getURI())) {
                unknown.add(n.getURI());
            }
        }
    }

    private static Set<String> plConstants() {
        Set<String> uris = new TreeSet<>();
        for (Field f : PL.class.getFields()) {
            if (Resource.class.isAssignableFrom(f.getType())) {
                uris.add(((RDFNode) constant(f)).asResource().getURI());
            }
        }
        return uris;
    }

    private static Object constant(Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read PL." + f.getName(), e);
        }
    }
}
