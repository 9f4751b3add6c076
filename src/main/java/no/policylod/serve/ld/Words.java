package no.policylod.serve.ld;

import java.util.Map;

/**
 * The fixed words of the HTML pages, in English and bokmål; templates read them as {@code words.key}.
 *
 * <pre>
 * Map&lt;String, String&gt; w = Words.of(ReaderLanguage.NORWEGIAN);   // w.get("linkedFrom") = "Lenket fra"
 * </pre>
 */
final class Words {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("resource", "Resource"),
            Map.entry("types", "Type"),
            Map.entry("properties", "About"),
            Map.entry("amounts", "Budget amounts stated here"),
            Map.entry("amount", "Budget amount"),
            Map.entry("value", "Value"),
            Map.entry("asWritten", "As written"),
            Map.entry("sentence", "Sentence"),
            Map.entry("qualifiers", "Qualifiers"),
            Map.entry("statedIn", "Stated in"),
            Map.entry("linkedFrom", "Linked from"),
            Map.entry("via", "by"),
            Map.entry("page", "page"),
            Map.entry("previous", "Previous page"),
            Map.entry("next", "Next page"),
            Map.entry("sources", "Source pages"),
            Map.entry("snapshots", "Snapshots it appears in"),
            Map.entry("retrieved", "Retrieved"),
            Map.entry("file", "File"),
            Map.entry("source", "Source"),
            Map.entry("timeUnknown", "time not stated"),
            Map.entry("formats", "This description as data"),
            Map.entry("showText", "Show the text"),
            Map.entry("more", "more not shown; see the data forms or query the SPARQL endpoint"),
            Map.entry("graphContents", "Resources in this graph"),
            Map.entry("graphData", "The graph's triples"),
            Map.entry("snapshot", "Snapshot"),
            Map.entry("labelOrder", "Labels on this page are picked in the language order"),
            Map.entry("labelOrderOther", "Readers who ask for Norwegian (Accept-Language nb, nn or no) get "
                    + "nb → nn → en; everyone else gets en → nb → nn."),
            Map.entry("annual", "annually"),
            Map.entry("approximate", "approximately"),
            Map.entry("increase", "increase"),
            Map.entry("decrease", "decrease"),
            Map.entry("lowerBound", "lower bound"),
            Map.entry("upperBound", "upper bound"),
            Map.entry("year", "year"),
            Map.entry("history", "History"),
            Map.entry("historyIntro", "The page snapshots this resource appears in, oldest first, and how many of "
                    + "its statements (triples) each added and removed compared with the one before."),
            Map.entry("time", "Time"),
            Map.entry("changes", "Changes"),
            Map.entry("added", "added"),
            Map.entry("removed", "removed"),
            Map.entry("firstSnapshot", "first snapshot"),
            Map.entry("showChanges", "What changed"),
            Map.entry("notBefore", "not before"),
            Map.entry("estimated", "estimated from the newest date the page lists"),
            Map.entry("unknownTime", "time unknown"),
            Map.entry("asOfLink", "As of this date"),
            Map.entry("shownAbove", "shown above"),
            Map.entry("olderSnapshots", "older snapshots are not listed here; the SPARQL endpoint has them all."),
            Map.entry("asOfBanner", "As stated by the snapshot of"),
            Map.entry("seeCurrent", "see the current description"),
            Map.entry("askedFor", "You asked for the description as of"));

    private static final Map<String, String> NORWEGIAN = Map.ofEntries(
            Map.entry("resource", "Ressurs"),
            Map.entry("types", "Type"),
            Map.entry("properties", "Om"),
            Map.entry("amounts", "Budsjettbeløp oppgitt her"),
            Map.entry("amount", "Budsjettbeløp"),
            Map.entry("value", "Verdi"),
            Map.entry("asWritten", "Slik det står"),
            Map.entry("sentence", "Setning"),
            Map.entry("qualifiers", "Presiseringer"),
            Map.entry("statedIn", "Oppgitt i"),
            Map.entry("linkedFrom", "Lenket fra"),
            Map.entry("via", "ved"),
            Map.entry("page", "side"),
            Map.entry("previous", "Forrige side"),
            Map.entry("next", "Neste side"),
            Map.entry("sources", "Kildesider"),
            Map.entry("snapshots", "Øyeblikksbilder den finnes i"),
            Map.entry("retrieved", "Hentet"),
            Map.entry("file", "Fil"),
            Map.entry("source", "Kilde"),
            Map.entry("timeUnknown", "tidspunkt ikke oppgitt"),
            Map.entry("formats", "Denne beskrivelsen som data"),
            Map.entry("showText", "Vis teksten"),
            Map.entry("more", "flere vises ikke; se dataformene eller spør SPARQL-endepunktet"),
            Map.entry("graphContents", "Ressurser i denne grafen"),
            Map.entry("graphData", "Grafens tripler"),
            Map.entry("snapshot", "Øyeblikksbilde"),
            Map.entry("labelOrder", "Etikettene på denne siden er valgt i språkrekkefølgen"),
            Map.entry("labelOrderOther", "Lesere som ber om norsk (Accept-Language nb, nn eller no), får "
                    + "nb → nn → en; alle andre får en → nb → nn."),
            Map.entry("annual", "årlig"),
            Map.entry("approximate", "omtrent"),
            Map.entry("increase", "økning"),
            Map.entry("decrease", "reduksjon"),
            Map.entry("lowerBound", "nedre grense"),
            Map.entry("upperBound", "øvre grense"),
            Map.entry("year", "år"),
            Map.entry("history", "Historikk"),
            Map.entry("historyIntro", "Øyeblikksbildene av sider som denne ressursen finnes i, eldste først, og "
                    + "hvor mange utsagn (tripler) hvert av dem la til og fjernet sammenlignet med det forrige."),
            Map.entry("time", "Tidspunkt"),
            Map.entry("changes", "Endringer"),
            Map.entry("added", "lagt til"),
            Map.entry("removed", "fjernet"),
            Map.entry("firstSnapshot", "første øyeblikksbilde"),
            Map.entry("showChanges", "Hva som endret seg"),
            Map.entry("notBefore", "ikke før"),
            Map.entry("estimated", "anslått fra den nyeste datoen siden viser"),
            Map.entry("unknownTime", "tidspunkt ukjent"),
            Map.entry("asOfLink", "Slik den var da"),
            Map.entry("shownAbove", "vist over"),
            Map.entry("olderSnapshots", "eldre øyeblikksbilder vises ikke her; SPARQL-endepunktet har alle."),
            Map.entry("asOfBanner", "Slik det står i øyeblikksbildet fra"),
            Map.entry("seeCurrent", "se den gjeldende beskrivelsen"),
            Map.entry("askedFor", "Du ba om beskrivelsen per"));

    private Words() {
    }

    static Map<String, String> of(ReaderLanguage reader) {
        return reader == ReaderLanguage.NORWEGIAN ? NORWEGIAN : ENGLISH;
    }
}
