package no.policylod.serve.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.policylod.serve.http.BadRequest;
import org.junit.jupiter.api.Test;

class NegotiationTest {

    @Test
    void pagesAreBounded() {
        assertEquals(1, Negotiation.page(null));
        assertEquals(7, Negotiation.page("7"));
        for (String bad : List.of("0", "-1", "x", "1001", "99999999999")) {
            assertEquals(400, assertThrows(BadRequest.class, () -> Negotiation.page(bad)).status(), bad);
        }
    }

    @Test
    void readerLanguage() {
        assertEquals(ReaderLanguage.NORWEGIAN, ReaderLanguage.of("nb"));
        assertEquals(ReaderLanguage.NORWEGIAN, ReaderLanguage.of("nn-NO, en;q=0.5"));
        assertEquals(ReaderLanguage.NORWEGIAN, ReaderLanguage.of("de, no;q=0.8, en;q=0.5"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("en-GB,en;q=0.9,nb;q=0.8"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("de"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of(null));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("nb;q=0, *"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("%%%"));
        assertEquals(List.of("nb", "nn", "en"), ReaderLanguage.NORWEGIAN.labelOrder());
        assertEquals(List.of("en", "nb", "nn"), ReaderLanguage.ENGLISH.labelOrder());
    }
}
