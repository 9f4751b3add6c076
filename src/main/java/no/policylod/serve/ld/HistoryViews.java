package no.policylod.serve.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import no.policylod.release.History;
import no.policylod.serve.ReaderLanguage;
import no.policylod.serve.ld.HistoryView.AsOf;
import no.policylod.serve.ld.HistoryView.Change;
import no.policylod.serve.ld.HistoryView.Entry;
import no.policylod.serve.ld.ResourceView.Value;

/**
 * Turns a resource's {@link History} into the {@link HistoryView} one reader sees: the newest
 * {@value #MAX_STATES} snapshots, oldest first, each with its time and how it was found, a link to the page as of
 * its day, and what changed, property name and value, with long texts shortened.
 *
 * <pre>
 * List&lt;History.State&gt; states = describer.history(iri);
 * List&lt;Triple&gt; labels = describer.labelsOf(HistoryViews.linked(states));   // for the ResourceViews below
 * HistoryView view = new HistoryViews(views, site, reader, forms).of(states, null);
 * </pre>
 */
final class HistoryViews {

    /** The most snapshots the History section lists. */
    static final int MAX_STATES = 50;
    /** The most added and removed triples listed for one snapshot. */
    static final int MAX_CHANGES = 100;
    /** The most characters of a changed text shown. */
    static final int MAX_TEXT = 300;

    /** Changes in a stable order: by property as the page orders them, removals first, then by value. */
    private static final Comparator<Diff> ORDER = Comparator
            .comparingInt((Diff d) -> FieldNames.rank(d.triple().getPredicate()))
            .thenComparing(d -> d.triple().getPredicate().getURI())
            .thenComparing(Diff::added)
            .thenComparing(d -> Describer.key(d.triple()));

    private final ResourceViews views;
    private final LdContext site;
    private final ReaderLanguage reader;
    private final Representations forms;

    /**
     * @param views the page's views, whose labels include those of {@link #linked} nodes
     * @param forms the representations of the page, for links as of a day
     */
    HistoryViews(ResourceViews views, LdContext site, ReaderLanguage reader, Representations forms) {
        this.views = views;
        this.site = site;
        this.reader = reader;
        this.forms = forms;
    }

    /** The history of a resource; {@code shown} is the state the page describes, or null for the current one. */
    HistoryView of(List<History.State> states, History.State shown) {
        List<History.State> listed = listed(states);
        int older = states.size() - listed.size();
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            entries.add(entry(listed.get(i), older + i == 0, shown));
        }
        AsOf asOf = shown == null ? null : new AsOf(String.valueOf(forms.at()),
                entry(shown, shown.snapshot().equals(states.get(0).snapshot()), shown), forms.target().genericPath());
        return new HistoryView(List.copyOf(entries), older, asOf);
    }

    /** The snapshot graphs of the states, as IRIs. */
    static Set<String> graphs(List<History.State> states) {
        return states.stream().map(s -> s.snapshot().getURI()).collect(Collectors.toSet());
    }

    /** The IRIs the listed snapshots are and their changes link to: the page needs their names. */
    static Set<Node> linked(List<History.State> states) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (History.State s : listed(states)) {
            nodes.add(s.snapshot());
            diffs(s).stream().limit(MAX_CHANGES).map(d -> d.triple().getObject()).filter(Node::isURI)
                    .forEach(nodes::add);
        }
        return nodes;
    }

    /**
     * A state's time in words, for messages: {@code 2024-05-01T10:00:00Z}, {@code not before 2024-09-23
     * (estimated from the newest date the page lists)}, {@code unknown time}.
     */
    static String timeText(History.State s) {
        return switch (s.basis()) {
            case GENERATED -> s.time();
            case NOT_BEFORE -> "not before " + s.time().substring(0, Math.min(10, s.time().length()))
                    + " (estimated from the newest date the page lists)";
            case UNKNOWN -> "unknown time";
        };
    }

    /** The newest {@value #MAX_STATES} states, oldest first. */
    private static List<History.State> listed(List<History.State> states) {
        return states.subList(Math.max(0, states.size() - MAX_STATES), states.size());
    }

    private Entry entry(History.State s, boolean first, History.State shown) {
        List<Diff> diffs = diffs(s);
        String date = s.date().map(Object::toString).orElse(null);
        return new Entry(snapshot(s), s.time(), basis(s.basis()), date, date == null ? null
                : forms.atUrl(s.date().get()), s.added().size(), s.removed().size(), first,
                diffs.stream().limit(MAX_CHANGES).map(this::change).toList(),
                Math.max(0, diffs.size() - MAX_CHANGES), shown != null && s.snapshot().equals(shown.snapshot()));
    }

    /** A snapshot by its source and day (the page's views know the names of every listed snapshot). */
    private Value snapshot(History.State s) {
        return views.snapshotValue(s.snapshot());
    }

    private Change change(Diff d) {
        Node property = d.triple().getPredicate();
        return new Change(d.added(), site.names().name(property, reader), property.getURI(),
                shortened(views.value(d.triple().getObject())));
    }

    private static Value shortened(Value v) {
        String text = v.label().text();
        if (text.length() <= MAX_TEXT) {
            return v;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return new Value(new Label(text.substring(0, end) + "…", v.label().lang()), v.href(), v.note());
    }

    private static String basis(History.TimeBasis basis) {
        return switch (basis) {
            case GENERATED -> "generated";
            case NOT_BEFORE -> "not-before";
            case UNKNOWN -> "unknown";
        };
    }

    private static List<Diff> diffs(History.State s) {
        List<Diff> diffs = new ArrayList<>();
        s.removed().forEach(t -> diffs.add(new Diff(t, false)));
        s.added().forEach(t -> diffs.add(new Diff(t, true)));
        diffs.sort(ORDER);
        return diffs;
    }

    /** One triple added to or removed from a state. */
    private record Diff(Triple triple, boolean added) {
    }
}
