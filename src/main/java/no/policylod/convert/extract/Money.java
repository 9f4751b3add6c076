package no.policylod.convert.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.Lang;

/**
 * Finds money amounts in English, bokmål and nynorsk prose and reads their value in whole currency units.
 *
 * <pre>
 * Money.find("an additional NOK 20 million for food", Lang.EN);   // [NOK 20000000 "NOK 20 million"]
 * Money.find("2,8 milliarder kroner", Lang.NB);                   // [NOK 2800000000]
 * Money.find("NOK 10–20 million", Lang.EN);                        // two amounts, lower and upper bound
 * </pre>
 *
 * An amount needs a currency (code, symbol or word). A number with a scale word and no currency ("100 millioner")
 * counts only right after a verb of granting or spending and before a preposition or the end of the clause
 * ("Vi foreslår å bevilge 100 millioner til ..."); it takes the currency of the amount before it, else NOK.
 * Percentages, years, counts ("fire millioner mennesker") and budget chapter numbers are never read as amounts.
 * Number format follows the language: English {@code 1,500.5}, Norwegian {@code 1 500,5} or {@code 1.500}.
 */
public final class Money {

    /** Where a mention stands in a range written as one expression ("NOK 10–20 million"). */
    public enum Bound { LOWER, UPPER }

    /** One amount stated in a text: its value, ISO 4217 currency, the span as written and where it stands. */
    public record Mention(BigDecimal value, String currency, String text, int start, int end,
                          Optional<Bound> rangeBound) {
    }

    private static final String SP = "[ \\t\\n\\u00a0\\u2009\\u202f]";
    private static final String DASH = SP + "*[-–—‑]" + SP + "*";
    private static final String DIGITS = "(?<![\\d.,])(?:\\d{1,3}(?:(?:" + SP + "|[.,])\\d{3})+(?:[.,]\\d+)?"
            + "|\\d+(?:[.,]\\d+)?)(?![\\d])";
    private static final Map<String, BigDecimal> WORDS = words();
    private static final String WORD_NUMBER = "(?<![\\p{L}])(?:" + String.join("|", WORDS.keySet().stream()
            .sorted(Comparator.comparing(String::length).reversed()).map(w -> w.replace(" ", SP + "+")).toList())
            + ")";
    private static final String SCALE = "(?:thousand|millions?|billions?|trillions?|bn|mn|m"
            + "|tusen|mill\\.?|million(?:er|ar)?|mrd\\.?|milliard(?:er|ar)?|billion(?:er|ar))(?![\\p{L}])";
    private static final String CODE = "(?<![\\p{L}])(?:NOK|USD|EUR|GBP|SEK|DKK|ISK|CHF|JPY|CNY|CAD|AUD)(?![\\p{L}])";
    private static final String CUR_BEFORE = "(?:" + "(?<![A-Z])(?:NOK|USD|EUR|GBP|SEK|DKK|ISK|CHF|JPY|CNY|CAD|AUD)"
            + "|US\\$|\\$|€|£|(?<![\\p{L}])kr\\.?)";
    private static final String CUR_AFTER = "(?:(?:norske|svenske|danske|islandske)" + SP + "+kroner|kroner|kr\\.?"
            + "|(?:US|amerikanske)" + SP + "+dollars?|dollars?|euros?|pounds?(?:" + SP + "+sterling)?|britiske"
            + SP + "+pund|" + CODE + ")(?![\\p{L}])";
    private static final String NUMBER = "(?:" + DIGITS + "|" + WORD_NUMBER + ")";

