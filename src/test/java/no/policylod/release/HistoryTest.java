package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The history of the "Security policy" topic page across the three fixture snapshots: 2017 (no time known),
 * 2024 (not before 2024-09-23, its newest listed document) and December 2025 (not before 2025-12-04, and with the
 * page's URL, so with its page id). What changed is read off the pages: the 2017 lead "The main aim of our security
 * policy ..." and its three Norwegian image captions are gone in 2024, which opens "The primary objective of
 * Norwegian security policy ..."; the 2025 page says the same and adds the page id from its URL.
 */
class HistoryTest {

    static final String Y2017 = "000_7a6befeeade525e2.txt";
    static final String Y2024 = "001_05e4ca65070688fa.txt";
    static final String Y2025 = "001.txt";
    static final Node TOPIC = NodeFactory.createURI(Fixtures.BASE + "/id/topic/id1111");

    private static Store store;
    private static List<History.State> states;

    @BeforeAll
    static void build() {
        store = Fixtures.store(Fixtures.tempDir("history"), "pages/seeds", "pages/topic-with-url");
        states = History.of(store.dataset(), TOPIC);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void threeStatesOldestFirst() {
        assertEquals(List.of(Y2017, Y2024, Y2025), states.stream().map(History.State::fileName).toList());
        assertEquals(List.of(History.TimeBasis.UNKNOWN, History.TimeBasis.NOT_BEFORE, History.TimeBasis.NOT_BEFORE),
                states.stream().map(History.State::basis).toList());
        assertEquals(java.util.Arrays.asList(null, "2024-09-23", "2025-12-04"),
                states.stream().map(History.State::time).toList());
        assertTrue(states.stream().allMatch(s -> s.triples().stream().anyMatch(t -> text(t).equals("Security policy"))),
                "every snapshot titles the page 'Security policy'");
        assertEquals(states, History.of(store.dataset().asDatasetGraph(), TOPIC), "the same from the dataset graph");
    }

    @Test
    void the2017StateIsAllNew() {
        History.State first = states.get(0);
        assertEquals(first.triples(), first.added());
        assertEquals(List.of(), first.removed());
        assertEquals(List.of("Bilbombe har gått av i Bagdad.", "Fra forsiden på Norges nye cyberstrategi",
                "Veivalgprosjektets logo"), values(first.triples(), "https://w3id.org/policy-lod/ontology#caption"));
    }

    @Test
    void in2024TheLeadChangedAndTheCaptionsWentAway() {
        History.State s = states.get(1);
        assertEquals(List.of("Bilbombe har gått av i Bagdad.", "Fra forsiden på Norges nye cyberstrategi",
                "Veivalgprosjektets logo"), values(s.removed(), "https://w3id.org/policy-lod/ontology#caption"));
        assertTrue(values(s.removed(), "http://purl.org/dc/terms/description").get(0)
                .startsWith("The main aim of our security policy"), s.removed().toString());
        assertTrue(values(s.added(), "http://purl.org/dc/terms/description").get(0)
                .startsWith("The primary objective of Norwegian security policy"), s.added().toString());
        assertEquals(List.of(), values(s.added(), "http://purl.org/dc/terms/title"), "the title did not change");
    }

    @Test
    void in2025OnlyThePageIdFromTheUrlWasAdded() {
        History.State s = states.get(2);
        assertEquals(List.of("id1111"), s.added().stream().map(HistoryTest::text).toList());
        assertEquals(List.of(), s.removed());
    }

    @ParameterizedTest(name = "at={0} -> {1}")
    @CsvSource({"2001-01-01, " + Y2017, "2024-09-22, " + Y2017, "2024-09-23, " + Y2024, "2025-12-03, " + Y2024,
            "2025-12-04, " + Y2025, "2030-01-01, " + Y2025})
    void atPicksTheLatestSnapshotOnOrBeforeTheDay(String day, String file) {
        assertEquals(file, History.at(states, History.parseDate(day)).orElseThrow().fileName());
        assertEquals(file, History.at(store.dataset(), TOPIC, LocalDate.parse(day)).orElseThrow().fileName());
    }

    @Test
    void aKnownGenerationTimeComesFirstAndDatesTheSnapshot() {
        try (Store timed = Fixtures.store(Fixtures.tempDir("history-timed"), "pages/seeds", "pages/topic-with-url")) {
            Node graph = states.get(0).snapshot();
            Txn.executeWrite(timed.dataset(), () -> UpdateAction.parseExecute("INSERT DATA { GRAPH <" + graph.getURI()
                    + "> { <" + graph.getURI() + "> <http://www.w3.org/ns/prov#generatedAtTime> "
                    + "\"2017-03-01T12:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime> } }", timed.dataset()));
            List<History.State> dated = History.of(timed.dataset(), TOPIC);
            assertEquals(History.TimeBasis.GENERATED, dated.get(0).basis());
            assertEquals(Optional.of(LocalDate.of(2017, 3, 1)), dated.get(0).date());
            assertEquals(Optional.empty(), History.at(dated, LocalDate.of(2017, 2, 28)), "nothing known before then");
            assertEquals(Y2017, History.at(dated, LocalDate.of(2017, 3, 1)).orElseThrow().fileName());
        }
    }

    @Test
    void aResourceNoSnapshotDescribesHasNoHistory() {
        Node unknown = NodeFactory.createURI(Fixtures.BASE + "/id/topic/id0");
        assertEquals(List.of(), History.of(store.dataset(), unknown));
        assertEquals(Optional.empty(), History.at(store.dataset(), unknown, LocalDate.of(2025, 1, 1)));
    }

    @Test
    void aMalformedDateSaysHowToWriteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> History.parseDate("21.11.2025"));
        assertEquals("at=21.11.2025 is not a date: write it as YYYY-MM-DD, e.g. at=2024-10-01", e.getMessage());
    }

    private static List<String> values(List<Triple> triples, String predicate) {
        return triples.stream().filter(t -> t.getPredicate().getURI().equals(predicate)).map(HistoryTest::text)
                .sorted().toList();
    }

    private static String text(Triple t) {
        return t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : t.getObject().toString();
    }
}
