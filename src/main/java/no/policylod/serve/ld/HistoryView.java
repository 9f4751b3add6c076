package no.policylod.serve.ld;

import java.util.List;

import no.policylod.serve.ld.ResourceView.Value;

/**
 * What the History section of a resource page ({@code ld/resource.peb}) shows, and the banner of a page that
 * describes the resource as of a day: plain values only, escaped by the template engine.
 *
 * <pre>
 * HistoryView history = new HistoryViews(views, site, reader, forms).of(describer.history(iri), null);
 * history.entries().get(0).added();   // triples in the oldest snapshot
 * </pre>
 *
 * @param entries the snapshots the resource appears in, oldest first: at most {@link HistoryViews#MAX_STATES}, the
 *                newest ones
 * @param older   how many older snapshots are not listed
 * @param asOf    the state the page describes when it is as of a day ({@code ?at=}); null on the current page
 */
public record HistoryView(List<Entry> entries, int older, AsOf asOf) {

    /**
     * One snapshot the resource appears in.
     *
     * @param snapshot      the snapshot: its file name (or graph name), linked to {@code /graph/snapshot/...}
     * @param time          its time as written, or null
     * @param basis         where the time comes from: {@code generated}, {@code not-before} (an estimate, the newest
     *                      date the page lists) or {@code unknown}
     * @param date          the day of the time ({@code YYYY-MM-DD}), or null
     * @param atHref        the page as of that day ({@code ?at=}), or null when no date is known
     * @param added         how many triples are here and not in the snapshot before (all of them in the first)
     * @param removed       how many triples were in the snapshot before and are not here
     * @param first         whether this is the first snapshot the resource appears in
     * @param changes       the added and removed triples, readably, at most {@link HistoryViews#MAX_CHANGES}
     * @param hiddenChanges how many more changes there are
     * @param shown         whether the page above describes the resource as this snapshot stated it
     */
    public record Entry(Value snapshot, String time, String basis, String date, String atHref, int added,
                        int removed, boolean first, List<Change> changes, int hiddenChanges, boolean shown) {
    }

    /** One added or removed triple: the property's name (and IRI) and the value. */
    public record Change(boolean added, String property, String propertyIri, Value value) {
    }

    /**
     * The banner of a page as of a day.
     *
     * @param asked       the day asked for ({@code YYYY-MM-DD})
     * @param state       the snapshot whose statements the page shows
     * @param currentHref the current description
     */
    public record AsOf(String asked, Entry state, String currentHref) {
    }
}
