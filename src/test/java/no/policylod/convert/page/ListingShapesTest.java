package no.policylod.convert.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.policylod.convert.Converter;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.PageContent.ListedItem;
import no.policylod.convert.model.Rules;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The page-kind rules and the entry shapes of listings, on made-up pages in the site's forms. Each test names the
 * development pages (src/test/resources/corpus/pages) whose structure it stands for.
 */
class ListingShapesTest {

    private static final UriPolicy URIS = new UriPolicy("https://w3id.org/policy-lod");

    private static PageContent read(String text, String url) {
        return new Converter(URIS).read(PageSnapshot.of("page.txt", text, url, null));
    }

    private static PageContent readWithout(String text, String url, String rule) {
        return new Converter(URIS, Rules.all().without(Set.of(rule))).read(PageSnapshot.of("p.txt", text, url, null));
    }

    private static List<String> titles(PageContent page) {
        return page.items().stream().map(ListedItem::title).toList();
    }

    private static final String SEARCH_RESULTS = """
            Nyheter og pressemeldinger
            Her finner du nyheter fra departementene.
            Viser 61-80 av 316 treff
            Sorter etter: Dato
            -
            Ny kai i Bodø
            04.06.2025 Pressemelding Nærings- og fiskeridepartementetRegjeringen gir penger til en ny kai i Bodø.
            -
            Havnen feirer 100 år!
            11.06.2024 Nyhet Nærings- og fiskeridepartementetHavnen i Bodø feirer hundre år med fest.
            """;

    @Test
    @DisplayName("a result counter makes a listing; title over meta line with glued teaser (007, 011, 048, 057)")
    void searchResults() {
        PageContent page = read(SEARCH_RESULTS, null);
        assertEquals(DocClass.LISTING, page.docClass());
        assertEquals(List.of("Ny kai i Bodø", "Havnen feirer 100 år!"), titles(page));
        assertEquals(Optional.of(DocClass.PRESS_RELEASE), page.items().get(0).docClass());
        assertEquals(Optional.of(LocalDate.of(2024, 6, 11)), page.items().get(1).issued());
        assertEquals(Optional.of("Regjeringen gir penger til en ny kai i Bodø."), page.items().get(0).teaser());
    }

    @Test
    @DisplayName("switched off, the title-over-meta shape lists nothing of those entries")
    void titleMetaCanBeSwitchedOff() {
        PageContent page = readWithout(SEARCH_RESULTS, null, "EntryShape.TITLE_META");
        assertEquals(List.of(), titles(page));
    }

