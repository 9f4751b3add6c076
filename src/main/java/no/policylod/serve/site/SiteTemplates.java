package no.policylod.serve.site;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.Templates;

/**
 * The site's Pebble templates, from {@code policylod/templates/} on the classpath, every value HTML-escaped unless a
 * template says otherwise (none of ours does), written in the reader's language.
 *
 * <pre>
 * SiteTemplates templates = new SiteTemplates();
 * templates.render(response, 200, "site/landing.peb", Map.of("counts", counts), PageLanguage.of(request));
 * </pre>
 *
 * <p>Templates extend the shared layout with {@code {% extends "base.peb" %}}. Pages are sent with a content security
 * policy that allows only this server's own styles, scripts and images: nothing is loaded from elsewhere. They vary
 * by the reader's language ({@code Vary: Accept-Language, Cookie}); a language chosen with {@code ?lang=} is
 * remembered in the {@code lang} cookie.
 */
final class SiteTemplates {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Templates templates = new Templates();

    /** The page as text. */
    String render(String template, Map<String, Object> model, PageLanguage page) {
        return templates.text(template, model, page);
    }

    /** Sends the page as the response, with the site's security headers and the reader's language cookie. */
    void render(HttpServletResponse response, int status, String template, Map<String, Object> model,
                PageLanguage page) throws IOException {
        String html = render(template, model, page);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("Vary", PageLanguage.VARY);
        page.cookie().ifPresent(cookie -> response.addHeader("Set-Cookie", cookie));
        response.getWriter().write(html);
    }
}
