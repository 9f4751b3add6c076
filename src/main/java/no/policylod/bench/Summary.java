package no.policylod.bench;

import java.util.Map;
import java.util.stream.Collectors;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;

/**
 * What a generation run wrote.
 *
 * @param pages     page files written
 * @param later     of those, later snapshots of a page written before (same address, later retrieval)
 * @param kinds     pages by the kind of their template
 * @param languages pages by language
 * @param folders   sub-folders written
 * @param bytes     bytes of page text
 * @param millis    how long the run took
 */
public record Summary(int pages, int later, Map<DocClass, Integer> kinds, Map<Lang, Integer> languages, int folders,
                      long bytes, long millis) {

    public Summary {
        kinds = Map.copyOf(kinds);
        languages = Map.copyOf(languages);
    }

    /** The run in one line. */
    public String line() {
        return String.format(java.util.Locale.ROOT,
                "generated %d pages (%d documents and listings, %d later snapshots) in %d folders, %,d bytes, "
                        + "%.1f s; kinds: %s; languages: %s",
                pages, pages - later, later, folders, bytes, millis / 1000.0, counts(kinds), counts(languages));
    }

    private static <K extends Enum<K>> String counts(Map<K, Integer> m) {
        return m.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
