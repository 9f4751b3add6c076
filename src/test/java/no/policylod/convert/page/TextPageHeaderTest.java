package no.policylod.convert.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.Ministry;
import no.policylod.source.PageSnapshot;
import org.junit.jupiter.api.Test;

/** Header forms that the development corpus does not show but other extracts of the site do (made-up text). */
class TextPageHeaderTest {

    private final no.policylod.convert.Converter reader = new no.policylod.convert.Converter(new no.policylod.convert.rdf.UriPolicy("https://w3id.org/policy-lod"));

    @Test
    void aHeaderWrittenOverSeveralLinesGivesTypeDatePublisherAndLeavesTheTitle() {
        PageContent page = reader.read(PageSnapshot.of("news.txt", """
                Nyhet
                Dato: 04.07.2019
                Kommunal- og moderniseringsdepartementet
                Nye regler for kommunale avgifter
                Sist oppdatert: 05.07.2019
                Regjeringen foreslår endringer i reglene for kommunale avgifter. Endringene skal gjøre det enklere \
                for innbyggerne å forstå hva de betaler for.
                """, null, null));
        assertEquals(DocClass.NEWS_STORY, page.docClass());
        assertEquals(Optional.of("Nye regler for kommunale avgifter"), page.title());
        assertEquals(Optional.of(LocalDate.of(2019, 7, 4)), page.issued(), "the update date is not the issue date");
        assertEquals(List.of("kdd"), page.publishers().stream().map(Ministry::key).toList());
    }

    @Test
    void aOneLineHeaderGivesTypeDateAndEveryPublisher() {
        PageContent page = reader.read(PageSnapshot.of("speech.txt", """
                Opening address at the ocean conference
                Speech/statement | Date: 27/05/2025 | Ministry of Foreign Affairs, Ministry of Trade, Industry and Fisheries
                Dear friends and colleagues, it is a pleasure to welcome you all to Oslo for these two days of talks.
                """, null, null));
        assertEquals(DocClass.SPEECH, page.docClass());
        assertEquals(Optional.of(LocalDate.of(2025, 5, 27)), page.issued());
        assertEquals(List.of("ud", "nfd"), page.publishers().stream().map(Ministry::key).toList());
    }
}
