package no.policylod.convert.read;

import no.policylod.convert.model.Ministry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;
import org.junit.jupiter.api.Test;

/** Lines of plain-text extracts typed as blocks by their shape (made-up text in the site's forms). */
class TextBlockReaderTest {

    private static List<Kind> kinds(String text) {
        return new TextBlockReader().read(text).blocks().stream().map(Block::kind).toList();
    }

    private static List<Block> blocks(String text) {
        return new TextBlockReader().read(text).blocks();
    }

    @Test
    void eachLineShapeGetsItsKind() {
        assertEquals(List.of(Kind.TITLE, Kind.PARAGRAPH, Kind.HEADING, Kind.ENTRY_MARK, Kind.LIST_ENTRY, Kind.META,
                Kind.TEXT), kinds("""
                A harbour for the north
                The ministry proposes a new harbour in the north. It will open in two years.
                What's new
                -
                - A new quay opens Press release 02/03/2024
                12/03/2024 News story Ministry of Trade, Industry and Fisheries
                Read it here, or there,
                """));
    }

    @Test
    void resultCountersAndSortLinesAreCountersInEveryLanguage() {
        assertEquals(List.of(Kind.COUNTER, Kind.COUNTER, Kind.COUNTER, Kind.COUNTER), kinds("""
                Showing 81-100 of 7267 results.
                Viser 61-80 av 316 treff
                Sort by: Date Best results
                Sorter etter: Dato
                """));
    }

    @Test
    void photoCreditsAndAltTextsRepeatedByTheCreditAreCaptions() {
        List<Block> b = blocks("""
                Fishing boats in the harbour
                Fishing boats in the harbour Photo: A. Person
                """);
        assertEquals(List.of(Kind.CAPTION, Kind.CAPTION), b.stream().map(Block::kind).toList());
    }

    @Test
    void aListEntryLosesItsBulletAndKeepsItsLineNumber() {
        Block entry = blocks("Title\n\n- First item of the list\n").get(1);
        assertEquals(new Block(Kind.LIST_ENTRY, "First item of the list", 3), entry);
    }

    @Test
    void aLineBrokenMidSentenceIsJoinedBack() {
        List<Block> b = blocks("The ministry gives NOK\n20 million to the harbour and\nthe quay this year.\n");
        assertEquals(1, b.size());
        assertEquals("The ministry gives NOK 20 million to the harbour and the quay this year.", b.get(0).text());
    }

    @Test
    void boilerplateIsDropped() {
        assertEquals(List.of(Kind.TITLE), kinds("Til innholdsfortegnelse\nHavner i nord\n"));
    }

    @Test
    void aNumberTheExtractIsCutOffOnIsNoFigure() {
        List<Block> b = blocks("Aid to the region\nThe ministry gives a total of USD 5.4\n");
        assertEquals("The ministry gives a total of USD", b.get(1).text());
        assertEquals("Ended 2024.", blocks("Title\nEnded 2024.\n").get(1).text());
        assertEquals("The fund ran out in 2024", blocks("Title\nThe fund ran out in 2024\n").get(1).text());
    }
}
