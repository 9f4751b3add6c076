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
}
