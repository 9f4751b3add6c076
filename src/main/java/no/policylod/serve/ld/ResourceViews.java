package no.policylod.serve.ld;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

import no.policylod.serve.Messages;
import no.policylod.serve.ReaderLanguage;
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
 * names instead of identifiers (amounts by their text, snapshots by source and day, languages by name), local links
 * for the IRIs this server describes, amounts in the reader's number format, image captions apart from the facts,
 * and for each property the snapshots disagree on, which snapshot states which value.
 *
 * <pre>
 * ResourceViews views = ResourceViews.forPage(site, description, ReaderLanguage.ENGLISH, "", List.of());
 * ResourceView view = views.of(description, pager, formats, List.of(), describer.statedIn(iri));
 * </pre>
 */
final class ResourceViews {

    /** The most values of one property a page lists. */
    static final int MAX_VALUES = 100;
    private static final Node SCHEMA_VALUE = FieldNames.node(Namespaces.SCHEMA + "value");
    private static final Node SCHEMA_CURRENCY = FieldNames.node(Namespaces.SCHEMA + "currency");
    private static final List<Node> QUALIFIERS = List.of(PL.annual.asNode(), PL.approximate.asNode(),
            PL.increase.asNode(), PL.decrease.asNode());
    /** The most snapshots named beside one value. */
    static final int MAX_STATED_BY = 5;
    /** Where the language authority table of the EU names languages: {@code .../language/NOB}. */
    static final String LANGUAGES = "http://publications.europa.eu/resource/authority/language/";
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
    private final Messages messages;

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
        this.messages = Messages.of(reader);
    }

    /** The label triples a description brings: those of the resources it links to, its own, its snapshots'. */
    static List<Triple> labelTriples(Description d) {
        List<Triple> all = concat(d.labels(), d.own());
        d.snapshots().forEach(s -> all.addAll(s.facts()));
        return all;
    }

    /**
     * The views of one page: the description's labels, the labels of {@code more} nodes the page shows besides
     * (changed values, a graph's contents), and the names of the amounts and snapshots among all of them.
     */
    static ResourceViews forPage(LdContext site, Description d, ReaderLanguage reader, String prefix,
                                 Collection<Node> more) {
        Set<Node> shown = new LinkedHashSet<>(more);
        d.own().forEach(t -> shown.add(t.getObject()));
        d.inbound().forEach(t -> shown.add(t.getSubject()));
        List<Triple> labels = labelTriples(d);
        labels.addAll(site.describer().labelsOf(more));
        labels.addAll(site.describer().namesOf(shown));
        return new ResourceViews(site.space(), site.names(), site.prefixes(), reader, prefix, labels);
    }

    /**
     * The view of a description; {@code statedIn} says which snapshot graphs state each of its triples (empty when
     * the page shows one snapshot's statements).
     */
    ResourceView of(Description d, Pager pager, List<FormatLink> formats, List<Value> contents,
                    Map<Triple, List<Node>> statedIn) {
        List<Triple> own = d.own();
        boolean isAmount = objects(own, RDF.type.asNode()).contains(PL.BudgetAmount.asNode());
        List<Triple> shown = own.stream().filter(t -> !(isAmount && AMOUNT_FIELDS.contains(t.getPredicate())))
                .filter(t -> !t.getPredicate().equals(PL.caption.asNode())).toList();
        List<Value> sources = sources(d);
        boolean hashNamed = d.snapshots().stream().anyMatch(s -> Labels.isHashName(s.source()))
                || own.stream().anyMatch(t -> Labels.isHashName(t.getObject()));
        return new ResourceView(reader, title(d), d.resource().getURI(), values(objects(own, RDF.type.asNode())),
                fields(d.resource(), shown, statedIn), isAmount ? amount(d.resource(), own) : null, amounts(d), inbound(d), pager,
                sources, snapshots(d), formats, contents, null, values(objects(own, PL.caption.asNode())),
                !contents.isEmpty(), hashNamed);
    }

    private Label title(Description d) {
        return labels.of(d.resource())
                .or(() -> objects(d.own(), PL.amountText.asNode()).stream().findFirst().map(Label::of))
                .orElseGet(() -> Label.plain(shortName(d.resource().getURI())));
    }

    private List<Field> fields(Node subject, List<Triple> own, Map<Triple, List<Node>> statedIn) {
        Map<Node, List<Node>> byProperty = own.stream().filter(t -> !t.getPredicate().equals(RDF.type.asNode()))
                .collect(Collectors.groupingBy(Triple::getPredicate, () -> new TreeMap<>(Comparator.comparing(Node::getURI)),
                        Collectors.mapping(Triple::getObject, Collectors.toList())));
        return byProperty.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Node, List<Node>> e) -> FieldNames.rank(e.getKey()))
                        .thenComparing(e -> names.name(e.getKey(), reader)))
                .map(e -> field(subject, e.getKey(), e.getValue(), statedIn)).toList();
    }

    private Field field(Node subject, Node property, List<Node> objects, Map<Triple, List<Node>> statedIn) {
        Map<Node, Set<Node>> byGraph = new LinkedHashMap<>();
        for (Node o : objects) {
            for (Node g : statedIn.getOrDefault(Triple.create(subject, property, o), List.of())) {
                byGraph.computeIfAbsent(g, k -> new HashSet<>()).add(o);
            }
        }
        boolean disagree = new HashSet<>(byGraph.values()).size() > 1;
        List<Value> values = objects.stream().map(o -> {
            Value v = value(o);
            return disagree ? v.statedBy(statedIn.getOrDefault(Triple.create(subject, property, o), List.of())
                    .stream().distinct().limit(MAX_STATED_BY).map(this::snapshotValue).toList()) : v;
        }).sorted(Comparator.comparingInt(this::rank).thenComparing(v -> v.label().text())).toList();
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
            if (Labels.isHashName(node)) {
                return new Value(Label.plain(messages.text("source.hashName")), null, iri);
            }
            Label label = labels.of(node).or(() -> termName(node)).or(() -> languageName(iri))
                    .orElseGet(() -> Label.plain(shortName(iri)));
            return new Value(label, space.href(iri, prefix), label.text().equals(iri) ? null : iri);
        }
        if (node.isLiteral()) {
            return readable(node).map(text -> new Value(Label.plain(text), null, null))
                    .orElseGet(() -> new Value(Label.of(node), null, datatypeNote(node)));
        }
        return new Value(Label.plain(node.toString()), null, null);
    }

    /** A snapshot graph, named by its source and day. */
    Value snapshotValue(Node graph) {
        Label label = labels.of(graph).orElseGet(() -> Label.plain(shortName(graph.getURI())));
        return new Value(label, space.href(graph.getURI(), prefix), graph.getURI());
    }

    /** The name of a vocabulary term the bundles or the ontology name, in the reader's language. */
    private Optional<Label> termName(Node node) {
        String shortForm = prefixes.shortForm(node.getURI());
        boolean named = node.getURI().startsWith(PL.NS) || messages.find(FieldNames.key(shortForm)).isPresent();
        return named ? Optional.of(new Label(names.name(node, reader), reader.tag())) : Optional.empty();
    }

    /** A language of the EU authority table by its name: {@code .../language/NNO} is "nynorsk". */
    private Optional<Label> languageName(String iri) {
        return iri.startsWith(LANGUAGES) ? messages.find("language." + iri.substring(LANGUAGES.length()))
                .map(name -> new Label(name, reader.tag())) : Optional.empty();
    }

    /** A date, time or number in the reader's way of writing it ("15. desember 2025"); other literals as they are. */
    private Optional<String> readable(Node literal) {
        String datatype = literal.getLiteralDatatypeURI();
        String lexical = literal.getLiteralLexicalForm();
        if (XSDDatatype.XSDdate.getURI().equals(datatype)) {
            return Optional.of(messages.date(lexical));
        }
        if (XSDDatatype.XSDdateTime.getURI().equals(datatype)) {
            return Optional.of(messages.dateTime(lexical));
        }
        if (XSDDatatype.XSDdecimal.getURI().equals(datatype) || XSDDatatype.XSDinteger.getURI().equals(datatype)) {
            try {
                return Optional.of(messages.number(new BigDecimal(lexical.trim())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
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
        List<String> qualifiers = new ArrayList<>();
        objects(triples, PL.year.asNode()).forEach(y -> qualifiers.add(messages.text("amount.year",
                y.getLiteralLexicalForm())));
        for (Node q : QUALIFIERS) {
            if (objects(triples, q).stream().anyMatch(o -> o.isLiteral() && "true".equals(o.getLiteralLexicalForm()))) {
                qualifiers.add(messages.text("amount." + q.getLocalName()));
            }
        }
        objects(triples, PL.bound.asNode()).forEach(b -> qualifiers.add(messages.text(
                b.equals(PL.LowerBound.asNode()) ? "amount.lowerBound" : "amount.upperBound")));
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
            return messages.number(new BigDecimal(literal.getLiteralLexicalForm().trim()));
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
        return d.snapshots().stream().map(s -> new SnapshotRow(snapshotValue(s.graph()),
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
