package no.policylod.source.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} as RFC 9110 gives it: delay-seconds or an HTTP-date; anything else is no answer. */
class RetryAfterTest {

    @Test
    void secondsAndDatesAreRead() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), HttpFetcher.retryAfter("120"));
        assertEquals(Optional.of(Duration.ZERO), HttpFetcher.retryAfter(" 0 "));
        assertEquals(Optional.of(Duration.ZERO), HttpFetcher.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"),
                "a date past is no wait");
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        Duration wait = HttpFetcher.retryAfter(inAnHour).orElseThrow();
        assertTrue(wait.compareTo(Duration.ofMinutes(58)) > 0 && wait.compareTo(Duration.ofMinutes(61)) < 0,
                wait.toString());
    }

    @Test
    void anythingElseIsNoAnswer() {
        assertEquals(Optional.empty(), HttpFetcher.retryAfter("soon"));
        assertEquals(Optional.empty(), HttpFetcher.retryAfter("-5"));
        assertEquals(Optional.empty(), HttpFetcher.retryAfter("1.5"));
        assertEquals(Optional.empty(), HttpFetcher.retryAfter(""));
    }
}
