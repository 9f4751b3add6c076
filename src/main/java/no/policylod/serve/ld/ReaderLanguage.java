package no.policylod.serve.ld;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language an HTML page is written in and the order labels are picked in, from {@code Accept-Language}.
 *
 * <pre>
 * ReaderLanguage.of("nb-NO,nb;q=0.9,en;q=0.8");   // NORWEGIAN: page in nb, labels nb, nn, en
 * ReaderLanguage.of("de, en;q=0.5");              // ENGLISH:   page in en, labels en, nb, nn
 * </pre>
 *
 * <p>Norwegian readers ({@code nb}, {@code nn}, {@code no} and their three-letter forms) get labels in bokmål, then
 * nynorsk, then English; everyone else gets English, then bokmål, then nynorsk. Within one language a label without
 * a language tag comes after the tagged ones, and any other language last. The reader's language is the supported
 * one with the highest quality in the header ({@code *} counts as English); ties go to the earlier entry.
 */
public enum ReaderLanguage {
    ENGLISH("en", List.of("en", "nb", "nn")),
    NORWEGIAN("nb", List.of("nb", "nn", "en"));

    private static final Set<String> NORWEGIAN_TAGS = Set.of("nb", "nn", "no", "nob", "nno", "nor");
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*([A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*|\\*)\\s*(?:;\\s*q\\s*=\\s*(0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?))?\\s*");

    private final String tag;
    private final List<String> labelOrder;

    ReaderLanguage(String tag, List<String> labelOrder) {
        this.tag = tag;
        this.labelOrder = labelOrder;
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

    private static ReaderLanguage languageOf(String range) {
        String primary = range.split("-", 2)[0].toLowerCase(Locale.ROOT);
        if (NORWEGIAN_TAGS.contains(primary)) {
            return NORWEGIAN;
        }
        return primary.equals("en") || primary.equals("*") ? ENGLISH : null;
    }

    /** The BCP 47 tag of the page: {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    /** The language tags labels are picked in, best first. */
    public List<String> labelOrder() {
        return labelOrder;
    }

    /** The fallback order in words, for the page footer: "nb → nn → en". */
    public String orderText() {
        return String.join(" → ", labelOrder);
    }

    private record Weighted(ReaderLanguage language, double quality, int order) {
    }
}
