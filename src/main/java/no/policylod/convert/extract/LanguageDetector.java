package no.policylod.convert.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.Lang;

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
     * Function words only one of the two written standards uses (bokmål "ikke", "en", "fra"; nynorsk "ikkje", "ein",
     * "frå"). Lingua's n-grams often confuse the two; these words do not.
     */
    private static final Set<String> BOKMAL_ONLY = Set.of("ikke", "jeg", "hva", "hvordan", "hvorfor", "hvor",
            "hvem", "hvis", "hver", "hvert", "hverandre", "mye", "noen", "noe", "en", "et", "fra", "frem", "hos",
            "bare", "være", "vært", "ble", "sier", "mer", "selv", "fikk", "gikk", "hennes", "dere", "hele", "helt",
            "eget", "egen", "uten", "sammen", "fremdeles", "disse", "hun", "kommer", "gjøre", "gjør", "nå", "ennå",
            "flere", "siden", "mens", "norge", "millioner", "milliarder");
    private static final Set<String> NYNORSK_ONLY = Set.of("ikkje", "eg", "kva", "korleis", "kvifor", "kvar",
            "kven", "kvarandre", "mykje", "nokon", "noko", "nokre", "ein", "eit", "frå", "hjå", "berre", "vere",
            "vera", "vore", "vart", "seier", "meir", "sjølv", "fekk", "gjekk", "hennar", "dykk", "heile", "heilt",
            "eige", "eigen", "utan", "saman", "framleis", "desse", "ho", "kjem", "gjere", "gjer", "enno",
            "fleire", "sidan", "medan", "dei", "òg", "noreg", "millionar", "milliardar");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** How many marker words (of both standards together) it takes for the majority to overrule Lingua. */
    private static final int MIN_MARKERS = 2;

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
        Lang lang = LANGS.get(lingua.detectLanguageOf(text));
        return Optional.ofNullable(lang != null && lang.isNorwegian() ? norwegianStandard(text, lang) : lang);
    }

    /** Bokmål or nynorsk by their marker words when these clearly lean one way, else Lingua's guess. */
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
