package no.policylod.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private static final QueryLimits LIMITS = new QueryLimits(Duration.ofMillis(1500), 100_000, 64L << 20, 1024);

    @Test
    void messagesAreOnePrintableAsciiLine() {
        assertEquals("Parse error: line 1 \\u00e6 ok", Refusals.oneLine("Parse error:\n  line 1\r\n \u00e6 ok\n"));
        String longMessage = Refusals.oneLine("x".repeat(5000));
        assertEquals(1000, longMessage.length());
        assertTrue(longMessage.endsWith("..."));
    }

    @Test
    void overCapIs422WithPagingHintAndDumps() {
        ActionErrorException rows = Refusals.tooLarge(new ResultTooLarge(ResultTooLarge.Limit.ROWS, 100_000),
                "http://h/dumps/");
        assertEquals(422, rows.getRC());
        assertTrue(rows.getMessage().contains("more than 100000 rows"), rows.getMessage());
        assertTrue(rows.getMessage().contains("LIMIT/OFFSET") && rows.getMessage().endsWith("http://h/dumps/"));
        ActionErrorException bytes = Refusals.tooLarge(new ResultTooLarge(ResultTooLarge.Limit.BYTES, 64L << 20),
                "http://h/dumps/");
        assertTrue(bytes.getMessage().contains("larger than 67108864 bytes (64 MiB)"), bytes.getMessage());
    }

    @Test
    void timeoutIs503() {
        ActionErrorException e = Refusals.timedOut(LIMITS, "http://h/dumps/");
        assertEquals(503, e.getRC());
        assertTrue(e.getMessage().startsWith("query stopped at the time limit of 1.5 s;"), e.getMessage());
    }
}
