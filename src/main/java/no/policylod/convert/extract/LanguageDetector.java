package no.policylod.convert.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.Lang;
import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;

/**
 * Tells English, bokmål and nynorsk apart, for whole pages and for single short lines such as image captions.
 *
 * <pre>
 * LanguageDetector.get().detect("Eg trur ikkje det.");          // Lang.NN
 * LanguageDetector.get().detectLine("Veivalgprosjektets logo"); // Optional[NB]
 * </pre>
 *
 * Backed by Lingua's n-gram models for the three languages only; thread-safe and loaded once.
 */
public final class LanguageDetector {

    private static final LanguageDetector INSTANCE = new LanguageDetector();
    private static final Map<Language, Lang> LANGS = Map.of(
            Language.ENGLISH, Lang.EN, Language.BOKMAL, Lang.NB, Language.NYNORSK, Lang.NN);

    /**
     * Marker words only one of the two written standards uses (bokmål "ikke", "en", "fra"; nynorsk "ikkje", "ein",
     * "frå"): Lingua's n-grams often confuse the two; these words do not ({@code words.json}, standard-markers).
     */
    private static final Set<String> BOKMAL_ONLY = words(Lang.NB, "standard-markers");
    private static final Set<String> NYNORSK_ONLY = words(Lang.NN, "standard-markers");
    /** Common function words of English and of Norwegian (either standard), which tell the families apart cheaply. */
    private static final Set<String> ENGLISH = words(Lang.EN, "function-words");
    private static final Set<String> NORWEGIAN = union(words(Lang.NB, "function-words"),
            words(Lang.NN, "function-words"));
    /** How many function words a page needs, nine in ten of one family, to be decided without Lingua. */
    private static final int PAGE_VOTES = 12;
    /** How much of a long text Lingua reads: its opening is evidence enough. */
    private static final int LINGUA_CHARS = 1500;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** How many marker words (of both standards together) it takes for the majority to overrule Lingua. */
    private static final int MIN_MARKERS = 2;

    /** How far below the winning language the page's language must score for a line to count as foreign. */
    private static final double FOREIGN_MARGIN = 0.9;
    private static final int REMEMBERED_TEXTS = 20_000;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.BOKMAL, Language.NYNORSK).build();

    /**
     * Lingua's confidence values of the texts scored most recently: pages repeat their short lines (credits, headings,
     * link texts), and scoring one runs every n-gram model.
     */
    private final Cache<String, SortedMap<Language, Double>> confidences = CacheFactory.createCache(REMEMBERED_TEXTS);

    private LanguageDetector() {
    }

    public static LanguageDetector get() {
        return INSTANCE;
    }

    /**
     * The most likely language of a text; English when the text gives no evidence at all. A text whose function
     * words clearly belong to one family is decided by them (and, if Norwegian, by the standards' marker words);
     * only an unclear one goes to Lingua.
     */
    public Lang detect(String text) {
        int[] votes = familyVotes(text);
        int all = votes[0] + votes[1];
        if (all >= PAGE_VOTES && votes[0] * 10 >= all * 9) {
            return Lang.EN;
        }
        if (all >= PAGE_VOTES && votes[1] * 10 >= all * 9) {
            Lang byMarkers = norwegianStandard(text, null);
            if (byMarkers != null) {
                return byMarkers;
            }
        }
        String opening = text.length() > LINGUA_CHARS ? text.substring(0, LINGUA_CHARS) : text;
        return detectLine(opening).orElse(Lang.EN);
    }

    /** The language of a short text, or empty when it has no letters to judge by. */
    public Optional<Lang> detectLine(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Lang lang = LANGS.get(mostLikely(confidence(text)));
        return Optional.ofNullable(lang != null && lang.isNorwegian() ? norwegianStandard(text, lang) : lang);
    }

    private SortedMap<Language, Double> confidence(String text) {
        return confidences.get(text, lingua::computeLanguageConfidenceValues);
    }

    /** Lingua's own choice from its confidence values: none when the best two are equal. */
    private static Language mostLikely(SortedMap<Language, Double> confidence) {
        if (confidence.isEmpty()) {
            return Language.UNKNOWN;
        }
        Iterator<Double> values = confidence.values().iterator();
        Double best = values.next();
        return values.hasNext() && best.equals(values.next()) ? Language.UNKNOWN : confidence.firstKey();
    }

    /** Function words of English ([0]) and of Norwegian ([1]) in the text. */
    private static int[] familyVotes(String text) {
        int[] votes = new int[2];
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            votes[0] += ENGLISH.contains(w) ? 1 : 0;
            votes[1] += NORWEGIAN.contains(w) ? 1 : 0;
        }
        return votes;
    }

    private static Set<String> words(Lang lang, String key) {
        return Set.copyOf(LanguageData.table("words", lang).getOrDefault(key, java.util.List.of()));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Bokmål or nynorsk by their marker words when these clearly lean one way, else the guess given. */
    private static Lang norwegianStandard(String text, Lang guess) {
        int bokmal = 0;
        int nynorsk = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bokmal += BOKMAL_ONLY.contains(m.group()) ? 1 : 0;
            nynorsk += NYNORSK_ONLY.contains(m.group()) ? 1 : 0;
        }
        if (bokmal + nynorsk < MIN_MARKERS || bokmal == nynorsk) {
            return guess;
        }
        return bokmal > nynorsk ? Lang.NB : Lang.NN;
    }

    /**
     * Whether a line is clearly written in the other language family than the page (Norwegian on an English page,
     * English on a Norwegian one): the page's language must score well below the line's.
     */
    public boolean isForeignTo(String line, Lang page) {
        int[] votes = familyVotes(line);
        int own = page.isNorwegian() ? votes[1] : votes[0];
        int other = page.isNorwegian() ? votes[0] : votes[1];
        if (own > 0 && other == 0 || own >= 2 * other + 2) {
            return false;
        }
        Optional<Lang> lang = detectLine(line);
        if (lang.isEmpty() || lang.get().isNorwegian() == page.isNorwegian()) {
            return false;
        }
        Map<Language, Double> confidence = confidence(line);
        double pageScore = page.isNorwegian()
                ? Math.max(confidence.getOrDefault(Language.BOKMAL, 0.0), confidence.getOrDefault(Language.NYNORSK, 0.0))
                : confidence.getOrDefault(Language.ENGLISH, 0.0);
        return pageScore < FOREIGN_MARGIN;
    }
}
