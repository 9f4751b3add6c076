package no.policylod.serve.ld;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import no.policylod.serve.ld.ResourceView.Amount;
import no.policylod.serve.ld.ResourceView.Field;
import no.policylod.serve.ld.ResourceView.FormatLink;
import no.policylod.serve.ld.ResourceView.Pager;
import no.policylod.serve.ld.ResourceView.Related;
import no.policylod.serve.ld.ResourceView.SnapshotRow;
import no.policylod.serve.ld.ResourceView.Value;
import no.policylod.vocab.Namespaces;
import no.policylod.vocab.PL;

/**
 * Turns a {@link Description} into the {@link ResourceView} one reader sees: labels in the reader's languages,
 * local links for the IRIs this server describes, amounts in the reader's number format.
 *
 * <pre>
 * ResourceView view = new ResourceViews(space, names, prefixes, ReaderLanguage.ENGLISH, "",
 *         ResourceViews.labelTriples(description)).of(description, pager, formats, List.of());
 * </pre>
 */
final class ResourceViews {

    /** The most values of one property a page lists. */
    static final int MAX_VALUES = 100;
    private static final Node SCHEMA_VALUE = FieldNames.node(Namespaces.SCHEMA + "value");
    private static final Node SCHEMA_CURRENCY = FieldNames.node(Namespaces.SCHEMA + "currency");
    private static final List<Node> QUALIFIERS = List.of(PL.annual.asNode(), PL.approximate.asNode(),
            PL.increase.asNode(), PL.decrease.asNode());
    /** The properties the amount section of a page shows, left out of its list of properties. */
    private static final List<Node> AMOUNT_FIELDS = List.of(SCHEMA_VALUE, SCHEMA_CURRENCY, PL.amountText.asNode(),
            PL.sentence.asNode(), PL.statedIn.asNode(), PL.year.asNode(), PL.annual.asNode(),
            PL.approximate.asNode(), PL.increase.asNode(), PL.decrease.asNode(), PL.bound.asNode());

    private final UriSpace space;
    private final FieldNames names;
    private final PrefixMapping prefixes;
    private final ReaderLanguage reader;
    private final String prefix;
    private final Labels labels;

    /**
     * @param labelTriples the label triples of every resource the page may show (a description's labels and own
     *                     triples, and for a graph page the labels of its subjects)
     */
    ResourceViews(UriSpace space, FieldNames names, PrefixMapping prefixes, ReaderLanguage reader, String prefix,
                  List<Triple> labelTriples) {
        this.space = space;
        this.names = names;
        this.prefixes = prefixes;
        this.reader = reader;
        this.prefix = prefix;
        this.labels = new Labels(labelTriples, reader);
    }

    /** The label triples a description brings: those of the resources it links to, and its own. */
    static List<Triple> labelTriples(Description d) {
        return concat(d.labels(), d.own());
    }

    ResourceView of(Description d, Pager pager, List<FormatLink> formats, List<Value> contents) {
        List<Triple> own = d.own();
        boolean isAmount = objects(own, RDF.type.asNode()).contains(PL.BudgetAmount.asNode());
        List<Triple> shown = isAmount ? own.stream().filter(t -> !AMOUNT_FIELDS.contains(t.getPredicate())).toList()
                : own;
        return new ResourceView(reader, title(d), d.resource().getURI(), values(objects(own, RDF.type.asNode())),
                fields(shown), isAmount ? amount(d.resource(), own) : null, amounts(d), inbound(d), pager,
                sources(d), snapshots(d), formats, contents, null);
    }

    private Label title(Description d) {
        return labels.of(d.resource())
                .or(() -> objects(d.own(), PL.amountText.asNode()).stream().findFirst().map(Label::of))
                .orElseGet(() -> Label.plain(shortName(d.resource().getURI())));
    }