    private static final Pattern CURRENCY_FIRST = Pattern.compile(
            "(?<cur>" + CUR_BEFORE + ")" + SP + "*(?<num>" + DIGITS + ")(?:" + DASH + "(?<num2>" + DIGITS + "))?"
                    + "(?:" + SP + "*(?<scale>" + SCALE + "))?", Pattern.UNICODE_CASE);
    /** "NOK 10 to 20 million", "kr 10 til 20 millioner": two amounts that share the currency and the scale. */
    private static final Pattern CURRENCY_FIRST_PAIR = Pattern.compile(
            "(?<cur>" + CUR_BEFORE + ")" + SP + "*(?<num>" + DIGITS + ")" + SP + "+(?:to|til)" + SP + "+(?<num2>"
                    + DIGITS + ")" + SP + "*(?<scale>" + SCALE + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "fra 10 til 20 millioner kroner", "from 10 to 20 million kroner": the same, with the currency after. */
    private static final Pattern FROM_TO_PAIR = Pattern.compile(
            "(?<![\\p{L}])(?:fra|frå|from)" + SP + "+(?<num>" + DIGITS + ")" + SP + "+(?:til|to)" + SP + "+(?<num2>"
                    + DIGITS + ")" + SP + "+(?:(?<scale>" + SCALE + ")" + SP + "+)?(?<cur>" + CUR_AFTER + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CURRENCY_LAST = Pattern.compile(
            "(?<num>" + NUMBER + ")(?:" + DASH + "(?<num2>" + DIGITS + "))?" + SP + "+(?:(?<scale>" + SCALE + ")"
                    + SP + "+)?(?<cur>" + CUR_AFTER + ")",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String BIG_SCALE = "(?:millions?|billions?|mill\\.|mrd\\.|million(?:er|ar)|milliard(?:er|ar)?)"
            + "(?![\\p{L}])";
    private static final String GRANTING = "(?:bevilg\\p{L}*|løyv\\p{L}*|(?:sett(?:e|er)?|set|satt)" + SP + "+av"
            + "|foreslå\\p{L}*|gjer" + SP + "+framlegg" + SP + "+om|tildel\\p{L}*|sats(?:e|er|es|ar|ast)"
            + "|bruk(?:e|er|es|ar|ast)|gi|gir|gis|gje|gjev|gav|ga|styrk(?:e|es|jer|je|jast)|allocat\\p{L}*"
            + "|earmark\\p{L}*|grant(?:s|ed|ing)?|provid(?:e|es|ed|ing)|spend(?:s|ing)?|spent|invest(?:s|ed|ing)?"
            + "|contribut(?:e|es|ed|ing)|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)"
            + "|set" + SP + "+aside)";
    /** A bare scale amount after a granting verb, followed by a preposition or the end of the clause. */
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{L}])" + GRANTING + "(?:" + SP + "+\\p{L}+){0,2}?" + SP + "+(?<num>" + NUMBER + ")" + SP + "+"
                    + "(?<scale>" + BIG_SCALE + ")(?=" + SP + "*(?:[.,;:)]|$)|" + SP + "+(?:til|for|to|i|in|på|on"
                    + "|over|per|årlig|årleg|annually)(?![\\p{L}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BETWEEN = Pattern.compile(
            "(?<![\\p{L}])(?:between|mellom)" + SP + "+(?<cur0>" + CUR_BEFORE + ")?" + SP + "*(?<num>" + DIGITS + ")"
                    + SP + "+(?:and|og)" + SP + "+(?<num2>" + DIGITS + ")" + SP + "+(?:(?<scale>" + SCALE + ")"
                    + SP + "*)?(?<cur>" + CUR_AFTER + ")?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Money() {
    }

    /** Every amount in the text, in text order, read with the number conventions of the given language. */
    public static List<Mention> find(String text, Lang lang) {
        List<Mention> found = new ArrayList<>();
        between(text, lang, found);
        pairs(CURRENCY_FIRST_PAIR.matcher(text), lang, found);
        pairs(FROM_TO_PAIR.matcher(text), lang, found);
        scan(CURRENCY_FIRST.matcher(text), lang, found);
        scan(CURRENCY_LAST.matcher(text), lang, found);
        bare(text, lang, found);
        return withoutOverlaps(found);
    }

