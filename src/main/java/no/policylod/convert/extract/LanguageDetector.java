package no.policylod.convert.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Map;
import java.util.Optional;
import no.policylod.convert.Lang;

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

    /** How far below the winning language the page's language must score for a line to count as foreign. */
    private static final double FOREIGN_MARGIN = 0.9;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua = LanguageDetectorBuilder
            .fromLanguages(Language.ENGLISH, Language.BOKMAL, Language.NYNORSK).build();

    private LanguageDetector() {
    }

    public static LanguageDetector get() {
        return INSTANCE;
    }

    /** The most likely language of a text; English when the text gives no evidence at all. */
    public Lang detect(String text) {
        return detectLine(text).orElse(Lang.EN);
    }

    /** The language of a short text, or empty when it has no letters to judge by. */
    public Optional<Lang> detectLine(String text) {
        if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.ofNullable(LANGS.get(lingua.detectLanguageOf(text)));
    }

    /**
     * Whether a line is clearly written in the other language family than the page (Norwegian on an English page,
     * English on a Norwegian one): the page's language must score well below the line's.
     */
    public boolean isForeignTo(String line, Lang page) {
        Optional<Lang> lang = detectLine(line);
        if (lang.isEmpty() || lang.get().isNorwegian() == page.isNorwegian()) {
            return false;
        }
        Map<Language, Double> confidence = lingua.computeLanguageConfidenceValues(line);
        double pageScore = page.isNorwegian()
                ? Math.max(confidence.getOrDefault(Language.BOKMAL, 0.0), confidence.getOrDefault(Language.NYNORSK, 0.0))
                : confidence.getOrDefault(Language.ENGLISH, 0.0);
        return pageScore < FOREIGN_MARGIN;
    }
}