    private List<Field> fields(List<Triple> own) {
        Map<Node, List<Node>> byProperty = own.stream().filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .collect(Collectors.groupingBy(Triple::getPredicate, () -> new TreeMap<>(Comparator.comparing(Node::getURI)),
                        Collectors.mapping(Triple::getObject, Collectors.toList())));
        return byProperty.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Node, List<Node>> e) -> FieldNames.rank(e.getKey()))
                        .thenComparing(e -> names.name(e.getKey(), reader)))
                .map(e -> field(e.getKey(), e.getValue())).toList();
    }

    private Field field(Node property, List<Node> objects) {
        List<Value> values = values(objects);
        int hidden = Math.max(0, values.size() - MAX_VALUES);
        return new Field(names.name(property, reader), property.getURI(),
                values.subList(0, values.size() - hidden), FieldNames.isLong(property), hidden);
    }

    /** The values of nodes, in the reader's language order, then by text. */
    List<Value> values(List<Node> nodes) {
        return nodes.stream().map(this::value)
                .sorted(Comparator.comparingInt(this::rank).thenComparing(v -> v.label().text())).toList();
    }

    private int rank(Value v) {
        return labels.languageRank(v.label().lang());
    }

    Value value(Node node) {
        if (node.isURI()) {
            String iri = node.getURI();
            Label label = labels.of(node)
                    .or(() -> iri.startsWith(PL.NS) ? names.ontologyLabel(node, reader.tag()).map(t -> new Label(t, reader.tag()))
                            : Optional.empty())
                    .orElseGet(() -> Label.plain(shortName(iri)));
            return new Value(label, space.href(iri, prefix), label.text().equals(iri) ? null : iri);
        }
        if (node.isLiteral()) {
            return new Value(Label.of(node), null, datatypeNote(node));
        }
        return new Value(Label.plain(node.toString()), null, null);
    }

    private String datatypeNote(Node literal) {
        String datatype = literal.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())
                || datatype.equals(RDF.langString.getURI())) {
            return null;
        }
        return prefixes.shortForm(datatype);
    }

    private Amount amount(Node amount, List<Triple> triples) {
        Map<String, String> words = Words.of(reader);
        List<String> qualifiers = new ArrayList<>();
        objects(triples, PL.year.asNode()).forEach(y -> qualifiers.add(words.get("year") + " "
                + y.getLiteralLexicalForm()));
        for (Node q : QUALIFIERS) {
            if (objects(triples, q).stream().anyMatch(o -> o.isLiteral() && "true".equals(o.getLiteralLexicalForm()))) {
                qualifiers.add(words.get(q.getLocalName()));
            }
        }
        objects(triples, PL.bound.asNode()).forEach(b -> qualifiers.add(words.get(
                b.equals(PL.LowerBound.asNode()) ? "lowerBound" : "upperBound")));
        return new Amount(value(amount), first(triples, SCHEMA_VALUE).map(this::number).orElse(""),
                first(triples, SCHEMA_CURRENCY).map(Node::getLiteralLexicalForm).orElse(""),
                first(triples, PL.amountText.asNode()).map(Node::getLiteralLexicalForm).orElse(""),
                first(triples, PL.sentence.asNode()).map(Label::of).orElse(Label.plain("")), qualifiers,
                first(triples, PL.statedIn.asNode()).map(this::value).orElse(null));
    }

    private List<Amount> amounts(Description d) {
        return d.amounts().entrySet().stream().map(e -> amount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Amount a) -> a.sentence().text()).thenComparing(Amount::text))
                .toList();
    }

    private String number(Node literal) {
        try {
            NumberFormat format = NumberFormat.getNumberInstance(reader == ReaderLanguage.NORWEGIAN
                    ? Locale.forLanguageTag("nb-NO") : Locale.UK);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(literal.getLiteralLexicalForm().trim()));
        } catch (NumberFormatException e) {
            return literal.getLiteralLexicalForm();
        }
    }

    private List<Related> inbound(Description d) {
        return d.inbound().stream().map(t -> new Related(value(t.getSubject()), names.name(t.getPredicate(), reader)))
                .toList();
    }

    private List<Value> sources(Description d) {
        return d.snapshots().stream().map(Description.Snapshot::source).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().map(this::value).toList();
    }

    private List<SnapshotRow> snapshots(Description d) {
        return d.snapshots().stream().map(s -> new SnapshotRow(
                new Value(Label.plain(shortName(s.graph().getURI())), space.href(s.graph().getURI(), prefix),
                        s.graph().getURI()),
                s.time() == null ? null : s.time().getLiteralLexicalForm(),
                s.source() == null ? null : value(s.source()),
                s.fileName() == null ? null : s.fileName().getLiteralLexicalForm())).toList();
    }

    private String shortName(String iri) {
        String shortForm = prefixes.shortForm(iri);
        return shortForm.equals(iri) ? iri : shortForm;
    }

    static String lastSegment(String iri) {
        String trimmed = iri.replaceAll("[/#]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1);
    }

    private static List<Node> objects(List<Triple> triples, Node property) {
        return triples.stream().filter(t -> t.getPredicate().equals(property)).map(Triple::getObject).toList();
    }

    private static Optional<Node> first(List<Triple> triples, Node property) {
        return objects(triples, property).stream().findFirst();
    }

    static List<Triple> concat(List<Triple> a, List<Triple> b) {
        List<Triple> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
