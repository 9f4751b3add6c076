package no.policylod.convert.model;

import java.util.List;
import java.util.Map;

/**
 * One ministry of the reference table ({@code ontology/ministries.json}): a stable key (used in its URI), the
 * abbreviation the site uses, its name in each language and the older names it has had.
 *
 * <pre>
 * Ministry ud = Ministries.get().byName("Ministry of Foreign Affairs").orElseThrow();
 * ud.key();   // "ud"
 * </pre>
 */
public record Ministry(String key, String abbreviation, Map<Lang, String> names, Map<Lang, List<String>> altNames) {
    public Ministry {
        names = Map.copyOf(names);
        altNames = altNames == null ? Map.of() : Map.copyOf(altNames);
    }
}
