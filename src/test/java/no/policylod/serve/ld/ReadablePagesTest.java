package no.policylod.serve.ld;

import static no.policylod.serve.ld.TestServer.get;
import static no.policylod.serve.ld.TestServer.header;
import static no.policylod.serve.ld.TestServer.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.policylod.testing.Headers;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The linked-data pages as people read them: in the language they choose, with names where the data has
 * identifiers (amounts, snapshots, languages), image captions apart from the facts, and for values the snapshots
 * disagree on, which snapshot says what.
 */
class ReadablePagesTest {

    private static final String HTML = "text/html";
    private static final String STORY = "/doc/doc/id2701821";
    /** A hexadecimal identifier as link text: what the pages no longer show. */
    private static final Pattern HEX_LINK = Pattern.compile(">[^<]*\\b[0-9a-f]{16}\\b[^<]*</a>");

    @Test
    void aChosenLanguageIsRememberedAndFollowed() {
        HttpResponse<String> chosen = get(STORY + "?lang=nn", "Accept", HTML, "Accept-Language", "en");
        assertEquals(200, chosen.statusCode());
        assertTrue(header(chosen, "Set-Cookie").startsWith("lang=nn;"), header(chosen, "Set-Cookie"));
        assertEquals("Accept, Accept-Language, Cookie", Headers.vary(chosen));
        Document nn = Jsoup.parse(chosen.body());
        assertEquals("nn", nn.selectFirst("html").attr("lang"));
        assertEquals("true", nn.selectFirst("nav.languages a[data-lang=nn]").attr("aria-current"));
        assertEquals(STORY + "?lang=en", nn.selectFirst("nav.languages a[data-lang=en]").attr("href"));
        assertTrue(nn.selectFirst("p.kind").text().contains("nyheit"), nn.selectFirst("p.kind").text());
        assertTrue(nn.select("dl.facts dt").eachText().contains("utgjevar"), nn.select("dl.facts dt").eachText()
                .toString());
        assertEquals("Framside", nn.selectFirst("header.site nav a[href=/]").text());
        Document followed = Jsoup.parse(get(STORY, "Accept", HTML, "Accept-Language", "en",
                "Cookie", "lang=nn").body());
        assertEquals("nn", followed.selectFirst("html").attr("lang"), "the cookie wins over Accept-Language");
        assertNull(get(STORY, "Accept", HTML, "Cookie", "lang=nn").headers().firstValue("Set-Cookie")
                .orElse(null), "nothing new to remember");
        assertEquals("nb", Jsoup.parse(get(STORY, "Accept", HTML, "Accept-Language", "no").body())
                .selectFirst("html").attr("lang"), "no is read as bokmål");
    }

    @Test
    void datesAndNumbersAreWrittenInThePagesLanguage() {
        String doc = path(TestServer.XSS_DOC).replace("/id/", "/doc/");
        String nb = get(doc, "Accept", HTML, "Accept-Language", "nb").body();
        assertTrue(nb.contains(">1. mai 2024 kl. 10.00 UTC</time>"), nb);
        String en = get(doc, "Accept", HTML).body();
        assertTrue(en.contains(">1 May 2024, 10:00 UTC</time>"), en);
        String amounts = get(STORY + "?lang=nb", "Accept", HTML).body();
        assertTrue(amounts.contains("38\u00a0200\u00a0000 NOK"), "bokmål digit grouping");
    }

    @Test
    void amountsSnapshotsAndLanguagesAreShownByName() {
        Document page = Jsoup.parse(get(STORY, "Accept", HTML).body());
        Matcher hex = HEX_LINK.matcher(page.select("main").html());
        List<String> raw = new ArrayList<>();
        while (hex.find()) {
            raw.add(hex.group());
        }
        assertEquals(List.of(), raw, "no link is named by a hexadecimal identifier");
        Element amountLink = page.selectFirst("#inbound ~ ul a[href^=/doc/amount/]");
        assertNotNull(amountLink, "amounts stated in the story link to it");
        assertTrue(amountLink.text().startsWith("NOK"), amountLink.text());
        Element snapshot = page.selectFirst("a[href=/graph/snapshot/1a8054838e5aad92]");
        assertNotNull(snapshot);
        assertTrue(snapshot.text().startsWith("regjeringen.no/en/historical-archive/"), snapshot.text());
        assertTrue(page.select("dl.facts dd").eachText().contains("English"), "the language by name");
        Document nb = Jsoup.parse(get(STORY, "Accept", HTML, "Accept-Language", "nb").body());
        assertTrue(nb.select("dl.facts dd").eachText().contains("engelsk"));
        assertTrue(nb.selectFirst("a[href=/graph/snapshot/1a8054838e5aad92]").text().contains(", hent"));
    }

