package no.policylod.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language a page is written in and the order labels are picked in: English, bokmål or nynorsk.
 *
 * <pre>
 * ReaderLanguage.of("nb-NO,nb;q=0.9,en;q=0.8");   // BOKMAL:  page in nb, labels nb, nn, en
 * ReaderLanguage.of("nn, en;q=0.5");              // NYNORSK: page in nn, labels nn, nb, en
 * ReaderLanguage.of("no");                        // BOKMAL:  "no" is read as bokmål
 * ReaderLanguage.of("de, en;q=0.5");              // ENGLISH: page in en, labels en, nb, nn
 * ReaderLanguage.byTag("nn");                     // Optional[NYNORSK], for ?lang= and the lang cookie
 * </pre>
 *
 * <p>The reader's language is the supported one with the highest quality in {@code Accept-Language} ({@code *}
 * counts as English); ties go to the earlier entry. {@code nb}, {@code no} and their three-letter forms are bokmål,
 * {@code nn} and {@code nno} nynorsk. Within one language a label without a language tag comes after the tagged
 * ones, and any other language last ({@link #labelOrder()}).
 */
public enum ReaderLanguage {
    ENGLISH("en", List.of("en", "nb", "nn")),
    BOKMAL("nb", List.of("nb", "nn", "en")),
    NYNORSK("nn", List.of("nn", "nb", "en"));

    /** Language ranges (primary subtags) and the language each stands for. */
    private static final Map<String, ReaderLanguage> RANGES = Map.of("en", ENGLISH, "eng", ENGLISH,
            "nb", BOKMAL, "nob", BOKMAL, "no", BOKMAL, "nor", BOKMAL, "nn", NYNORSK, "nno", NYNORSK);
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\\*)\\s*(?:;\\s*q\\s*=\\s*(0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?))?\\s*");

    private final String tag;
    private final List<String> labelOrder;
    private final Locale locale;

    ReaderLanguage(String tag, List<String> labelOrder) {
        this.tag = tag;
        this.labelOrder = labelOrder;
        this.locale = Locale.forLanguageTag(tag);
    }

    /** The reader's language from an {@code Accept-Language} header (null or malformed: English). */
    public static ReaderLanguage of(String acceptLanguage) {
        if (acceptLanguage == null) {
            return ENGLISH;
        }
        List<Weighted> entries = new ArrayList<>();
        String[] parts = acceptLanguage.split(",");
        for (int i = 0; i < parts.length; i++) {
            Matcher m = ENTRY.matcher(parts[i]);
            if (m.matches()) {
                entries.add(new Weighted(languageOf(m.group(1)), m.group(2) == null ? 1 : Double.parseDouble(m.group(2)), i));
            }
        }
        return entries.stream().filter(w -> w.language() != null && w.quality() > 0)
                .min(Comparator.comparingDouble(Weighted::quality).reversed().thenComparingInt(Weighted::order))
                .map(Weighted::language).orElse(ENGLISH);
    }

    /** The language of a tag as a reader picks it ({@code ?lang=nn}, the {@code lang} cookie); "no" is bokmål. */
    public static Optional<ReaderLanguage> byTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(RANGES.get(tag.strip().toLowerCase(Locale.ROOT)));
    }

    private static ReaderLanguage languageOf(String range) {
        return range.equals("*") ? ENGLISH : RANGES.get(range.split("-", 2)[0].toLowerCase(Locale.ROOT));
    }

    /** Every language, in the order the language switch lists them. */
    public static List<ReaderLanguage> all() {
        return Arrays.asList(values());
    }

    /** The BCP 47 tag of the page: {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The locale messages, dates and numbers are written in. */
    public Locale locale() {
        return locale;
    }

    /** The language tags labels are picked in, best first. */
    public List<String> labelOrder() {
        return labelOrder;
    }

    /** The fallback order in words, for the page footer: "nb → nn → en". */
    public String orderText() {
        return String.join(" → ", labelOrder);
    }

    /** The language of a template locale (as {@link #locale()} gives it); English for any other. */
    public static ReaderLanguage ofLocale(Locale locale) {
        return locale == null ? ENGLISH : byTag(locale.getLanguage()).orElse(ENGLISH);
    }

    private record Weighted(ReaderLanguage language, double quality, int order) {
    }
}
