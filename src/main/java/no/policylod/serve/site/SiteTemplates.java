package no.policylod.serve.site;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site's Pebble templates, from {@code policylod/templates/} on the classpath, every value HTML-escaped unless a
 * template says otherwise (none of ours does).
 *
 * <pre>
 * SiteTemplates templates = new SiteTemplates();
 * templates.render(response, "site/landing.peb", Map.of("counts", counts));
 * </pre>
 *
 * <p>Templates extend the shared layout with {@code {% extends "base.peb" %}}. Pages are sent with a content security
 * policy that allows only this server's own styles, scripts and images: nothing is loaded from elsewhere.
 */
final class SiteTemplates {

    static final String FOLDER = "policylod/templates";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final PebbleEngine engine;

    SiteTemplates() {
        ClasspathLoader loader = new ClasspathLoader(SiteTemplates.class.getClassLoader());
        loader.setPrefix(FOLDER);
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(true)
                .build();
    }

    /** The page as text. */
    String render(String template, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, model, Locale.ENGLISH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + template, e);
        }
        return out.toString();
    }

    /** Sends the page as the response, with the site's security headers. */
    void render(HttpServletResponse response, int status, String template, Map<String, Object> model)
            throws IOException {
        String html = render(template, model);
        response.setStatus(status);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(html);
    }
}