    private static void bare(String text, Lang lang, List<Mention> out) {
        Matcher m = BARE.matcher(text);
        List<Mention> withCurrency = List.copyOf(out);
        while (m.find()) {
            int start = m.start("num");
            String currency = withCurrency.stream().filter(c -> c.end() <= start)
                    .max(Comparator.comparingInt(Mention::end)).map(Mention::currency).orElse("NOK");
            BigDecimal value = number(m.group("num"), lang).multiply(scale(m.group("scale"), lang));
            String span = text.substring(start, m.end()).replaceAll(SP + "+", " ");
            out.add(mention(span, value, currency, start, m.end(), null));
        }
    }

    private static void scan(Matcher m, Lang lang, List<Mention> out) {
        while (m.find()) {
            if (m.group("scale") == null && isWordNumber(m.group("num"))) {
                continue;
            }
            String currency = currencyCode(m.group("cur"));
            BigDecimal scale = scale(m.group("scale"), lang);
            String num2 = m.group("num2");
            if (num2 == null) {
                out.add(mention(text(m), number(m.group("num"), lang).multiply(scale), currency, m.start(), m.end(),
                        null));
            } else {
                int dash = m.end("num");
                out.add(mention(text(m), number(m.group("num"), lang).multiply(scale), currency, m.start(), dash,
                        Bound.LOWER));
                out.add(mention(text(m), number(num2, lang).multiply(scale), currency, m.start("num2"), m.end(),
                        Bound.UPPER));
            }
        }
    }

    /** Two amounts written as one expression with "to"/"til": a change or a pair, not a range, so no bound. */
    private static void pairs(Matcher m, Lang lang, List<Mention> out) {
        while (m.find()) {
            String currency = currencyCode(m.group("cur"));
            BigDecimal scale = scale(m.group("scale"), lang);
            int from = m.start("cur") < m.start("num") ? m.start() : m.start("num");
            String span = m.group().substring(from - m.start()).replaceAll(SP + "+", " ").strip();
            out.add(mention(span, number(m.group("num"), lang).multiply(scale), currency, from, m.end("num"),
                    null));
            out.add(mention(span, number(m.group("num2"), lang).multiply(scale), currency, m.start("num2"), m.end(),
                    null));
        }
    }

    private static void between(String text, Lang lang, List<Mention> out) {
        Matcher m = BETWEEN.matcher(text);
        while (m.find()) {
            String cur = m.group("cur0") != null ? m.group("cur0") : m.group("cur");
            if (cur == null) {
                continue;
            }
            String currency = currencyCode(cur);
            BigDecimal scale = scale(m.group("scale"), lang);
            int start = m.group("cur0") != null ? m.start("cur0") : m.start("num");
            String span = text.substring(start, m.end()).replaceAll(SP + "+", " ").strip();
            out.add(mention(span, number(m.group("num"), lang).multiply(scale), currency, start,
                    m.end("num"), Bound.LOWER));
            out.add(mention(span, number(m.group("num2"), lang).multiply(scale), currency, m.start("num2"), m.end(),
                    Bound.UPPER));
        }
    }

    private static Mention mention(String span, BigDecimal value, String currency, int start, int end, Bound bound) {
        return new Mention(value.stripTrailingZeros().setScale(Math.max(0, value.stripTrailingZeros().scale()),
                java.math.RoundingMode.UNNECESSARY), currency, span, start, end, Optional.ofNullable(bound));
    }

