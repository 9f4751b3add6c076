package no.policylod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers are handed out in turn within each series and session. */
class DocumentNumbersTest {

    @Test
    void eachSeriesAndSessionCountsFromOne() {
        DocumentNumbers numbers = new DocumentNumbers();
        assertEquals("Meld. St. 1 (2024–2025)", numbers.renumber("Meld. St. 20 (2024–2025)"));
        assertEquals("Meld. St. 2 (2024–2025)", numbers.renumber("Meld. St. 5 (2024–2025)"));
        assertEquals("Meld. St. 1 (2023–2024)", numbers.renumber("Meld. St. 5 (2023–2024)"));
        assertEquals("Prop. 1 S (2024–2025)", numbers.renumber("Prop. 118 S (2024–2025)"));
        assertEquals("NOU 2023: 1", numbers.renumber("NOU 2023: 17"));
        assertEquals("NOU 2023:2", numbers.renumber("NOU 2023:5"));
        assertEquals("St.meld. nr. 1 (2001-2002)", numbers.renumber("St.meld. nr. 2 (2001-2002)"));
        assertEquals("St. meld. nr. 2 (2001–2002)", numbers.renumber("St. meld. nr. 9 (2001–2002)"));
    }
}
