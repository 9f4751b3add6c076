package no.policylod.convert.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link HtmlText}: white space as the extracts have it, and dates as markup states them. */
class HtmlTextTest {

    @Test
    void removesDates() {
        assertEquals("Pressemelding   | x", HtmlText.withoutDates("Pressemelding 05.06.2023 | x"));
    }

    @Test
    void readsIsoDatesAndTheSitesDates() {
        assertEquals(List.of(Optional.of(LocalDate.of(2025, 5, 27)), Optional.of(LocalDate.of(2023, 6, 5)),
                        Optional.empty()),
                Stream.of(" 2025-05-27T10:00:00+02:00", "05.06.2023", "2025-13-40").map(HtmlText::isoDate).toList());
    }

    @Test
    void cleansWhiteSpaceButKeepsHardSpacesBetweenDigits() {
        assertEquals("Press release", HtmlText.clean(" Press\u200b \u00a0release\n"));
        assertEquals("NOK 20\u00a0000 million", HtmlText.clean("NOK\u00a020\u00a0000\u2003million"));
    }
}
