package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import no.policylod.testing.Headers;
import no.policylod.config.Settings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The landing and search pages in English, bokmål and nynorsk, chosen by Accept-Language, ?lang= or the cookie. */
class SiteLanguageTest {

    private static SiteFixture site;

    @BeforeAll
    static void start() {
        site = SiteFixture.shared();
    }

    @Test
    void acceptLanguageChoosesAndTheSwitchLinksEveryLanguage() throws Exception {
        Document nb = Jsoup.parse(get("/", "Accept-Language", "nb-NO,nb;q=0.9").body());
        assertEquals("nb", nb.selectFirst("html").attr("lang"));
        assertEquals(Settings.defaults().dataset().title().get("nb"), nb.selectFirst("h1").text());
        assertEquals("Nyeste dokumenter", nb.selectFirst("h2#latest").text());
        assertEquals(java.util.List.of("/?lang=en", "/?lang=nb", "/?lang=nn"),
                nb.select("nav.languages a").eachAttr("href"));
        assertEquals("true", nb.selectFirst("nav.languages a[data-lang=nb]").attr("aria-current"));
        Document en = Jsoup.parse(get("/", "Accept-Language", "de, en;q=0.5").body());
        assertEquals("en", en.selectFirst("html").attr("lang"));
    }

    @Test
    void aChoiceSticksAcrossPages() throws Exception {
        HttpResponse<String> chosen = get("/?lang=nn", "Accept-Language", "en");
        String cookie = chosen.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("lang=nn;") && cookie.contains("Path=/"), cookie);
        assertEquals("Accept-Language, Cookie", Headers.vary(chosen));
        Document search = Jsoup.parse(get("/search?q=forsvaret", "Accept-Language", "en", "Cookie", "lang=nn").body());
        assertEquals("nn", search.selectFirst("html").attr("lang"));
        assertEquals("Søk i dokumenta", search.selectFirst("h1").text());
        assertTrue(search.selectFirst(".summary").text().contains("dokument som passar til"),
                search.selectFirst(".summary").text());
        assertEquals("/search?q=forsvaret&lang=en", search.selectFirst("nav.languages a[data-lang=en]").attr("href"));
    }

    @Test
    void kindsDatesAndNumbersFollowTheLanguage() throws Exception {
        Document nn = Jsoup.parse(get("/", "Cookie", "lang=nn").body());
        assertTrue(nn.select("table.kinds th[scope=row]").eachText().contains("Nyheit"),
                nn.select("table.kinds th[scope=row]").eachText().toString());
        String date = nn.selectFirst("ol.latest time").text();
        assertTrue(date.matches("\\d{1,2}\\. (januar|februar|mars|april|mai|juni|juli|august|september|oktober"
                + "|november|desember) \\d{4}"), date);
        for (String value : nn.select("svg.amount-chart text.value").eachText()) {
            assertTrue(value.matches("NOK [\\d,]+ (million|millionar|milliard|milliardar|billion|billionar)"
                    + "|NOK [\\d\\s\u00a0]+"), value);
        }
        assertTrue(nn.select("svg.amount-chart text.value").eachText().stream().anyMatch(v -> v.contains(",")
                || v.endsWith("millionar") || v.endsWith("milliardar")), "decimal comma or Norwegian scale words");
        Document en = Jsoup.parse(get("/", "Cookie", "lang=en").body());
        assertTrue(en.select("table.kinds th[scope=row]").eachText().contains("News story"));
    }

    private static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(site.baseUrl().resolve(path))
                .timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
