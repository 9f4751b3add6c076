package no.policylod.serve.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.graph.GNode;
import org.apache.jena.sparql.util.graph.GraphList;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

import no.policylod.serve.ld.OntologyView.Check;
import no.policylod.serve.ld.OntologyView.Shape;
import no.policylod.serve.ld.OntologyView.Term;
import no.policylod.serve.ld.ResourceView.Value;
import no.policylod.serve.Messages;
import no.policylod.serve.ReaderLanguage;
import no.policylod.vocab.PL;

/**
 * Builds the {@link OntologyView} from the ontology and shapes graphs on the classpath: the documentation is
 * generated from the Turtle, so it cannot drift from it.
 *
 * <pre>
 * OntologyView view = new OntologyViews(prefixes).of(Ontology.ontology(), Ontology.shapes(), reader, formats);
 * </pre>
 */
final class OntologyViews {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final Set<Node> PROPERTY_TYPES = Set.of(OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(), OWL.AnnotationProperty.asNode(), RDF.Property.asNode());

    private final PrefixMapping prefixes;

    OntologyViews(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    OntologyView of(Graph ontology, Graph shapes, ReaderLanguage reader, List<ResourceView.FormatLink> formats) {
        Node iri = NodeFactory.createURI(PL.ONTOLOGY_IRI);
        List<String> order = reader.labelOrder();
        return new OntologyView(reader, literal(ontology, iri, DCTerms.title.asNode(), order),
                literal(ontology, iri, DCTerms.description.asNode(), order), PL.ONTOLOGY_IRI,
                text(ontology, iri, OWL.versionInfo.asNode()), text(ontology, iri, OWL.versionIRI.asNode()),
                terms(ontology, Set.of(OWL.Class.asNode()), "class", reader),
                terms(ontology, PROPERTY_TYPES, "property", reader),
                terms(ontology, Set.of(OWL.NamedIndividual.asNode()), "individual", reader), shapes(shapes, reader),
                formats);
    }

    private List<Term> terms(Graph g, Set<Node> types, String kind, ReaderLanguage reader) {
        return g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> types.contains(t.getObject()) && t.getSubject().isURI()
                        && t.getSubject().getURI().startsWith(PL.NS))
                .map(Triple::getSubject).distinct().sorted(Comparator.comparing(Node::getLocalName))
                .map(term -> term(g, term, kind, reader)).toList();
    }

    private Term term(Graph g, Node term, String kind, ReaderLanguage reader) {
        return new Term(term.getURI().substring(PL.NS.length()), term.getURI(), kind,
                literal(g, term, RDFS.label.asNode(), List.of("en")),
                literal(g, term, RDFS.label.asNode(), List.of("nb")),
                literal(g, term, RDFS.comment.asNode(), List.of("en")),
                literal(g, term, RDFS.comment.asNode(), List.of("nb")),
                values(g, term, RDFS.subClassOf.asNode(), reader), values(g, term, RDFS.domain.asNode(), reader),
                values(g, term, RDFS.range.asNode(), reader));
    }

    private List<Shape> shapes(Graph g, ReaderLanguage reader) {
        Node nodeShape = NodeFactory.createURI(SH + "NodeShape");
        return g.find(Node.ANY, RDF.type.asNode(), nodeShape).toList().stream().map(Triple::getSubject)
                .filter(Node::isURI).sorted(Comparator.comparing(Node::getURI))
                .map(s -> new Shape(localName(s), targets(g, s, reader), checks(g, s, reader))).toList();
    }

    private List<Value> targets(Graph g, Node shape, ReaderLanguage reader) {
        List<Value> targets = new ArrayList<>();
        for (String p : List.of("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode")) {
            targets.addAll(values(g, shape, NodeFactory.createURI(SH + p), reader));
        }
        return targets;
    }

    private List<Check> checks(Graph g, Node shape, ReaderLanguage reader) {
        Messages messages = Messages.of(reader);
        return objects(g, shape, NodeFactory.createURI(SH + "property")).stream()
                .sorted(Comparator.comparing(Node::toString))
                .map(p -> new Check(localName(p), first(g, p, SH + "path").map(this::name)
                        .orElse(messages.text("ontology.complexPath")),
                        messages.text("ontology.severity." + first(g, p, SH + "severity").map(Node::getLocalName)
                                .orElse("Violation")),
                        literal(g, p, NodeFactory.createURI(SH + "message"), List.of("en")).text()))
                .toList();
    }

    private List<Value> values(Graph g, Node subject, Node property, ReaderLanguage reader) {
        return objects(g, subject, property).stream().map(o -> value(g, o, reader))
                .sorted(Comparator.comparing(v -> v.label().text())).toList();
    }

    private Value value(Graph g, Node node, ReaderLanguage reader) {
        if (node.isBlank()) {
            Node list = first(g, node, OWL.oneOf.getURI()).orElse(null);
            List<String> members = list == null ? List.of()
                    : GraphList.members(new GNode(g, list)).stream().map(this::name).toList();
            return new Value(Label.plain(Messages.of(reader).text("ontology.oneOf", String.join(", ", members))),
                    null, null);
        }
        String href = node.getURI().startsWith(PL.NS) ? "#" + node.getURI().substring(PL.NS.length())
                : node.getURI().startsWith("http") ? node.getURI() : null;
        return new Value(Label.plain(name(node)), href, null);
    }

    private String name(Node node) {
        return node.isURI() ? prefixes.shortForm(node.getURI()) : "(blank node)";
    }

    private static String localName(Node node) {
        return node.isURI() ? ResourceViews.lastSegment(node.getURI()) : "";
    }

    /** A literal in the first of the languages it has, else in English, else any. */
    private static Label literal(Graph g, Node subject, Node property, List<String> languages) {
        List<Node> all = objects(g, subject, property).stream().filter(Node::isLiteral).toList();
        return languages.stream().flatMap(lang -> all.stream().filter(o -> o.getLiteralLanguage().equals(lang)))
                .findFirst()
                .or(() -> all.stream().filter(o -> o.getLiteralLanguage().equals("en")).findFirst())
                .or(() -> all.stream().findFirst()).map(Label::of).orElse(Label.plain(""));
    }

    private static String text(Graph g, Node subject, Node property) {
        return objects(g, subject, property).stream().findFirst()
                .map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.toString()).orElse("");
    }

    private static Optional<Node> first(Graph g, Node subject, String property) {
        return objects(g, subject, NodeFactory.createURI(property)).stream().findFirst();
    }

    private static List<Node> objects(Graph g, Node subject, Node property) {
        return g.find(subject, property, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
