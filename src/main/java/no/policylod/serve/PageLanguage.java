package no.policylod.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import no.policylod.serve.http.Reply;

/**
 * The language one request's HTML page is shown in, and the language switch every page carries.
 *
 * <pre>
 * PageLanguage page = PageLanguage.of(request);   // GET /search?q=x&amp;lang=nn  -&gt;  NYNORSK
 * page.setCookie();                               // Optional["lang=nn; Path=/; Max-Age=31536000; ..."]
 * page.choices();                                 // links to /search?q=x&amp;lang=en, ...&amp;lang=nb, ...&amp;lang=nn
 * </pre>
 *
 * <p>The choice, strongest first: {@code ?lang=en|nb|nn} (also {@code no}, read as bokmål), which the reply
 * remembers in the cookie {@code lang}; the {@code lang} cookie; {@code Accept-Language}
 * ({@link ReaderLanguage#of(String)}). A value that names no language is ignored. HTML pages therefore vary by
 * {@value #VARY} as well as by what they negotiate themselves.
 *
 * @param language  the page's language
 * @param setCookie the {@code Set-Cookie} value when the request chose a language with {@code ?lang=}, else null
 * @param path      the request's path as sent (still percent-encoded)
 * @param query     the request's query string without its {@code lang} parameter, or empty
 */
public record PageLanguage(ReaderLanguage language, String setCookie, String path, String query) {

    /** The query parameter that chooses a language. */
    public static final String PARAMETER = "lang";
    /** The cookie that remembers the choice. */
    public static final String COOKIE = "lang";
    /** The request headers, besides the page's own negotiation, an HTML page depends on. */
    public static final String VARY = "Accept-Language, Cookie";
    /** How long the choice is remembered: a year. */
    static final int COOKIE_SECONDS = 365 * 24 * 3600;

    /** One entry of the language switch: a link to this page in another language (or this one). */
    public record Choice(String tag, String href, boolean current) {
    }

    /** The page language of a request. */
    public static PageLanguage of(HttpServletRequest request) {
        Optional<ReaderLanguage> asked = ReaderLanguage.byTag(request.getParameter(PARAMETER));
        ReaderLanguage language = asked.or(() -> cookie(request)).orElseGet(() ->
                ReaderLanguage.of(request.getHeader("Accept-Language")));
        String path = request.getRequestURI() == null ? "/" : request.getRequestURI().replaceFirst("^/+", "/");
        return new PageLanguage(language, asked.map(PageLanguage::cookieFor).orElse(null), path,
                withoutLang(request.getQueryString()));
    }

    /** A page in a language without a request (renders, tests): the switch links to {@code path?lang=..}. */
    public static PageLanguage of(ReaderLanguage language, String path) {
        return new PageLanguage(language, null, path, "");
    }

    /**
     * The same choice on a page the switch should link to by another address: a representation reached by suffix,
     * {@code ?format=} or {@code Accept} links the same generic URL, so all three are the same bytes.
     *
     * @param rawQuery the query to keep, with or without its {@code ?}, or empty
     */
    public PageLanguage at(String otherPath, String rawQuery) {
        return new PageLanguage(language, setCookie, otherPath, withoutLang(rawQuery.replaceFirst("^\\?", "")));
    }

    /** The {@code Set-Cookie} header value to send, when the request chose a language. */
    public Optional<String> cookie() {
        return Optional.ofNullable(setCookie);
    }

    /**
     * A reply of a page in this language: it varies by the reader's language, and remembers a language the request
     * chose ({@code Set-Cookie}).
     */
    public Reply onPage(Reply reply) {
        Reply varied = reply.header("Vary", VARY);
        return setCookie == null ? varied : varied.header("Set-Cookie", setCookie);
    }

    /** The language switch: every language, linked to this page with {@code lang=} set. */
    public List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        for (ReaderLanguage l : ReaderLanguage.all()) {
            String q = query.isEmpty() ? "" : query + "&";
            choices.add(new Choice(l.tag(), path + "?" + q + PARAMETER + "=" + l.tag(), l == language));
        }
        return choices;
    }

    private static Optional<ReaderLanguage> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                Optional<ReaderLanguage> language = ReaderLanguage.byTag(c.getValue());
                if (language.isPresent()) {
                    return language;
                }
            }
        }
        return Optional.empty();
    }

    private static String cookieFor(ReaderLanguage language) {
        return COOKIE + "=" + language.tag() + "; Path=/; Max-Age=" + COOKIE_SECONDS + "; SameSite=Lax; HttpOnly";
    }

    /** The raw query string with every {@code lang} parameter left out. */
    static String withoutLang(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String part : rawQuery.split("&")) {
            String name = part.split("=", 2)[0];
            if (!part.isEmpty() && !name.equals(PARAMETER)) {
                kept.add(part);
            }
        }
        return String.join("&", kept);
    }
}
