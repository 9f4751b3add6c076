package no.policylod.convert.read;

import no.policylod.convert.model.Ministry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** {@link JsonLdPage}: which node is the page's, and what it says, read as plain JSON. */
class JsonLdPageTest {

    private static JsonLdPage ld(String... blocks) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String block : blocks) {
            html.append("<script type=\"application/ld+json\">").append(block).append("</script>");
        }
        return JsonLdPage.of(Jsoup.parse(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void skipsMalformedBlocksAndReadsTheNext() {
        JsonLdPage ld = ld("{\"headline\": ", "{\"@type\": \"Article\", \"headline\": \" Kystberedskap \\n i en ny tid\","
                + " \"datePublished\": \"2024-04-12T09:00:00+02:00\", \"inLanguage\": \"nb\"}");
        assertEquals(Optional.of("Kystberedskap i en ny tid"), ld.text("headline", "name"));
        assertEquals(Optional.of(LocalDate.of(2024, 4, 12)), ld.issued());
        assertEquals(Optional.of("nb"), ld.inLanguage());
    }

    @Test
    void findsThePageNodeInAGraphPastOrganisations() {
        JsonLdPage ld = ld("{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"GovernmentOrganization\","
                + " \"name\": \"Regjeringen\"}, {\"@type\": [\"schema:NewsArticle\"], \"name\": \"Ny kai\"}]}");
        assertEquals(Optional.of("Ny kai"), ld.text("headline", "name"));
        assertEquals(Optional.of("News story"), ld.typeLabel());
    }

    @Test
    void readsPublishersAsStringsObjectsOrArrays() {
        assertEquals(List.of("Ministry of Foreign Affairs"),
                ld("{\"headline\": \"T\", \"publisher\": {\"@type\": \"Organization\","
                        + " \"name\": \"Ministry of Foreign Affairs\"}}").publishers());
        assertEquals(List.of("Samferdselsdepartementet", "regjeringen.no"),
                ld("{\"headline\": \"T\", \"publisher\": [\"Samferdselsdepartementet\", {\"name\": \"regjeringen.no\"},"
                        + " 7]}").publishers());
    }

    @Test
    void withoutAPageNodeSaysNothing() {
        JsonLdPage ld = ld("[{\"@type\": \"WebSite\", \"name\": \"Regjeringen.no\"}]");
        assertEquals(Optional.empty(), ld.text("name"));
        assertEquals(List.of(), ld.publishers());
        assertEquals(Optional.empty(), ld.typeLabel());
    }
}
