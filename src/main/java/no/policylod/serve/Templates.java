package no.policylod.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

/**
 * The Pebble templates under {@code policylod/templates/} on the classpath, autoescaping on (HTML strategy: every
 * value printed with {@code {{ }}} is escaped, in text and in quoted attributes alike).
 *
 * <pre>
 * Templates templates = new Templates();
 * byte[] html = templates.render("ld/resource.peb", Map.of("page", view));
 * </pre>
 *
 * <p>Templates extend {@code base.peb}, the site-wide layout shared by the linked-data pages and the site. Compiled
 * templates are cached; the engine is thread-safe.
 */
public final class Templates {

    public static final String ROOT = "policylod/templates";

    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(ROOT);
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    /** Renders a template (a name under {@value #ROOT}) with a context, as UTF-8. */
    public byte[] render(String name, Map<String, Object> context) {
        return text(name, context).getBytes(StandardCharsets.UTF_8);
    }

    /** Renders a template (a name under {@value #ROOT}) with a context, as text. */
    public String text(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, context, Locale.ENGLISH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + name, e);
        }
        return out.toString();
    }
}
