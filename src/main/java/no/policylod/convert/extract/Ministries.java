package no.policylod.convert.extract;

import no.policylod.convert.model.Ministry;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.policylod.convert.model.Lang;

/**
 * The reference table of ministries ({@code ontology/ministries.json}): names in en, nb and nn, older names, and
 * recognition of any of them in page text.
 *
 * <pre>
 * Ministries.get().byName("Utanriksdepartementet");                // Optional[ud]
 * Ministries.get().findAll("Ministry of Foreign Affairs, Ministry of Climate and Environment");   // [ud, kld]
 * </pre>
 */
public final class Ministries {

    /** A ministry named in a text, and where. */
    public record Found(Ministry ministry, int start, int end) {
    }

    private static final String RESOURCE = "/policylod/ontology/ministries.json";
    private static final Ministries INSTANCE = new Ministries(ClasspathJson.read(RESOURCE, new TypeReference<>() {
    }));

    /**
     * A name ends where no lower-case letter follows: the text extractor glues a name to the capital that starts the
     * next line ("Ministry of DefenceThe Norwegian ..."). Matched case-sensitively.
     */
    private static final String NAME_END = "(?-i:(?!\\p{Ll}))";

    private final List<Ministry> all;
    private final Map<String, Ministry> byNormalisedName = new HashMap<>();
    private final Pattern anyName;
    /**
     * The opening letters of every name, case-folded as the pattern compares them: a name can only start at a word
     * whose opening is one of these, so most words are passed over without trying the pattern's many alternatives.
     */
    private final Set<String> openings;
    private final int openingLength;

    private Ministries(List<Ministry> all) {
        this.all = List.copyOf(all);
        List<String> names = new ArrayList<>();
        for (Ministry m : all) {
            m.names().values().forEach(n -> index(n, m, names));
            m.altNames().values().forEach(list -> list.forEach(n -> index(n, m, names)));
        }
        names.sort(Comparator.comparing(String::length).reversed());
        anyName = Pattern.compile("(?<!\\p{L})(?:" + String.join("|", names.stream().map(Ministries::flexible)
                .toList()) + ")" + NAME_END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        openingLength = names.stream().mapToInt(Ministries::leadingLetters).min().orElse(0);
        openings = names.stream().map(n -> folded(n, 0, openingLength)).collect(Collectors.toUnmodifiableSet());
    }

    public static Ministries get() {
        return INSTANCE;
    }

    public List<Ministry> all() {
        return all;
    }

    /** The ministry a whole string names (any language, current or older name), ignoring case and spacing. */
    public Optional<Ministry> byName(String name) {
        return Optional.ofNullable(byNormalisedName.get(normalise(name)));
    }

    /** Every ministry named in the text, in text order. */
    public List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = anyName.matcher(text).useTransparentBounds(true);
        int at = nextOpening(text, 0);
        while (at >= 0) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                byName(m.group()).ifPresent(ministry -> found.add(new Found(ministry, m.start(), m.end())));
                at = nextOpening(text, m.end());
            } else {
                at = nextOpening(text, at + 1);
            }
        }
        return found;
    }

    /** The first place from {@code from} where a word starts with the opening of some name, or -1. */
    private int nextOpening(String text, int from) {
        for (int i = from; i + openingLength <= text.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetter(text.codePointBefore(i));
            if (wordStart && (openingLength == 0 || openings.contains(folded(text, i, i + openingLength)))) {
                return i;
            }
        }
        return -1;
    }

    /** How many letters a name starts with, up to four. */
    private static int leadingLetters(String name) {
        int n = 0;
        while (n < Math.min(4, name.length()) && Character.isLetter(name.charAt(n))) {
            n++;
        }
        return n;
    }

    /** Characters as a case-insensitive Unicode pattern compares them. */
    private static String folded(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(Character.toLowerCase(Character.toUpperCase(text.charAt(i))));
        }
        return sb.toString();
    }

    private void index(String name, Ministry ministry, List<String> names) {
        byNormalisedName.put(normalise(name), ministry);
        names.add(name);
    }

    private static String flexible(String name) {
        return Pattern.quote(name).replace(" ", "\\E[\\s\u00a0]+\\Q").replace("'", "\\E['’]\\Q");
    }

    private static String normalise(String name) {
        return name.replaceAll("[\\s\u00a0]+", " ").replace('–', '-').replace('’', '\'').strip()
                .toLowerCase(Locale.ROOT);
    }

}
