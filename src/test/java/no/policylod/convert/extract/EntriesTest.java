package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.convert.extract.Entries.Meta;
import no.policylod.convert.model.DocClass;
import org.junit.jupiter.api.Test;

/** {@link Entries}: an entry's meta line, its fields in any order, and a title opening with a document number. */
class EntriesTest {

    @Test
    void readsTypeDateAndMinistryInAnyOrder() {
        assertEquals(meta(DocClass.NEWS_STORY, LocalDate.of(2025, 9, 19), "ud"),
                read("News story | 19.09.2025 | Ministry of Foreign Affairs"));
        assertEquals(meta(DocClass.PRESS_RELEASE, LocalDate.of(2023, 6, 5)), read("Pressemelding 05.06.2023"));
        assertEquals(meta(DocClass.PRESS_RELEASE, LocalDate.of(2025, 3, 19), "ud"),
                read("Press release · Ministry of Foreign Affairs · 19.03.2025"));
    }

    @Test
    void readsALoneTypeLabel() {
        assertEquals(new Said(Optional.of(DocClass.PRESS_RELEASE), Optional.empty(), List.of()),
                read("Press release"));
    }

    @Test
    void aCommaInAMinistrysNameDoesNotSplitIt() {
        assertEquals(meta(DocClass.PRESS_RELEASE, LocalDate.of(2025, 3, 14), "nfd"),
                read("Press release | Ministry of Trade, Industry and Fisheries | 14.03.2025"));
    }

    @Test
    void leavesTextAlone() {
        assertEquals(Optional.empty(), Entries.meta("The meeting on 12.03.2025 was postponed."));
        assertEquals(Optional.empty(), Entries.meta("From 01.01.2025 to 31.12.2025"));
        assertEquals(Optional.empty(), Entries.meta("Kommunar langs kysten kan søkje om pengar"));
    }

    @Test
    void fieldsTooFewForAMetaLineAreStillFields() {
        assertTrue(Entries.isFields("Dato: 12.03.2025"));
        assertTrue(Entries.isFields("Ministry of Defence"));
        assertFalse(Entries.isFields("Read more about the agreement"));
        assertFalse(Entries.isFields(""));
    }

    @Test
    void splitsADocumentNumberOffATitle() {
        Entries.Inline n = Entries.numbered("Meld. St. 21 (2023–2024) - Clean and rich seas").orElseThrow();
        assertEquals("Clean and rich seas", n.title());
        assertEquals(Optional.of("Meld. St. 21 (2023–2024)"), n.identifier());
        assertEquals(Optional.of(DocClass.REPORT), n.docClass());
        assertEquals(Optional.empty(), Entries.numbered("Clean and rich seas"));
    }

    /** What a meta line says, its publishers by ministry key. */
    record Said(Optional<DocClass> docClass, Optional<LocalDate> issued, List<String> publishers) {
    }

    private static Said read(String line) {
        Meta m = Entries.meta(line).orElseThrow(() -> new AssertionError("no meta: " + line));
        return new Said(m.docClass(), m.issued(), m.publishers().stream().map(no.policylod.convert.model.Ministry::key).toList());
    }

    private static Said meta(DocClass type, LocalDate date, String... ministries) {
        return new Said(Optional.of(type), Optional.of(date), List.of(ministries));
    }
}