    @Test
    @DisplayName("titles over one-paragraph teasers with a place-and-date line, under a section's name (041, 042)")
    void speechListingWithDatelines() {
        PageContent page = read("""
                Speeches and articles

                Here you find speeches by the ministers.

                Opening of the new harbour

                Bodø, 3 May 2024

                The minister opened the new harbour in Bodø and thanked everyone who built it.

                Address at the fisheries conference

                Tromsø, 28 April 2024

                The minister spoke about the future of the fisheries in the north.
                """, null);
        assertEquals(DocClass.LISTING, page.docClass());
        assertEquals(List.of("Opening of the new harbour", "Address at the fisheries conference"), titles(page));
        assertEquals(Optional.of(DocClass.SPEECH), page.items().get(1).docClass());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), page.items().get(0).issued());
    }

    @Test
    @DisplayName("a listing that opens with its first teaser has no title of its own (009, 059)")
    void listingOpeningWithAnEntry() {
        PageContent page = read("""
                New quay in the north

                The government gives money for a new quay in the north.

                Harbour celebrates 100 years

                The harbour in Bodø celebrates its hundredth year with a party.

                Ferry route extended

                The ferry will also call at two more islands next summer.
                """, "https://www.regjeringen.no/en/whatsnew/id1150/");
        assertEquals(DocClass.LISTING, page.docClass());
        assertEquals(List.of("New quay in the north", "Harbour celebrates 100 years", "Ferry route extended"),
                titles(page));
    }

    @Test
    @DisplayName("kickers over teaser titles and a numbered teaser on a topic page (067, 094, 001)")
    void kickersAndNumbers() {
        PageContent page = read("""
                Havner

                Havnene er viktige for næringslivet langs kysten, og regjeringen vil styrke dem.

                Statsbudsjettet 2026
                Ny kai i Bodø
                Regjeringen foreslår penger til en ny kai i Bodø.

                Meld. St. 9 (2024–2025)

                Meldingen handler om havnene langs kysten og hvordan de skal utvikles.
                """, "https://www.regjeringen.no/no/tema/transport/havner/id1234/");
        assertEquals(DocClass.TOPIC, page.docClass());
        assertEquals(List.of("Ny kai i Bodø", "Meld. St. 9 (2024–2025)"), titles(page));
        assertEquals(Optional.of("Statsbudsjettet 2026"), page.items().get(0).kicker());
        assertEquals(Optional.of(DocClass.REPORT), page.items().get(1).docClass());
        assertEquals(Optional.of("Meld. St. 9 (2024–2025)"), page.items().get(1).identifier());
    }

    @Test
    @DisplayName("the stated type wins over a document word in the address; a title under a number (005, 093)")
    void statedTypeAndNumberedTitle() {
        PageContent page = read("""
                Prop. 12 S (2024–2025)

                Endringer i statsbudsjettet 2025 m.m.

                1 Innledning

                Regjeringen legger fram forslag om endringer i statsbudsjettet for 2025.
                """, "https://www.regjeringen.no/no/dokumenter/prop.-12-s-20242025/id1/");
        assertEquals(DocClass.PROPOSITION, page.docClass());
        assertEquals(Optional.of("Endringer i statsbudsjettet 2025 m.m."), page.title());
        assertEquals(Optional.of("Prop. 12 S (2024–2025)"), page.identifier());
    }

    @Test
    @DisplayName("a part label and its heading are the title; a cut-short title is completed (063, 064, 068)")
    void partsAndCutTitles() {
        assertEquals(Optional.of("Del 2 Budsjettforslaget for havnene"), read("""
                Del 2
                Budsjettforslaget for havnene
                Regjeringen foreslår å bruke mer penger på havnene langs kysten neste år.
                """, null).title());
        assertEquals(Optional.of("3.1 Nærmere om havnene i nord"), read("""
                3.1 Nærmere om havnene...
                Underside | | Samferdselsdepartementet
                3.1 Nærmere om havnene i nord
                Regjeringen foreslår å bruke mer penger på havnene langs kysten neste år.
                """, null).title());
    }

    @Test
    @DisplayName("a header of bar-separated fields with an empty one gives type and publisher (064)")
    void headerWithEmptyField() {
        PageContent page = read("""
                Havnene
                Underside | | Samferdselsdepartementet
                Regjeringen foreslår å bruke mer penger på havnene langs kysten neste år.
                """, null);
        assertEquals(DocClass.ARTICLE, page.docClass());
        assertEquals(List.of("sd"), page.publishers().stream().map(m -> m.key()).toList());
    }

    @Test
    @DisplayName("a speech's byline dates it (046, 047)")
    void speechByline() {
        PageContent page = read("""
                Havnene i nord

                Samferdselsminister Ola Nordmann, havnekonferansen i Bodø 3. mai 2024

                Kjære alle sammen. Det er en glede å være her i Bodø i dag.
                """, null);
        assertEquals(DocClass.SPEECH, page.docClass());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 3)), page.issued());
    }

    @Test
    @DisplayName("an update date is no publication date (the site's \"Sist oppdatert:\" field; no corpus page shows it in a bar header)")
    void updateDateIsNoIssueDate() {
        PageContent page = read("""
                Havnene
                Artikkel | Sist oppdatert: 12.03.2024 | Samferdselsdepartementet
                Regjeringen foreslår å bruke mer penger på havnene langs kysten neste år.
                """, null);
        assertEquals(DocClass.ARTICLE, page.docClass());
        assertEquals(Optional.empty(), page.issued());
        assertEquals(List.of("sd"), page.publishers().stream().map(m -> m.key()).toList());
    }

    @Test
    @DisplayName("an extract cut off inside its last teaser keeps that entry; a whole page's last title is none (009, 059)")
    void cutOffLastTeaser() {
        String page = """
                Nyheter og pressemeldinger

                Ny kai i Bodø

                Regjeringen gir penger til en ny kai i Bodø.

                Havnen feirer hundre år

                Havnen i Bodø feirer hundre år med en stor fest.

                Ferjen går lenger

                Ferjen skal også gå til to nye""";
        assertEquals(List.of("Ny kai i Bodø", "Havnen feirer hundre år", "Ferjen går lenger"),
                titles(read(page, null)));
        assertEquals(List.of("Ny kai i Bodø", "Havnen feirer hundre år"),
                titles(read(page.replace("to nye", "to nye\nFerjer i nord\n"), null)));
    }
}
