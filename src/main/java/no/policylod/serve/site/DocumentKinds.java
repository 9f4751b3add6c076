package no.policylod.serve.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * The kinds of document the data has, in the order the site lists them, each with its English label from the
 * ontology ("News story").
 *
 * <pre>
 * DocumentKinds.label(PL.NewsStory.getURI());   // "News story"
 * </pre>
 */
final class DocumentKinds {

    /** Specific kinds first; {@code pl:Article} (any other page, or a listing that did not say) last. */
    static final List<Resource> ORDER = List.of(PL.NewsStory, PL.PressRelease, PL.Speech, PL.Report,
            PL.Proposition, PL.OfficialReport, PL.Strategy, PL.Consultation, PL.Topic, PL.Article);

    private static final Map<String, String> LABELS = labels();

    private DocumentKinds() {
    }

    /** The label of a kind, or null for a class that is not one of {@link #ORDER}. */
    static String label(String classIri) {
        return LABELS.get(classIri);
    }

    /** {@code VALUES ?class { pl:NewsStory ... }} for a query. */
    static String values(String var) {
        StringBuilder values = new StringBuilder("VALUES ?" + var + " {");
        ORDER.forEach(kind -> values.append(" <").append(kind.getURI()).append('>'));
        return values.append(" }").toString();
    }

    /** The most telling of several kinds: the first in {@link #ORDER}. */
    static String mostSpecific(List<String> classIris) {
        return ORDER.stream().map(Resource::getURI).filter(classIris::contains).findFirst().orElse(null);
    }

    private static Map<String, String> labels() {
        Graph ontology = Ontology.ontology();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Resource kind : ORDER) {
            labels.put(kind.getURI(), capitalised(englishLabel(ontology, kind.asNode(), kind.getLocalName())));
        }
        return Map.copyOf(labels);
    }

    private static String englishLabel(Graph ontology, Node kind, String fallback) {
        return ontology.find(kind, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject())
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals("en"))
                .map(Node::getLiteralLexicalForm).findFirst().orElse(fallback);
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
