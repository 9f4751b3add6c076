package no.policylod.serve.ld;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;

import no.policylod.serve.Messages;
import no.policylod.serve.ReaderLanguage;
import no.policylod.vocab.Namespaces;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;

/**
 * What a property or class is called on a page: its name in the message bundles ({@code term.dcterms.issued}),
 * else its {@code rdfs:label} from the ontology, else its prefixed name ({@code schema:url}).
 *
 * <pre>
 * FieldNames names = new FieldNames(Ontology.ontology(), Namespaces.prefixes(base));
 * names.name(DCTerms.issued.asNode(), ReaderLanguage.NYNORSK);   // "utgjeven"
 * </pre>
 *
 * <p>{@link #ORDER} is the order properties are shown in; the rest follow by name.
 */
final class FieldNames {

    private static final String DCT = "http://purl.org/dc/terms/";
    private static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    private static final String SCHEMA = Namespaces.SCHEMA;
    private static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";

    /** Properties shown first, in this order. */
    static final List<String> ORDER = List.of(DCT + "title", SKOS + "prefLabel", PL.kicker.getURI(),
            DCT + "identifier", DCT + "issued", DCT + "modified", DCT + "publisher", DCT + "subject",
            SCHEMA + "value", SCHEMA + "currency", PL.amountText.getURI(), PL.sentence.getURI(),
            PL.statedIn.getURI(), PL.snapshotOf.getURI(), Prov.wasDerivedFrom.getURI(),
            Prov.generatedAtTime.getURI(), PL.fileName.getURI(), DCT + "description", DCT + "language",
            PL.pageId.getURI(), PL.abbreviation.getURI(), RDFS_NS + "label", SKOS + "altLabel");

    /** Properties whose values are long texts, shown folded. */
    static final List<String> LONG = List.of(SCHEMA + "text");

    private final Graph ontology;
    private final PrefixMapping prefixes;

    FieldNames(Graph ontology, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    /**
     * The name of a term (a property or a class) for a reader: the message {@code term.PREFIX.NAME} of the bundles
     * ({@code term.dcterms.issued}, {@code term.pl.NewsStory}), else its ontology label in the reader's language
     * order, else its prefixed name.
     */
    String name(Node term, ReaderLanguage reader) {
        String iri = term.getURI();
        String shortForm = prefixes.shortForm(iri);
        return Optional.of(shortForm).filter(f -> !f.equals(iri))
                .flatMap(f -> Messages.of(reader).find(key(f)))
                .or(() -> reader.labelOrder().stream().map(lang -> ontologyLabel(term, lang)).flatMap(Optional::stream)
                        .findFirst())
                .orElse(shortForm);
    }

    /** The message key of a term's prefixed name: {@code pl:NewsStory} is {@code term.pl.NewsStory}. */
    static String key(String prefixedName) {
        return "term." + prefixedName.replace(':', '.');
    }

    /** A label of an ontology term in a language. */
    Optional<String> ontologyLabel(Node term, String lang) {
        return ontology.find(term, RDFS.label.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(o -> o.isLiteral() && o.getLiteralLanguage().equals(lang))
                .map(Node::getLiteralLexicalForm).sorted().findFirst();
    }

    /** The rank of a property in {@link #ORDER}, or the size of it for any other property. */
    static int rank(Node property) {
        int i = ORDER.indexOf(property.getURI());
        return i < 0 ? ORDER.size() : i;
    }

    static boolean isLong(Node property) {
        return LONG.contains(property.getURI());
    }

    static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
