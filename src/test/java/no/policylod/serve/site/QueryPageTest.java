package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query editor at /query: it opens with our example queries, offers only what the read-only server does, and its
 * form runs on the endpoint /sparql even without a script.
 */
class QueryPageTest {

    private static SiteFixture site;

    @BeforeAll
    static void start() {
        site = SiteFixture.shared();
    }

    @Test
    void opensWithTheFirstExampleAndListsThemAll() {
        Document page = page("/query");
        List<ExampleQuery> all = ExampleQuery.all();
        assertEquals(all.get(0).text(), page.selectFirst("textarea#query-text").wholeText());
        assertEquals(all.stream().map(ExampleQuery::name).toList(),
                page.select("select#example option").eachAttr("value"));
        assertEquals(all.get(0).name(), page.selectFirst("select#example option[selected]").attr("value"));
        Document chosen = page("/query?example=budget-amounts");
        assertEquals(ExampleQuery.named("budget-amounts").text(),
                chosen.selectFirst("textarea#query-text").wholeText());
        assertEquals("budget-amounts", chosen.selectFirst("select#example option[selected]").attr("value"));
        assertEquals("SELECT * { ?s ?p ?o } LIMIT 1", page("/query?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D"
                + "%20LIMIT%201").selectFirst("textarea#query-text").wholeText());
    }

    @Test
    void offersOnlyWhatAReadOnlyServerDoes() {
        Document page = page("/query");
        Element form = page.selectFirst("form#query-form");
        assertEquals("/sparql", form.attr("action"));
        assertEquals("post", form.attr("method"));
        assertEquals(List.of("json", "xml", "csv", "tsv"), form.select("select#output option").eachAttr("value"));
        assertTrue(page.select("input[type=file]").isEmpty(), "no upload");
        String text = page.select("main").text().toLowerCase(Locale.ROOT);
        for (String word : List.of("upload", "add data", "backup", "new dataset", "delete", "edit dataset",
                "update")) {
            assertFalse(text.contains(word), "no '" + word + "' on the page: " + text);
        }
        assertTrue(text.contains("read-only"), "it says so");
        assertEquals(List.of("/static/query.js"), page.select("script").eachAttr("src"), "our one script");
        HttpResponse<String> js = site.get("/static/query.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @Test
    void theFormRunsOnTheEndpointWithoutAScript() throws IOException, InterruptedException {
        String body = "query=" + URLEncoder.encode(ExampleQuery.named("documents-by-type-and-year").body(),
                StandardCharsets.UTF_8) + "&output=csv";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(site.baseUrl().resolve("/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(r.body().lines().count() > 3, r.body());
    }

    @Test
    void everyPageLinksTheQueryEditor() {
        for (String path : List.of("/", "/search?q=forsvaret", "/query")) {
            Document page = page(path);
            assertNotNull(page.selectFirst("header.site nav a[href=/query]"), path);
            assertTrue(page.select("a[href^=/ui/]").isEmpty(), "no link to Fuseki's UI on " + path);
        }
        assertNotNull(page("/").selectFirst(".hero a[href=/query]"));
    }

    @Test
    void theEditorIsWrittenInThePagesLanguage() {
        HttpResponse<String> r = site.get("/query?lang=nn");
        assertTrue(r.headers().firstValue("Set-Cookie").orElse("").startsWith("lang=nn;"));
        Document nn = Jsoup.parse(r.body());
        assertEquals("nn", nn.selectFirst("html").attr("lang"));
        assertEquals("Køyr spørjinga", nn.selectFirst("#run-query").text());
        assertEquals("ein tabell på denne sida", nn.selectFirst("#query-form").attr("data-table"));
    }

    private static Document page(String path) {
        HttpResponse<String> r = site.get(path);
        assertEquals(200, r.statusCode(), path);
        return Jsoup.parse(r.body());
    }
}