    /** Keeps, of overlapping candidates, the one that starts first and, among those, the longest. */
    private static List<Mention> withoutOverlaps(List<Mention> found) {
        found.sort(Comparator.comparingInt(Mention::start).thenComparing(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        int coveredUntil = -1;
        String lastSpan = null;
        for (Mention m : found) {
            boolean sameRange = m.rangeBound().isPresent() && m.text().equals(lastSpan);
            if (m.start() >= coveredUntil || sameRange) {
                kept.add(m);
                coveredUntil = Math.max(coveredUntil, m.end());
                lastSpan = m.text();
            }
        }
        return kept;
    }

    private static String text(Matcher m) {
        return m.group().replaceAll(SP + "+", " ").strip();
    }

    private static boolean isWordNumber(String num) {
        return !Character.isDigit(num.charAt(0));
    }

    /** Reads a number written with the conventions of the language; word numbers are looked up. */
    static BigDecimal number(String raw, Lang lang) {
        String s = raw.replaceAll(SP + "+", " ").strip().toLowerCase(Locale.ROOT);
        if (isWordNumber(s)) {
            return WORDS.get(s);
        }
        s = s.replace(" ", "");
        int dot = s.indexOf('.');
        int comma = s.indexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            return new BigDecimal(s.replace(decimal == '.' ? "," : ".", "").replace(',', '.'));
        }
        if (comma >= 0) {
            boolean thousands = lang == Lang.EN && s.matches("\\d{1,3}(,\\d{3})+");
            return new BigDecimal(thousands ? s.replace(",", "") : s.replace(',', '.'));
        }
        if (dot >= 0) {
            boolean thousands = s.matches("\\d{1,3}(\\.\\d{3}){2,}")
                    || (lang != Lang.EN && s.matches("\\d{1,3}\\.\\d{3}"));
            return new BigDecimal(thousands ? s.replace(".", "") : s);
        }
        return new BigDecimal(s);
    }

    private static BigDecimal scale(String word, Lang lang) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.equals("thousand") || w.equals("tusen")) {
            return BigDecimal.valueOf(1_000L);
        }
        if (w.startsWith("mill") && !w.startsWith("milliard") || w.equals("mn") || w.equals("m")) {
            return BigDecimal.valueOf(1_000_000L);
        }
        if (w.startsWith("milliard") || w.equals("mrd") || w.equals("bn")) {
            return BigDecimal.valueOf(1_000_000_000L);
        }
        if (w.startsWith("trillion")) {
            return BigDecimal.TEN.pow(lang == Lang.EN ? 12 : 18);
        }
        // "billion" is English (10^9) wherever it stands; only the Norwegian forms "billioner"/"billionar" are 10^12.
        boolean norwegianBillion = w.endsWith("er") || w.endsWith("ar");
        return BigDecimal.TEN.pow(norwegianBillion ? 12 : 9);
    }

    private static String currencyCode(String written) {
        String w = written.replaceAll(SP + "+", " ").strip().toLowerCase(Locale.ROOT);
        if (w.startsWith("svenske")) {
            return "SEK";
        }
        if (w.startsWith("danske")) {
            return "DKK";
        }
        if (w.startsWith("islandske")) {
            return "ISK";
        }
        if (w.contains("dollar") || w.contains("$")) {
            return "USD";
        }
        if (w.startsWith("euro") || w.equals("€")) {
            return "EUR";
        }
        if (w.contains("pund") || w.startsWith("pound") || w.equals("£")) {
            return "GBP";
        }
        if (w.matches("[a-z]{3}") && !w.equals("kr.")) {
            return w.toUpperCase(Locale.ROOT);
        }
        return "NOK";
    }

    private static Map<String, BigDecimal> words() {
        Map<String, BigDecimal> m = new java.util.HashMap<>();
        String[] en = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve"};
        for (int i = 0; i < en.length; i++) {
            m.put(en[i], BigDecimal.valueOf(i + 1L));
        }
        String[][] no = {{"en", "ei", "ett", "eitt", "ein"}, {"to"}, {"tre"}, {"fire"}, {"fem"}, {"seks"},
                {"sju", "syv"}, {"åtte"}, {"ni"}, {"ti"}, {"elleve"}, {"tolv"}};
        for (int i = 0; i < no.length; i++) {
            for (String w : no[i]) {
                m.put(w, BigDecimal.valueOf(i + 1L));
            }
        }
        BigDecimal half = new BigDecimal("0.5");
        for (String w : List.of("half a", "a half", "en halv", "ei halv", "ein halv", "eit halvt", "et halvt")) {
            m.put(w, half);
        }
        m.put("halvannen", new BigDecimal("1.5"));
        m.put("halvanna", new BigDecimal("1.5"));
        m.put("a", BigDecimal.ONE);
        return Map.copyOf(m);
    }
}
