package no.policylod.convert.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference table of the site's topic pages ({@code ontology/topics.json}): page id and names by language.
 * It lets a snapshot that carries no URL land on the same topic as one that does.
 *
 * <pre>
 * Topics.get().pageIdOf("Security policy");   // Optional[id1111]
 * </pre>
 */
public final class Topics {

    /** One topic page: its regjeringen.no page id and its names by language tag. */
    public record Topic(String pageId, Map<String, String> names) {
    }

    private static final Topics INSTANCE = new Topics(ClasspathJson.read("/policylod/ontology/topics.json",
            new TypeReference<List<Topic>>() {
            }));

    private final Map<String, String> pageIdByName = new HashMap<>();

    private Topics(List<Topic> topics) {
        for (Topic t : topics) {
            t.names().values().forEach(name -> pageIdByName.put(normalise(name), t.pageId()));
        }
    }

    public static Topics get() {
        return INSTANCE;
    }

    /** The page id of the topic with this name in any language. */
    public Optional<String> pageIdOf(String name) {
        return Optional.ofNullable(pageIdByName.get(normalise(name)));
    }

    private static String normalise(String name) {
        return name.replaceAll("[\\s\u00a0]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
