package no.policylod.convert.extract;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.Lang;

/**
 * The words money is written with, as language data: number words ({@code numbers.json}), scales
 * ({@code scales.json}), currencies ({@code currencies.json}: codes and symbols as written, words in any case) and the
 * grammar's own words ({@code money.json}: "between"/"and", "from"/"to", granting verbs, percent words). A word's
 * scale is looked up in the page's language first ("billion" is 10^9 in English, "billioner" 10^12 in Norwegian).
 *
 * <pre>
 * MoneyLexicon.currency(List.of("norske", "kroner"), 0);   // Optional[Match[NOK, 2 words]]
 * </pre>
 */
final class MoneyLexicon {

    /** A phrase found in a table: what it stands for and how many words it takes. */
    record Match<T>(T value, int words) {
    }

    private static final int LONGEST_PHRASE = 3;
    private static final Map<String, String> CURRENCIES = currencies();
    private static final Set<String> CODES = codes();
    private static final Map<String, BigDecimal> NUMBERS = decimals(LanguageData.merged("numbers"));
    /** The first words (lower case) of the currency and number phrases: most words start none, and are let go at once. */
    private static final Set<String> CURRENCY_FIRSTS = firstWords(CURRENCIES.keySet());
    private static final Set<String> NUMBER_FIRSTS = firstWords(NUMBERS.keySet());
    private static final Map<Lang, Map<String, BigDecimal>> SCALES = scales();
    private static final Map<String, List<String>> GRAMMAR = LanguageData.merged("money");
    /** Granting verbs written out (lower case), stems written "stem\\p{L}*", and any other form as a pattern. */
    private static final Set<String> GRANTING_WORDS = granting(v -> v.matches("[\\p{L} ]+"), v -> v);
    private static final List<String> GRANTING_STEMS = List.copyOf(granting(v -> v.matches("\\p{L}+\\Q\\p{L}*\\E"),
            v -> v.substring(0, v.length() - "\\p{L}*".length())));
    private static final List<Pattern> GRANTING_OTHER = GRAMMAR.get("granting").stream()
            .filter(v -> !v.matches("[\\p{L} ]+") && !v.matches("\\p{L}+\\Q\\p{L}*\\E"))
            .map(v -> Pattern.compile("(?iu)" + v)).toList();
    /** The first words of granting verbs written as several words ("sette av", "set aside"). */
    private static final Set<String> MULTI_WORD_FIRSTS = Set.copyOf(GRAMMAR.get("granting").stream()
            .filter(v -> v.contains(" ")).map(v -> v.substring(0, v.indexOf(' ')).toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet()));

    private MoneyLexicon() {
    }

    static boolean isCode(String word) {
        return CODES.contains(word);
    }

    static boolean isAbbreviation(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return CURRENCIES.containsKey(w) || SCALES.values().stream().anyMatch(s -> s.containsKey(w));
    }

    /** The currency the words from {@code at} name, longest phrase first. */
    static Optional<Match<String>> currency(List<String> words, int at) {
        if (cannotStart(CURRENCY_FIRSTS, words.get(at))) {
            return Optional.empty();
        }
        for (int n = Math.min(LONGEST_PHRASE, words.size() - at); n >= 1; n--) {
            String phrase = String.join(" ", words.subList(at, at + n));
            String code = CURRENCIES.get(phrase);
            if (code == null && !isCodeSpelling(phrase)) {
                code = CURRENCIES.get(phrase.toLowerCase(Locale.ROOT));
            }
            if (code != null) {
                return Optional.of(new Match<>(code, n));
            }
        }
        return Optional.empty();
    }

    /** A code in the wrong case ("nok", "usd") is a word, not the code. */
    private static boolean isCodeSpelling(String phrase) {
        return CODES.contains(phrase.toUpperCase(Locale.ROOT)) && !CODES.contains(phrase);
    }

