package no.policylod.convert.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link HtmlTeaserMeta}: a teaser's meta line split into date, type label and the other words. */
class HtmlTeaserMetaTest {

    @Test
    void splitsTypeDateAndMinistry() {
        assertEquals(Optional.of(new HtmlTeaserMeta(Optional.of(LocalDate.of(2025, 9, 19)), "News story",
                        "Ministry of Foreign Affairs")),
                HtmlTeaserMeta.parse("News story | 19.09.2025 | Ministry of Foreign Affairs"));
        assertEquals(Optional.of(new HtmlTeaserMeta(Optional.of(LocalDate.of(2023, 6, 5)), "Pressemelding", "")),
                HtmlTeaserMeta.parse("Pressemelding 05.06.2023"));
    }

    @Test
    void readsLabelsWithoutADate() {
        assertEquals(Optional.of(new HtmlTeaserMeta(Optional.empty(), "Press release", "")),
                HtmlTeaserMeta.parse("Press release"));
    }

    @Test
    void leavesTextAlone() {
        assertEquals(Optional.empty(), HtmlTeaserMeta.parse("The meeting on 12.03.2025 was postponed."));
        assertEquals(Optional.empty(), HtmlTeaserMeta.parse("From 01.01.2025 to 31.12.2025"));
        assertEquals(Optional.empty(), HtmlTeaserMeta.parse("Kommunar langs kysten kan søkje om pengar"));
    }
}
