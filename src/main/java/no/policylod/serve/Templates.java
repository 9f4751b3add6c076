package no.policylod.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/**
 * The Pebble templates under {@code policylod/templates/} on the classpath, autoescaping on (HTML strategy: every
 * value printed with {@code {{ }}} is escaped, in text and in quoted attributes alike), written in the reader's
 * language.
 *
 * <pre>
 * Templates templates = new Templates();
 * byte[] html = templates.render("ld/resource.peb", Map.of("page", view), PageLanguage.of(request));
 * </pre>
 *
 * <p>Templates extend {@code base.peb}, the site-wide layout shared by the linked-data pages and the site, and get
 * their words from {@link Messages} in the page's language:
 * <ul>
 * <li>{@code {{ t('nav.home') }}}, {@code {{ t('search.count', total) }}} &ndash; a message, {@code {0}} ...
 *     filled in (numbers in the language's format);
 * <li>{@code {{ "2026-12-03" | day }}} &ndash; "3 December 2026", "3. desember 2026";
 *     {@code {{ time | moment }}} &ndash; a date and time; {@code {{ n | num }}} &ndash; "12,345", "12 345"
 *     ({@code num(0)}: no decimals); {@code {{ size | bytes }}} &ndash; "77.4 kB";
 *     {@code {{ total | money("NOK") }}} &ndash; "NOK 5.5 billion"; {@code {{ power | axis }}} &ndash; "1B".
 * </ul>
 * Every page also gets {@code lang} (its {@code <html lang>}) and {@code languages} (the language switch,
 * {@link PageLanguage#choices()}). Compiled templates are cached; the engine is thread-safe.
 */
public final class Templates {

    public static final String ROOT = "policylod/templates";

    private final PebbleEngine engine;

    public Templates() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix(ROOT);
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .extension(new Words())
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(false)
                .newLineTrimming(true)
                .cacheActive(true)
                .build();
    }

    /** Renders a template (a name under {@value #ROOT}) for a page in a language, as UTF-8. */
    public byte[] render(String name, Map<String, Object> context, PageLanguage page) {
        return text(name, context, page).getBytes(StandardCharsets.UTF_8);
    }

    /** Renders a template (a name under {@value #ROOT}) for a page in a language, as text. */
    public String text(String name, Map<String, Object> context, PageLanguage page) {
        Map<String, Object> all = new HashMap<>(context);
        all.put("lang", page.language().tag());
        all.put("languages", page.choices());
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(name).evaluate(out, all, page.language().locale());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + name, e);
        }
        return out.toString();
    }

    private static Messages messages(EvaluationContext context) {
        return Messages.of(ReaderLanguage.ofLocale(context.getLocale()));
    }

    /** The extension that gives templates their words and formats. */
    private static final class Words extends AbstractExtension {

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of("t", new Translate());
        }

        @Override
        public Map<String, Filter> getFilters() {
            return Map.of(
                    "day", new Format((m, v, args) -> m.date(String.valueOf(v))),
                    "moment", new Format((m, v, args) -> m.dateTime(String.valueOf(v))),
                    "num", new Format((m, v, args) -> args.containsKey("0")
                            ? m.number(number(v), number(args.get("0")).intValue()) : m.number(number(v))),
                    "bytes", new Format((m, v, args) -> m.bytes(number(v).longValue())),
                    "money", new Format((m, v, args) -> m.money(number(v), String.valueOf(args.get("0")))),
                    "axis", new Format((m, v, args) -> m.axis(number(v).doubleValue())));
        }

        private static BigDecimal number(Object v) {
            return v instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(v));
        }
    }

    /** {@code t(key, arg0, arg1, ...)}: a message in the page's language. */
    private static final class Translate implements Function {
        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
            Object[] rest = new Object[Math.max(0, args.size() - 1)];
            for (int i = 0; i < rest.length; i++) {
                rest[i] = args.get(String.valueOf(i + 1));
            }
            return messages(context).text(String.valueOf(args.get("0")), rest);
        }
    }

    /** A filter that writes a value in the page's language; null stays null. */
    private record Format(Writer writer) implements Filter {
        interface Writer {
            String write(Messages messages, Object value, Map<String, Object> args);
        }

        @Override
        public List<String> getArgumentNames() {
            return null;
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int line) {
            return input == null ? null : writer.write(messages(context), input, args);
        }
    }
}
