package no.policylod.serve.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import no.policylod.format.Format;
import org.junit.jupiter.api.Test;

/** Content negotiation, language choice and conditional requests as pure functions: no server. */
class ConNegTest {

    private static final List<Format> ALL = Format.describing();

    private static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String CHROME = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

    private static Optional<Format> choose(String accept) {
        return ConNeg.format(accept, Format.describing());
    }

    @Test
    void browsersGetHtml() {
        assertEquals(Optional.of(Format.HTML), choose(FIREFOX));
        assertEquals(Optional.of(Format.HTML), choose(CHROME));
    }

    @Test
    void exactTypesGetTheirFormat() {
        assertEquals(Optional.of(Format.TURTLE), choose("text/turtle"));
        assertEquals(Optional.of(Format.JSON_LD), choose("application/ld+json"));
        assertEquals(Optional.of(Format.N_TRIPLES), choose("application/n-triples"));
        assertEquals(Optional.of(Format.RDF_XML), choose("application/rdf+xml"));
        assertEquals(Optional.of(Format.JSON_LD), choose("application/json"));
    }

    @Test
    void higherQualityWins() {
        assertEquals(Optional.of(Format.JSON_LD), choose("application/ld+json;q=1, text/turtle;q=0.5"));
        assertEquals(Optional.of(Format.TURTLE), choose("application/ld+json;q=0.4, text/turtle;q=0.5"));
    }

    @Test
    void wildcardsFallToTheServersOrder() {
        assertEquals(Optional.of(Format.HTML), choose("*/*"));
        assertEquals(Optional.of(Format.JSON_LD), choose("application/*"));
        assertEquals(Optional.of(Format.HTML), choose("text/*"));
        assertEquals(Optional.of(Format.HTML), choose(null));
        assertEquals(Optional.of(Format.HTML), choose("   "));
    }

    @Test
    void aSpecificRangeBeatsAWildcardOfTheSameQuality() {
        assertEquals(Optional.of(Format.TURTLE), choose("text/turtle, */*"));
        assertEquals(Optional.of(Format.RDF_XML), choose("application/rdf+xml, application/*"));
    }

    @Test
    void unsupportedOnlyGivesNothing() {
        assertEquals(Optional.empty(), choose("application/pdf"));
        assertEquals(Optional.empty(), choose("image/png, application/pdf;q=0.5"));
    }

    @Test
    void qualityZeroExcludes() {
        assertEquals(Optional.of(Format.TURTLE), choose("text/html;q=0, */*"));
        assertEquals(Optional.empty(), choose("text/turtle;q=0"));
        assertEquals(Optional.of(Format.JSON_LD), choose("*/*;q=0.1, text/*;q=0"));
    }

    @Test
    void malformedHeadersAreHandled() {
        assertEquals(Optional.of(Format.HTML), choose("garbage"));
        assertEquals(Optional.of(Format.HTML), choose(";;;,,,"));
        assertEquals(Optional.of(Format.TURTLE), choose("text/, text/turtle"));
        assertEquals(Optional.of(Format.TURTLE), choose("text/html;q=abc, text/turtle;q=0.2"));
        assertEquals(Optional.of(Format.TURTLE), choose("text/html;q=2, text/turtle"));
        assertEquals(Optional.of(Format.TURTLE), choose("TEXT/Turtle; charset=UTF-8"));
    }

    @Test
    void offersAreDeclaredOnceWithHtmlFirst() {
        assertEquals(Format.HTML, Format.describing().get(0));
        for (Format f : Format.describing()) {
            assertEquals(Optional.of(f), Format.byMediaType(f.mediaType()));
            assertEquals(Optional.of(f), Format.byName(f.fileSuffix()));
        }
    }

    @Test
    void suffixWinsOverParameterOverAccept() {
        assertEquals(Format.RDF_XML, ConNeg.format(Format.RDF_XML, "ttl", "text/html", ALL));
        assertEquals(Format.N_TRIPLES, ConNeg.format(null, "nt", "text/html", ALL));
        assertEquals(Format.TURTLE, ConNeg.format(null, null, "text/turtle", ALL));
        assertEquals(400, assertThrows(BadRequest.class, () -> ConNeg.format(null, "pdf", null, ALL)).status());
        assertEquals(406, assertThrows(BadRequest.class,
                () -> ConNeg.format(null, null, "application/pdf", ALL)).status());
    }



    @Test
    void conditionalRequests() {
        java.time.Instant t = java.time.Instant.parse("2024-05-01T10:00:00.500Z");
        long second = java.time.Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
        assertEquals(true, Conditional.notModified("\"a\"", -1, "\"a\"", t));
        assertEquals(true, Conditional.notModified("\"b\", W/\"a\"", -1, "\"a\"", t));
        assertEquals(true, Conditional.notModified("*", -1, "\"a\"", t));
        assertEquals(false, Conditional.notModified("\"b\"", second, "\"a\"", t));
        assertEquals(true, Conditional.notModified(null, second, "\"a\"", t));
        assertEquals(false, Conditional.notModified(null, second - 1000, "\"a\"", t));
        assertEquals(false, Conditional.notModified(null, -1, "\"a\"", t));
    }
}
