package no.policylod.serve.ld;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;

import no.policylod.vocab.Namespaces;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;

/**
 * What a property is called on a page: its {@code rdfs:label} from the ontology for {@code pl:} terms, a short
 * English or bokmål name for the standard terms the data uses, else its prefixed name ({@code schema:url}).
 *
 * <pre>
 * FieldNames names = new FieldNames(Ontology.ontology(), Namespaces.prefixes(base));
 * names.name(DCTerms.issued.asNode(), ReaderLanguage.NORWEGIAN);   // "utgitt"
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

    private static final Map<String, List<String>> STANDARD = Map.ofEntries(
            Map.entry(DCT + "title", List.of("title", "tittel")),
            Map.entry(DCT + "identifier", List.of("identifier", "identifikator")),
            Map.entry(DCT + "issued", List.of("issued", "utgitt")),
            Map.entry(DCT + "modified", List.of("modified", "endret")),
            Map.entry(DCT + "publisher", List.of("publisher", "utgiver")),
            Map.entry(DCT + "subject", List.of("topic", "tema")),
            Map.entry(DCT + "language", List.of("language", "språk")),
            Map.entry(DCT + "description", List.of("description", "beskrivelse")),
            Map.entry(SCHEMA + "text", List.of("text", "tekst")),
            Map.entry(SCHEMA + "value", List.of("value", "verdi")),
            Map.entry(SCHEMA + "currency", List.of("currency", "valuta")),
            Map.entry(RDFS_NS + "label", List.of("label", "etikett")),
            Map.entry(SKOS + "prefLabel", List.of("preferred label", "foretrukket etikett")),
            Map.entry(SKOS + "altLabel", List.of("other label", "annen etikett")),
            Map.entry(Prov.wasDerivedFrom.getURI(), List.of("derived from", "avledet fra")),
            Map.entry(Prov.generatedAtTime.getURI(), List.of("retrieved", "hentet")));

    private final Graph ontology;
    private final PrefixMapping prefixes;

    FieldNames(Graph ontology, PrefixMapping prefixes) {
        this.ontology = ontology;
        this.prefixes = prefixes;
    }

    /** The name of a property for a reader. */
    String name(Node property, ReaderLanguage reader) {
        String iri = property.getURI();
        int which = reader == ReaderLanguage.NORWEGIAN ? 1 : 0;
        if (STANDARD.containsKey(iri)) {
            return STANDARD.get(iri).get(which);
        }
        return ontologyLabel(property, reader.tag()).orElseGet(() -> prefixes.shortForm(iri));
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
