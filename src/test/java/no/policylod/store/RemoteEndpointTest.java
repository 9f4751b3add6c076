package no.policylod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of loading into a remote store that are plain functions: URLs, Retry-After, error bodies. */
class RemoteEndpointTest {

    @Test
    void theQueryUrlIsFoundBesideTheGraphStoreUrl() {
        assertEquals(URI.create("http://h:3030/ds/sparql"),
                RemoteEndpoint.defaultQuery(URI.create("http://h:3030/ds/data")));
        assertEquals(URI.create("http://h:8890/sparql"),
                RemoteEndpoint.defaultQuery(URI.create("http://h:8890/sparql-graph-crud-auth")));
        assertEquals(URI.create("http://h:3030/ds"), RemoteEndpoint.defaultQuery(URI.create("http://h:3030/ds")));
    }

    @Test
    void anEndpointIsAnHttpUrlWithoutAGraphAndAPasswordIsNeverShown() {
        assertThrows(IllegalArgumentException.class,
                () -> RemoteEndpoint.of(URI.create("ftp://h/ds/data"), null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> RemoteEndpoint.of(URI.create("http://h/ds/data?graph=x"), null, null, null));
        assertFalse(RemoteEndpoint.of(URI.create("http://h/ds/data"), null, "u", "secret").toString()
                .contains("secret"));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RemoteHttp.retryAfter("7"));
        assertEquals(Optional.empty(), RemoteHttp.retryAfter("soon"));
        assertEquals(Optional.empty(), RemoteHttp.retryAfter(null));
        String later = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(60));
        Duration wait = RemoteHttp.retryAfter(later).orElseThrow();
        assertTrue(wait.toSeconds() > 50 && wait.toSeconds() <= 60, wait.toString());
        String earlier = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().minusSeconds(60));
        assertEquals(Optional.of(Duration.ZERO), RemoteHttp.retryAfter(earlier));
    }

    @Test
    void anErrorPageBecomesOneLine() {
        assertEquals("Error 22023 The PUT request is rejected", RemoteHttp.summary("<html><head><title>x</title>"
                + "</head><body><h3>Error 22023</h3>\n<xmp>The PUT request is rejected</xmp></body></html>"));
        assertEquals(201, RemoteHttp.summary("x".repeat(500)).length());
    }
}
