package no.policylod.serve.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Picks the label of each resource for one reader, from label triples ({@code skos:prefLabel},
 * {@code dcterms:title}, {@code rdfs:label}).
 *
 * <pre>
 * Labels labels = new Labels(description.labels(), ReaderLanguage.NORWEGIAN);
 * labels.of(ministryNode);   // Optional[Label[Utenriksdepartementet, nb]]
 * </pre>
 *
 * <p>Language comes first, then the property: for an English reader an English {@code rdfs:label} beats a bokmål
 * {@code skos:prefLabel}. In the reader's order ({@link ReaderLanguage#labelOrder()}) a tag matches itself and its
 * subtags ({@code en} matches {@code en-GB}); untagged labels come next, other languages last. Equal candidates are
 * ordered by text, so the choice is stable.
 */
final class Labels {

    private final Map<Node, List<Triple>> byNode = new HashMap<>();
    private final ReaderLanguage reader;

    Labels(List<Triple> labelTriples, ReaderLanguage reader) {
        this.reader = reader;
        for (Triple t : labelTriples) {
            if (t.getObject().isLiteral() && Describer.LABEL_PROPERTIES.contains(t.getPredicate())) {
                byNode.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            }
        }
    }

    /** The best label of a node, if it has any. */
    Optional<Label> of(Node node) {
        return byNode.getOrDefault(node, List.of()).stream().min(Comparator
                .comparingInt((Triple t) -> languageRank(t.getObject().getLiteralLanguage()))
                .thenComparingInt(t -> Describer.LABEL_PROPERTIES.indexOf(t.getPredicate()))
                .thenComparing(t -> t.getObject().getLiteralLanguage())
                .thenComparing(t -> t.getObject().getLiteralLexicalForm()))
                .map(t -> Label.of(t.getObject()));
    }

    /** How early a language tag comes for this reader: 0 for the first choice, then 1, ...; "" after those. */
    int languageRank(String tag) {
        String lang = tag.toLowerCase(Locale.ROOT);
        List<String> order = reader.labelOrder();
        for (int i = 0; i < order.size(); i++) {
            if (lang.equals(order.get(i)) || lang.startsWith(order.get(i) + "-")) {
                return i;
            }
        }
        return lang.isEmpty() ? order.size() : order.size() + 1;
    }
}