    @Test
    void graphPagesSayWhatAGraphIs() {
        Document graph = Jsoup.parse(get("/graph/snapshot/1a8054838e5aad92", "Accept", HTML).body());
        assertTrue(graph.selectFirst("h1").text().startsWith("regjeringen.no/"), graph.selectFirst("h1").text());
        assertTrue(graph.selectFirst("header p.explain").text().contains("named graph"));
        Document ni = Jsoup.parse(get(path(TestServer.HASH_NAMED), "Accept", HTML).body());
        assertTrue(ni.select("p.explain").text().contains("RFC 6920"), ni.select("header").text());
        assertTrue(ni.select("dl.facts dd").eachText().contains("page file without a web address "
                + "ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk"), ni.select("dl.facts").text());
        assertEquals("page file kept.txt, retrieval time not stated", ni.selectFirst("h1").text());
    }

    @Test
    void imageCaptionsAreNotFactsAboutTheDocument() {
        String doc = select("SELECT ?d { ?d <https://w3id.org/policy-lod/ontology#caption> ?c } ORDER BY ?d LIMIT 1",
                "d");
        assertNotNull(doc, "the corpus has a page with captions");
        Document page = Jsoup.parse(get(path(doc).replace("/id/", "/doc/"), "Accept", HTML).body());
        assertNotNull(page.selectFirst("section#captions, section.captions"), "a section of their own");
        assertEquals("Image captions", page.selectFirst("h2#captions").text());
        assertFalse(page.select("section[aria-labelledby=about] dt").eachText().contains("image caption"),
                "captions are not in the facts list");
    }

    @Test
    void valuesTheSnapshotsDisagreeOnSayWhichSnapshotStatesThem() {
        String doc = path(TestServer.TWO_VIEWS).replace("/id/", "/doc/");
        Document page = Jsoup.parse(get(doc, "Accept", HTML).body());
        List<Element> statedBy = page.select("section[aria-labelledby=about] small.stated-by");
        assertEquals(2, statedBy.size(), "the two titles: " + page.select("section[aria-labelledby=about]").html());
        assertEquals("(according to regjeringen.no/no/test/id998/, retrieved 1 May 2024)", statedBy.get(0).text());
        assertEquals("(according to regjeringen.no/no/test/id998/, retrieved 2 June 2024)", statedBy.get(1).text());
        assertEquals("/graph/snapshot/test000000000003", statedBy.get(0).selectFirst("a").attr("href"));
        assertTrue(statedBy.get(0).parent().text().startsWith("Early title"), statedBy.get(0).parent().text());
        String kinds = page.select("section[aria-labelledby=about] dd").text();
        assertEquals(2, page.select("small.stated-by").size(), "what both say (the publisher) is not attributed: "
                + kinds);
        String same = Jsoup.parse(get(path(TestServer.XSS_DOC).replace("/id/", "/doc/"), "Accept", HTML).body())
                .select("small.stated-by").text();
        assertEquals("", same, "one snapshot, nothing to attribute");
    }

    @Test
    void errorPagesAndTheOntologyAreInThePagesLanguageToo() {
        HttpResponse<String> missing = get("/doc/doc/does-not-exist", "Accept", HTML, "Accept-Language", "nn");
        assertEquals(404, missing.statusCode());
        Document error = Jsoup.parse(missing.body());
        assertEquals("Ikkje funnen", error.selectFirst("h1").text());
        assertEquals("nn", error.selectFirst("html").attr("lang"));
        Document ontology = Jsoup.parse(get("/ontology", "Accept", HTML, "Cookie", "lang=nb").body());
        assertEquals("Klasser", ontology.selectFirst("h2#classes").text());
        assertEquals("/ontology?lang=nn", ontology.selectFirst("nav.languages a[data-lang=nn]").attr("href"));
    }

    /** The first value of a variable in the store, or null. */
    private static String select(String query, String var) {
        return Txn.calculateRead(TestServer.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(TestServer.dataset()).query(query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows.isEmpty() ? null : rows.get(0).getResource(var).getURI();
            }
        });
    }
}
