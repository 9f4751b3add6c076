package no.policylod.serve.site;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.http.Reply;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.Templates;

/**
 * The site's Pebble templates, from {@code policylod/templates/} on the classpath, every value HTML-escaped unless a
 * template says otherwise (none of ours does), written in the reader's language.
 *
 * <pre>
 * SiteTemplates templates = new SiteTemplates();
 * templates.render(request, response, 200, "site/landing.peb", Map.of("counts", counts), PageLanguage.of(request));
 * </pre>
 *
 * <p>Templates extend the shared layout with {@code {% extends "base.peb" %}}. Pages are sent with a content security
 * policy that allows only this server's own styles, scripts and images: nothing is loaded from elsewhere. They vary
 * by the reader's language ({@code Vary: Accept-Language, Cookie}); a language chosen with {@code ?lang=} is
 * remembered in the {@code lang} cookie.
 */
final class SiteTemplates {

    static final String CONTENT_SECURITY_POLICY = Reply.CONTENT_SECURITY_POLICY;

    private final Templates templates = new Templates();

    /** The page as text. */
    String render(String template, Map<String, Object> model, PageLanguage page) {
        return templates.text(template, model, page);
    }

    /**
     * Sends the page as the response, with the security headers of every page and the reader's language cookie; not
     * cached (it reads the store).
     */
    void render(HttpServletRequest request, HttpServletResponse response, int status, String template,
                Map<String, Object> model, PageLanguage page) throws IOException {
        byte[] html = render(template, model, page).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        page.onPage(status == 200 ? Reply.page(html, null).withHeader("Cache-Control", "no-cache")
                : Reply.page(status, html)).send(request, response);
    }
}
