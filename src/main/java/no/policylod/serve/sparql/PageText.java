package no.policylod.serve.sparql;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of the endpoint's HTML pages, from {@code policylod/serve/sparql/page-text.properties}: every string a
 * translator would change is there, none in the code.
 *
 * <pre>
 * PageText.get("results.rows", 42);      // "42 rows"
 * </pre>
 */
final class PageText {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("policylod.serve.sparql.page-text",
            Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private PageText() {
    }

    /** The text under {@code key}, with {@code {0}}, {@code {1}} … replaced by the arguments. */
    static String get(String key, Object... arguments) {
        String text = TEXT.getString(key);
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }
}
