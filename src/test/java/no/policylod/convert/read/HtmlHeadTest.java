package no.policylod.convert.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** {@link HtmlHead}: title, meta properties and the canonical address of a page's head. */
class HtmlHeadTest {

    private static HtmlHead head(String head) {
        return new HtmlHead(Jsoup.parse("<html><head>" + head + "</head></html>", "https://www.regjeringen.no/no/"));
    }

    @Test
    void readsMetaByNameOrPropertyInTheOrderAsked() {
        HtmlHead head = head("<meta name=\"description\" content=\" Lead \"><meta property=\"OG:description\""
                + " content=\"Open Graph\"><meta name=\"author\" content=\"\"><meta name=\"author\" content=\"A\">");
        assertEquals(Optional.of("Open Graph"), head.meta("og:description", "description"));
        assertEquals(List.of("A"), head.metas("author"));
        assertEquals(Optional.empty(), head.meta("keywords"));
    }

    @Test
    void resolvesTheCanonicalLinkElseOpenGraph() {
        assertEquals(Optional.of("https://www.regjeringen.no/no/aktuelt/id1/"),
                head("<link rel=\"Canonical\" href=\"aktuelt/id1/\"><meta property=\"og:url\" content=\"x\">")
                        .canonical());
        assertEquals(Optional.of("https://www.regjeringen.no/no/id2/"),
                head("<link rel=\"alternate\" href=\"/en/\"><meta property=\"og:url\""
                        + " content=\"https://www.regjeringen.no/no/id2/\">").canonical());
    }

    @Test
    void cleansTheTitle() {
        assertEquals(Optional.of("Ocean policy - regjeringen.no"),
                head("<title> Ocean\n policy - regjeringen.no </title>").title());
        assertEquals(Optional.empty(), head("").title());
    }
}