    /** The number a number word (or phrase: "en halv") from {@code at} stands for. */
    static Optional<Match<BigDecimal>> numberWord(List<String> words, int at) {
        if (cannotStart(NUMBER_FIRSTS, words.get(at))) {
            return Optional.empty();
        }
        for (int n = Math.min(LONGEST_PHRASE, words.size() - at); n >= 1; n--) {
            BigDecimal v = NUMBERS.get(String.join(" ", words.subList(at, at + n)).toLowerCase(Locale.ROOT));
            if (v != null) {
                return Optional.of(new Match<>(v, n));
            }
        }
        return Optional.empty();
    }

    /** Whether no phrase of a table starts with the word (a word holding a space is always tried in full). */
    private static boolean cannotStart(Set<String> firsts, String word) {
        return word.indexOf(' ') < 0 && !firsts.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> firstWords(Set<String> phrases) {
        return phrases.stream().map(p -> (p.indexOf(' ') < 0 ? p : p.substring(0, p.indexOf(' ')))
                .toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The factor a scale word stands for in the page's language (else in any). */
    static Optional<BigDecimal> scale(String word, Lang lang) {
        String w = word.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(SCALES.get(lang).get(w)).or(() -> SCALES.values().stream()
                .map(s -> s.get(w)).filter(v -> v != null).findFirst());
    }

    static boolean isGrammar(String key, String word) {
        return GRAMMAR.getOrDefault(key, List.of()).stream().anyMatch(w -> w.equalsIgnoreCase(word));
    }

    static boolean isGranting(String phrase) {
        int space = phrase.indexOf(' ');
        String first = (space < 0 ? phrase : phrase.substring(0, space)).toLowerCase(Locale.ROOT);
        if (space >= 0 && !MULTI_WORD_FIRSTS.contains(first)) {
            return false;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        return GRANTING_WORDS.contains(lower)
                || GRANTING_STEMS.stream().anyMatch(stem -> lower.startsWith(stem) && lettersOnly(lower, stem.length()))
                || GRANTING_OTHER.stream().anyMatch(p -> p.matcher(phrase).matches());
    }

    private static boolean lettersOnly(String s, int from) {
        return s.codePoints().skip(s.codePointCount(0, from)).allMatch(Character::isLetter);
    }

    private static Set<String> granting(java.util.function.Predicate<String> form,
                                        java.util.function.UnaryOperator<String> part) {
        return GRAMMAR.get("granting").stream().filter(form).map(part).map(v -> v.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Map<String, String> currencies() {
        Map<String, String> byWord = new HashMap<>();
        LanguageData.merged("currencies").forEach((code, words) -> words.forEach(w ->
                byWord.put(isCodeForm(w) ? w : w.toLowerCase(Locale.ROOT), code)));
        return Map.copyOf(byWord);
    }

    /** Codes and symbols are matched as written; words in any case. */
    private static boolean isCodeForm(String w) {
        return w.matches("\\p{Lu}{3}|US\\$|\\$|€|£");
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>();
        LanguageData.merged("currencies").forEach((code, words) -> {
            codes.add(code);
            words.stream().filter(MoneyLexicon::isCodeForm).forEach(codes::add);
        });
        return Set.copyOf(codes);
    }

    private static Map<String, BigDecimal> decimals(Map<String, List<String>> table) {
        Map<String, BigDecimal> byWord = new HashMap<>();
        table.forEach((value, words) -> words.forEach(w -> byWord.put(w.toLowerCase(Locale.ROOT),
                new BigDecimal(value))));
        return Map.copyOf(byWord);
    }

    private static Map<Lang, Map<String, BigDecimal>> scales() {
        Map<Lang, Map<String, BigDecimal>> all = new HashMap<>();
        for (Lang lang : Lang.values()) {
            all.put(lang, decimals(LanguageData.table("scales", lang)));
        }
        return Map.copyOf(all);
    }
}
