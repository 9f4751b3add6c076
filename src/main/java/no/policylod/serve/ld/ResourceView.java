package no.policylod.serve.ld;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.policylod.serve.ReaderLanguage;

/**
 * What the resource page template ({@code ld/resource.peb}) shows: plain values only, every one escaped by the
 * template engine.
 *
 * <pre>
 * ResourceView view = new ResourceViews(space, names, reader).of(description, target);
 * byte[] html = templates.render("ld/resource.peb", view.context(), pageLanguage);
 * </pre>
 *
 * @param reader    the reader's language (page language and label order)
 * @param title     the resource's label, or its IRI's last segment
 * @param iri       the resource's IRI
 * @param types     its classes, linked to the ontology where they are ours
 * @param fields    its properties, in {@link FieldNames#ORDER}
 * @param amount    the budget amount it is, or null
 * @param amounts   the budget amounts stated in it
 * @param inbound   one page of the resources that link to it
 * @param pager     where the previous and next pages of inbound links are
 * @param sources   the pages its snapshots were read from
 * @param snapshots the graphs it appears in (on a resource page, those its history does not list)
 * @param formats   links to its RDF forms
 * @param contents  for a graph page: the resources in the graph; else empty
 * @param history   for a resource page: the snapshots it appears in and what changed; else null
 * @param captions  the image captions and alt texts of the page ({@code pl:caption}): shown apart, not as facts
 * @param graph     whether the page describes a named graph (a page snapshot or a reference graph)
 * @param hashNamed whether a source shown is a page file known only by its bytes (an RFC 6920 {@code ni:} name)
 */
public record ResourceView(ReaderLanguage reader, Label title, String iri, List<Value> types, List<Field> fields,
                           Amount amount, List<Amount> amounts, List<Related> inbound, Pager pager,
                           List<Value> sources, List<SnapshotRow> snapshots, List<FormatLink> formats,
                           List<Value> contents, HistoryView history, List<Value> captions, boolean graph,
                           boolean hashNamed) {

    /**
     * One value: a text with its language, a link when it can be followed, a note (datatype, IRI), and, where the
     * snapshots disagree on the property, the snapshots that state this value (else empty).
     */
    /** Whether the page describes a page snapshot's graph (the URI policy names them {@code /graph/snapshot/...}). */
    public boolean snapshotGraph() {
        return graph && iri.contains("/graph/snapshot/");
    }

    public record Value(Label label, String href, String note, List<Value> statedBy) {
        public Value(Label label, String href, String note) {
            this(label, href, note, List.of());
        }

        Value statedBy(List<Value> snapshots) {
            return new Value(label, href, note, List.copyOf(snapshots));
        }
    }

    /** One property and its values; {@code hidden} values beyond the display cap. */
    public record Field(String name, String iri, List<Value> values, boolean longText, int hidden) {
    }

    /** A budget amount: the number in the reader's format, the text, the sentence, what qualifies it. */
    public record Amount(Value amount, String value, String currency, String text, Label sentence,
                         List<String> qualifiers, Value statedIn) {
    }

    /** A resource that links to this one, and by which property. */
    public record Related(Value subject, String via) {
    }

    /** Links to the previous and next page of inbound links (null when none) and the current page. */
    public record Pager(int page, String previous, String next) {
    }

    /** One snapshot: its graph (named by source and day), when it was taken (as written, or null), where from, which file. */
    public record SnapshotRow(Value graph, String time, Value source, String file) {
    }

    /** One representation: its short name, link and media type. */
    public record FormatLink(String name, String href, String type) {
    }

    /** This view with a history; the graphs the history lists ({@code inHistory}, IRIs) leave the snapshot table. */
    public ResourceView withHistory(HistoryView h, Set<String> inHistory) {
        List<SnapshotRow> others = snapshots.stream().filter(s -> !inHistory.contains(s.graph().note())).toList();
        return new ResourceView(reader, title, iri, types, fields, amount, amounts, inbound, pager, sources, others,
                formats, contents, h, captions, graph, hashNamed);
    }

    /** The template context: {@code page}. */
    public Map<String, Object> context() {
        return Map.of("page", this);
    }
}
