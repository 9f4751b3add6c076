package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import no.policylod.testing.Fixtures;
import org.apache.jena.query.QueryExecution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search page of a real server: what it finds, how it pages, what it echoes, and SPARQL agreeing with it. */
class SearchPageTest {

    private static final String DOC = "/doc/";
    private static SiteFixture site;

    @BeforeAll
    static void start() {
        site = SiteFixture.shared();
    }

    @Test
    void findsAnEnglishTitleWord() {
        Document page = search("humanitarian", 1);
        Element link = page.selectFirst("ol.results a[href=/doc/doc/id2701821]");
        assertNotNull(link, page.select("ol.results").outerHtml());
        assertEquals("Norway allocates a further NOK 38.2 million to humanitarian efforts", link.text());
        assertEquals("humanitarian", link.selectFirst("mark").text());
    }

    @Test
    void findsNorwegianThroughInflectedForms() {
        Set<String> withBareWord = new LinkedHashSet<>();
        TestSparql.select(site.store().dataset(), """
                SELECT DISTINCT ?d ?v { VALUES ?p { dcterms:title dcterms:description schema:text }
                  ?d ?p ?v FILTER(lang(?v) IN ("nb", "nn")) }""").stream()
                .filter(s -> Pattern.compile("\\bforsvar\\b").matcher(s.getLiteral("v").getString().toLowerCase())
                        .find())
                .forEach(s -> withBareWord.add(local(s.getResource("d").getURI())));
        assertFalse(withBareWord.isEmpty());
        Set<String> found = allResults("forsvaret");
        assertTrue(found.containsAll(withBareWord), "missing " + withBareWord.stream()
                .filter(d -> !found.contains(d)).toList());
        Element marked = search("forsvaret", 1).selectFirst("ol.results mark");
        assertNotNull(marked);
        assertTrue(marked.text().toLowerCase().startsWith("forsvar"), marked.text());
    }

    @Test
    void aSearchTooWideToRunIsA400WithTheReasonNotAServerError() {
        String wide = String.join(" ", java.util.Collections.nCopies(500, "x~2"));
        HttpResponse<String> r = site.get("/search?q=" + URLEncoder.encode(wide, StandardCharsets.UTF_8));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("fewer words"), r.body());
        assertFalse(r.body().contains("at org.apache"), "no stack trace");
    }

    @Test
    void escapesTheQueryItEchoes() {
        String attack = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";
        HttpResponse<String> r = site.get("/search?q=" + URLEncoder.encode(attack, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertFalse(r.body().contains("<script>alert"), "the query is never markup");
        assertFalse(r.body().contains("<img src=x"));
        assertTrue(r.body().contains("&lt;script&gt;alert("));
        Document page = Jsoup.parse(r.body());
        assertEquals(0, page.select("script, img").size());
        assertEquals(attack, page.selectFirst("#search-q").attr("value"));
        assertEquals(attack, page.selectFirst("#site-search").attr("value"), "the layout's box shows it too");
        assertEquals(attack, page.selectFirst("q.echo").text());
    }

    @Test
    void paginates() {
        int total = site.index().search("regjeringen", 0, 0).total();
        assertTrue(total > 2 * SearchPage.PAGE_SIZE, "enough results for three pages: " + total);
        Document first = search("regjeringen", 1);
        Document second = search("regjeringen", 2);
        assertEquals(SearchPage.PAGE_SIZE, first.select("ol.results > li").size());
        assertEquals("11", second.selectFirst("ol.results").attr("start"));
        assertTrue(second.selectFirst(".summary").text().startsWith("11–20 of " + total), second.selectFirst(".summary").text());
        assertEquals("/search?q=regjeringen&page=2", first.selectFirst("nav.pager a[rel=next]").attr("href"));
        assertEquals("/search?q=regjeringen", second.selectFirst("nav.pager a[rel=prev]").attr("href"));
        assertEquals("2", second.selectFirst("nav.pager a[aria-current=page]").text());
        Set<String> all = allResults("regjeringen");
        assertEquals(total, all.size(), "every document once over all pages");
    }

    @Test
    void answersOddRequestsCalmly() {
        assertEquals(200, site.get("/search").statusCode());
        assertEquals(200, site.get("/search?q=").statusCode());
        assertNotNull(search("regjeringen", 1).selectFirst("nav.pager"));
        Document bad = Jsoup.parse(site.get("/search?q=regjeringen&page=abc").body());
        assertEquals("1", bad.selectFirst("ol.results").attr("start"));
        Document beyond = search("regjeringen", 999);
        assertTrue(beyond.selectFirst(".summary").text().startsWith("No more results"));
        Document none = search("zzzqqqxxyy", 1);
        assertTrue(none.selectFirst(".summary").text().startsWith("No documents match"));
    }

    @Test
    void sparqlTextQueryOnTheEndpointFindsTheSameDocuments() {
        Set<String> viaSparql = new LinkedHashSet<>();
        for (String lang : List.of("en", "nb", "nn")) {
            for (String p : List.of("dcterms:title", "dcterms:description", "schema:text")) {
                String query = TestSparql.PREFIXES + "SELECT DISTINCT ?doc { ?doc text:query (" + p
                        + " \"forsvaret\" \"lang:" + lang + "\" 10000) }";
                try (QueryExecution qe = QueryExecution.service(site.baseUrl().resolve("/sparql").toString())
                        .query(query).build()) {
                    qe.execSelect().forEachRemaining(s -> viaSparql.add(local(s.getResource("doc").getURI())));
                }
            }
        }
        assertEquals(allResults("forsvaret"), viaSparql);
    }

    @Test
    void sparqlPlainTextQueryOnTheEndpointFindsTheSameDocuments() {
        Set<String> viaSparql = new LinkedHashSet<>();
        String query = TestSparql.PREFIXES + "SELECT DISTINCT ?doc { ?doc text:query \"forsvaret\" }";
        try (QueryExecution qe = QueryExecution.service(site.baseUrl().resolve("/sparql").toString())
                .query(query).build()) {
            qe.execSelect().forEachRemaining(s -> viaSparql.add(local(s.getResource("doc").getURI())));
        }
        assertEquals(allResults("forsvaret"), viaSparql);
    }

    @Test
    void documentedSparqlExampleWorksOnTheEndpoint() {
        String query = TestSparql.PREFIXES
                + "SELECT ?doc ?title { ?doc text:query (dcterms:title \"allocates\") ; dcterms:title ?title }";
        List<String> titles = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.service(site.baseUrl().resolve("/sparql").toString())
                .query(query).build()) {
            qe.execSelect().forEachRemaining(s -> titles.add(s.getLiteral("title").getString()));
        }
        assertEquals(List.of("Norway allocates a further NOK 38.2 million to humanitarian efforts"), titles);
    }

    private static Document search(String q, int page) {
        HttpResponse<String> r = site.get(SearchPage.href(q, page));
        assertEquals(200, r.statusCode(), r.body());
        return Jsoup.parse(r.body());
    }

    /** The result links of every page of a search. */
    private static Set<String> allResults(String q) {
        Set<String> hrefs = new LinkedHashSet<>();
        for (int page = 1; page < 100; page++) {
            List<String> links = search(q, page).select("ol.results > li h2 a").eachAttr("href");
            if (links.isEmpty()) {
                break;
            }
            links.forEach(h -> assertTrue(h.startsWith(DOC), h));
            hrefs.addAll(links);
        }
        return hrefs;
    }

    private static String local(String iri) {
        return DOC + iri.substring((Fixtures.BASE + "/id/").length());
    }
}
