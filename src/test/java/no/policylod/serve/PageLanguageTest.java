package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

/** The reader's language: from Accept-Language, the lang cookie and ?lang=, and the switch that links the three. */
class PageLanguageTest {

    @Test
    void acceptLanguagePicksEnglishBokmalOrNynorsk() {
        assertEquals(ReaderLanguage.BOKMAL, ReaderLanguage.of("nb"));
        assertEquals(ReaderLanguage.BOKMAL, ReaderLanguage.of("no"), "no is read as bokmål");
        assertEquals(ReaderLanguage.BOKMAL, ReaderLanguage.of("de, no;q=0.8, en;q=0.5"));
        assertEquals(ReaderLanguage.NYNORSK, ReaderLanguage.of("nn-NO, en;q=0.5"));
        assertEquals(ReaderLanguage.NYNORSK, ReaderLanguage.of("en;q=0.4, nn;q=0.9, nb;q=0.8"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("en-GB,en;q=0.9,nb;q=0.8"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("de"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of((String) null));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("nb;q=0, *"));
        assertEquals(ReaderLanguage.ENGLISH, ReaderLanguage.of("%%%"));
        assertEquals(List.of("nb", "nn", "en"), ReaderLanguage.BOKMAL.labelOrder());
        assertEquals(List.of("nn", "nb", "en"), ReaderLanguage.NYNORSK.labelOrder());
        assertEquals(List.of("en", "nb", "nn"), ReaderLanguage.ENGLISH.labelOrder());
    }

    @Test
    void tagsNameOneLanguageEach() {
        assertEquals(Optional.of(ReaderLanguage.NYNORSK), ReaderLanguage.byTag("nn"));
        assertEquals(Optional.of(ReaderLanguage.BOKMAL), ReaderLanguage.byTag("no"));
        assertEquals(Optional.of(ReaderLanguage.ENGLISH), ReaderLanguage.byTag("EN"));
        assertEquals(Optional.empty(), ReaderLanguage.byTag("*"));
        assertEquals(Optional.empty(), ReaderLanguage.byTag("de"));
        assertEquals(Optional.empty(), ReaderLanguage.byTag(null));
    }

    @Test
    void theQueryParameterWinsAndIsRemembered() {
        PageLanguage page = PageLanguage.of(request("/search", "q=forsvar&lang=nn", "en", null));
        assertEquals(ReaderLanguage.NYNORSK, page.language());
        assertTrue(page.setCookie().startsWith("lang=nn; Path=/;"), page.setCookie());
        assertEquals(List.of("/search?q=forsvar&lang=en", "/search?q=forsvar&lang=nb", "/search?q=forsvar&lang=nn"),
                page.choices().stream().map(PageLanguage.Choice::href).toList());
        assertEquals(List.of(false, false, true), page.choices().stream().map(PageLanguage.Choice::current).toList());
    }

    @Test
    void theCookieWinsOverAcceptLanguage() {
        PageLanguage page = PageLanguage.of(request("/doc/ministry/ud", null, "en", "nn"));
        assertEquals(ReaderLanguage.NYNORSK, page.language());
        assertNull(page.setCookie(), "nothing new to remember");
        assertEquals("/doc/ministry/ud?lang=en", page.choices().get(0).href());
        assertEquals(ReaderLanguage.BOKMAL, PageLanguage.of(request("/", null, "nb", "xx")).language(),
                "a cookie naming no language is ignored");
        assertEquals(ReaderLanguage.ENGLISH, PageLanguage.of(request("/", "lang=de", "de", null)).language());
    }

    @Test
    void theSwitchNeverLinksOffTheSite() {
        PageLanguage page = PageLanguage.of(request("//evil.example/x", "lang=nb&lang=en", null, null));
        assertEquals("/evil.example/x?lang=en", page.choices().get(0).href());
    }

    /** A request with a path, a raw query, an Accept-Language header and a lang cookie (each may be null). */
    static HttpServletRequest request(String path, String query, String acceptLanguage, String cookie) {
        Map<String, String> parameters = new java.util.HashMap<>();
        if (query != null) {
            for (String part : query.split("&")) {
                String[] kv = part.split("=", 2);
                parameters.putIfAbsent(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        return (HttpServletRequest) Proxy.newProxyInstance(PageLanguageTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getQueryString" -> query;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getHeader" -> "Accept-Language".equalsIgnoreCase((String) args[0]) ? acceptLanguage : null;
                    case "getCookies" -> cookie == null ? null : new Cookie[] {new Cookie("lang", cookie)};
                    default -> null;
                });
    }
}
