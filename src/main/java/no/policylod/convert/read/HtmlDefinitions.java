package no.policylod.convert.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * A definition list as the extracts write it: one "Term: value" line a term, its values joined by ", ".
 *
 * <pre>
 * HtmlDefinitions.lines(dl);   // ["Utgiver: Statsministerens kontor", "Dato: 12.03.2025"]
 * </pre>
 *
 * Values before the first term stand on lines of their own; the items of a nested list are left to it.
 */
final class HtmlDefinitions {

    private HtmlDefinitions() {
    }

    static List<String> lines(Element dl) {
        List<String> lines = new ArrayList<>();
        String term = null;
        List<String> values = new ArrayList<>();
        for (Element item : dl.select("dt, dd")) {
            if (item.closest("dl") != dl) {
                continue;
            }
            if (item.nameIs("dt")) {
                lines.addAll(definition(term, values));
                term = HtmlText.of(item);
                values = new ArrayList<>();
            } else {
                values.add(HtmlText.of(item));
            }
        }
        lines.addAll(definition(term, values));
        return lines;
    }

    private static List<String> definition(String term, List<String> values) {
        if (term == null) {
            return values;
        }
        String join = values.isEmpty() ? "" : term.endsWith(":") ? " " : ": ";
        return List.of(term + join + String.join(", ", values));
    }
}
