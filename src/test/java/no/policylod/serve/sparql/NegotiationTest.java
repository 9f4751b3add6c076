package no.policylod.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NegotiationTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Test
    void browsersGetHtml() {
        assertEquals(ResultFormat.HTML, chosen(BROWSER, Offer.TABLE));
        assertEquals(ResultFormat.HTML, chosen(BROWSER, Offer.GRAPH));
        assertEquals(ResultFormat.HTML, chosen(BROWSER, Offer.DESCRIPTION));
    }

    @Test
    void anythingGivesTheServersFirstChoice() {
        for (String accept : List.of("*/*", "", "   ", "no-slash-at-all")) {
            assertEquals(ResultFormat.SPARQL_JSON, chosen(accept, Offer.TABLE), accept);
            assertEquals(ResultFormat.TURTLE, chosen(accept, Offer.GRAPH), accept);
        }
        assertEquals(ResultFormat.SPARQL_JSON, chosen(null, Offer.TABLE));
    }

    @Test
    void aNamedTypeBeatsAWildcardOfTheSameQuality() {
        assertEquals(ResultFormat.CSV, chosen("*/*, text/csv", Offer.TABLE));
        assertEquals(ResultFormat.JSON_LD, chosen("application/ld+json, */*", Offer.GRAPH));
        assertEquals(ResultFormat.TSV, chosen("text/tab-separated-values;q=0.9, application/*;q=0.5", Offer.TABLE));
    }

    @Test
    void qualityZeroExcludesEvenUnderAWildcard() {
        assertEquals(ResultFormat.SPARQL_JSON, chosen("text/html;q=0, */*", Offer.TABLE));
        assertEquals(ResultFormat.SPARQL_XML, chosen("application/sparql-results+json;q=0, application/json;q=0, "
                + "*/*;q=0.1", Offer.TABLE));
    }

    @Test
    void aliasesAnswerWithTheirOwnMediaType() {
        Offer offer = Negotiation.choose("application/json", Offer.TABLE).orElseThrow();
        assertEquals("application/json;charset=utf-8", offer.contentType());
        assertEquals(ResultFormat.SPARQL_JSON, offer.format());
        assertEquals("application/sparql-results+xml",
                Negotiation.choose("application/sparql-results+xml", Offer.TABLE).orElseThrow().contentType());
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertTrue(Negotiation.choose("image/png", Offer.TABLE).isEmpty());
        assertTrue(Negotiation.choose("text/csv", Offer.GRAPH).isEmpty());
        assertTrue(Negotiation.choose("*/*;q=0", Offer.TABLE).isEmpty());
    }

    private static ResultFormat chosen(String accept, List<Offer> offers) {
        return Negotiation.choose(accept, offers).orElseThrow().format();
    }
}
