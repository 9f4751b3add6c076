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

import no.policylod.serve.Messages;
import no.policylod.serve.ReaderLanguage;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;

/**
 * Picks the name each resource is shown by for one reader: its label ({@code skos:prefLabel}, {@code dcterms:title},
 * {@code rdfs:label}); for a budget amount without one its text as written ({@code pl:amountText}); for a page
 * snapshot (a named graph) its source and retrieval day, "regjeringen.no/en/… , retrieved 3 December 2026".
 *
 * <pre>
 * Labels labels = new Labels(triples, ReaderLanguage.BOKMAL);
 * labels.of(ministryNode);   // Optional[Label[Utenriksdepartementet, nb]]
 * labels.of(snapshotGraph);  // Optional[Label[regjeringen.no/no/aktuelt/…/id2701821/, hentet 3. desember 2026, ]]
 * </pre>
 *
 * <p>Language comes first, then the property: for an English reader an English {@code rdfs:label} beats a bokmål
 * {@code skos:prefLabel}. In the reader's order ({@link ReaderLanguage#labelOrder()}) a tag matches itself and its
 * subtags ({@code en} matches {@code en-GB}); untagged labels come next, other languages last. Equal candidates are
 * ordered by text, so the choice is stable.
 */
final class Labels {

    /** The properties that name what has no label: amounts by their text, snapshots by their provenance. */
    static final List<Node> NAMING_PROPERTIES = List.of(PL.amountText.asNode(), Prov.wasDerivedFrom.asNode(),
            Prov.generatedAtTime.asNode(), PL.fileName.asNode());

    private final Map<Node, List<Triple>> byNode = new HashMap<>();
    private final Map<Node, Map<Node, Node>> naming = new HashMap<>();
    private final ReaderLanguage reader;

    /**
     * @param triples label triples, and the naming triples ({@link #NAMING_PROPERTIES}) of amounts and snapshots
     */
    Labels(List<Triple> triples, ReaderLanguage reader) {
        this.reader = reader;
        for (Triple t : triples) {
            if (t.getObject().isLiteral() && Describer.LABEL_PROPERTIES.contains(t.getPredicate())) {
                byNode.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
            } else if (NAMING_PROPERTIES.contains(t.getPredicate())) {
                naming.computeIfAbsent(t.getSubject(), k -> new HashMap<>())
                        .putIfAbsent(t.getPredicate(), t.getObject());
            }
        }
    }

    /** The best name of a node, if it has any. */
    Optional<Label> of(Node node) {
        return byNode.getOrDefault(node, List.of()).stream().min(Comparator
                .comparingInt((Triple t) -> languageRank(t.getObject().getLiteralLanguage()))
                .thenComparingInt(t -> Describer.LABEL_PROPERTIES.indexOf(t.getPredicate()))
                .thenComparing(t -> t.getObject().getLiteralLanguage())
                .thenComparing(t -> t.getObject().getLiteralLexicalForm()))
                .map(t -> Label.of(t.getObject()))
                .or(() -> named(node));
    }

    private Optional<Label> named(Node node) {
        Map<Node, Node> facts = naming.getOrDefault(node, Map.of());
        Node text = facts.get(PL.amountText.asNode());
        if (text != null && text.isLiteral()) {
            return Optional.of(Label.of(text));
        }
        if (facts.containsKey(Prov.wasDerivedFrom.asNode()) || facts.containsKey(Prov.generatedAtTime.asNode())) {
            return Optional.of(Label.plain(snapshotName(Messages.of(reader), facts.get(Prov.wasDerivedFrom.asNode()),
                    facts.get(Prov.generatedAtTime.asNode()), facts.get(PL.fileName.asNode()))));
        }
        return Optional.empty();
    }

    /** A snapshot in words ({@link Messages#snapshot}), from the nodes of its provenance (each may be null). */
    static String snapshotName(Messages messages, Node source, Node time, Node fileName) {
        return messages.snapshot(source != null && source.isURI() ? source.getURI() : null,
                time != null && time.isLiteral() ? time.getLiteralLexicalForm() : null,
                fileName != null && fileName.isLiteral() ? fileName.getLiteralLexicalForm() : null);
    }

    /** Whether a node is a name from RFC 6920 ({@code ni:///sha-256;...}): a page file known only by its bytes. */
    static boolean isHashName(Node node) {
        return node != null && node.isURI() && node.getURI().toLowerCase(Locale.ROOT).startsWith("ni:");
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
