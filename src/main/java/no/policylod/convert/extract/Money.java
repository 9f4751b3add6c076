package no.policylod.convert.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.extract.MoneyTokens.Token;
import no.policylod.convert.extract.MoneyTokens.Type;
import no.policylod.convert.model.Amount;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.Rule;
import no.policylod.convert.model.Rules;

/**
 * Finds money amounts in English, bokmål and nynorsk prose and reads their value in whole currency units: a
 * tokeniser ({@link MoneyTokens}) and a small grammar over its tokens, whose words are language data
 * ({@link MoneyLexicon}).
 *
 * <pre>
 * Money.find("an additional NOK 20 million for food", Lang.EN);   // [NOK 20000000 "NOK 20 million"]
 * Money.find("2,8 milliarder kroner", Lang.NB);                   // [NOK 2800000000]
 * Money.find("NOK 10–20 million", Lang.EN);                        // two amounts, lower and upper bound
 * </pre>
 *
 * The grammar ({@link MoneyRule}, tried in this order at each token):
 * <pre>
 * BETWEEN  := between|mellom [cur] number and|og [cur] number [scale] [cur]      two bounds
 * PAIR     := [from|fra] [cur] number [scale] [cur] to|til [total] [cur] number [scale] [cur]   two points sharing what
 *             one of them leaves unsaid ("from NOK 5 million to 7 million", "fra 10 til 20 millioner kroner")
 * RANGE    := [cur] number dash number [scale] [cur]                              two bounds
 * AMOUNT   := [cur] number [scale] [cur]                                          one amount
 * BARE     := granting-verb word? word? number big-scale (preposition | punctuation | end)   currency of the
 *             amount before it, else NOK ("bevilge 100 millioner til …")
 * </pre>
 * Every amount needs a currency (code, symbol or word), except a bare one; a number word needs a scale. Percentages,
 * years without a currency and counts ("fire millioner mennesker") are never amounts. Number format follows the
 * language: English {@code 1,500.5}, Norwegian {@code 1 500,5} or {@code 1.500}.
 */
public final class Money {

    private static final Pattern NUMBER_SPACES = Pattern.compile("[\\s\u00a0\u2009\u202f]+");
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}");
    private static final Pattern DOT_THOUSAND = Pattern.compile("\\d{1,3}\\.\\d{3}");

    /** The grammar's productions, each a named rule that can be switched off. */
    public enum MoneyRule implements Rule {
        /** "between NOK 10 and 20 million", "mellom 10 og 20 millionar kroner": a lower and an upper bound. */
        BETWEEN,
        /** "from NOK 75 billion to NOK 135 billion", "NOK 10 to 20 million": two points sharing scale, currency. */
        PAIR,
        /** "NOK 10–20 million": a lower and an upper bound. */
        RANGE,
        /** A currency before or after a number, with its scale ("NOK 3.6 billion", "2,8 milliarder kroner"). */
        AMOUNT,
        /** A number with a big scale after a granting verb, its currency unsaid ("bevilge 100 millioner til"). */
        BARE
    }

    private Money() {
    }

    /** Every amount in the text, in text order, read with the number conventions of the given language. */
    public static List<Amount> find(String text, Lang lang) {
        return find(text, lang, Rules.all());
    }

    /** Every amount the productions in force find. */
    public static List<Amount> find(String text, Lang lang, Rules rules) {
        if (!TextShape.hasDigit(text) && !mayHaveWordNumber(text)) {
            return List.of();
        }
        return new Reader(text, lang, rules).read();
    }

    /** A text without digits can state money only with a number word and a scale ("en halv milliard"). */
    private static boolean mayHaveWordNumber(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return t.contains("mill") || t.contains("bill") || t.contains("mrd") || t.contains("tusen")
                || t.contains("thousand") || t.contains("trill");
    }

    /** One reading of one text: the tokens, a cursor, and what has been found. */
    private static final class Reader {
        private final String text;
        private final Lang lang;
        private final Rules rules;
        private final List<Token> tokens;
        private final List<String> words;
        private final List<Amount> found = new ArrayList<>();

        Reader(String text, Lang lang, Rules rules) {
            this.text = text;
            this.lang = lang;
            this.rules = rules;
            this.tokens = MoneyTokens.of(text);
            this.words = tokens.stream().map(Token::text).toList();
        }

        List<Amount> read() {
            int i = 0;
            while (i < tokens.size()) {
                int next = production(i);
                i = next > i ? next : i + 1;
            }
            return found;
        }

        /** Tries the productions in order at token {@code i}; returns the index after what was read, else i. */
        private int production(int i) {
            int next = rules.on(MoneyRule.BETWEEN) ? between(i) : i;
            next = next == i && rules.on(MoneyRule.PAIR) ? pair(i) : next;
            next = next == i && rules.on(MoneyRule.RANGE) ? range(i) : next;
            next = next == i && rules.on(MoneyRule.AMOUNT) ? amount(i) : next;
            return next == i && rules.on(MoneyRule.BARE) ? bare(i) : next;
        }

        /** What one side of an expression says: [cur] number [scale] [cur], from token {@code from}. */
        private record Side(int start, int end, Optional<String> currency, BigDecimal number,
                            Optional<BigDecimal> scale, boolean wordNumber, int numberStart, int numberEnd) {
        }

        /** Reads [cur] number [scale] [cur] at {@code i}; a scale and currency after are optional. */
        private Optional<Side> side(int i, boolean currencyBefore) {
            int at = i;
            Optional<String> currency = Optional.empty();
            if (currencyBefore) {
                Optional<MoneyLexicon.Match<String>> c = currencyAt(at);
                if (c.isPresent()) {
                    currency = Optional.of(c.get().value());
                    at += c.get().words();
                }
            }
            if (at >= tokens.size()) {
                return Optional.empty();
            }
            BigDecimal number;
            boolean wordNumber = false;
            int numberStart = at;
            if (tokens.get(at).is(Type.NUMBER)) {
                number = number(tokens.get(at).text());
                at++;
            } else {
                Optional<MoneyLexicon.Match<BigDecimal>> w = wordsOnly(at) ? MoneyLexicon.numberWord(words, at)
                        : Optional.empty();
                if (w.isEmpty()) {
                    return Optional.empty();
                }
                number = w.get().value();
                wordNumber = true;
                at += w.get().words();
            }
            int numberEnd = at;
            Optional<BigDecimal> scale = Optional.empty();
            if (at < tokens.size() && tokens.get(at).is(Type.WORD)) {
                scale = MoneyLexicon.scale(tokens.get(at).text(), lang);
                if (scale.isPresent()) {
                    at++;
                }
            }
            if (currency.isEmpty()) {
                Optional<MoneyLexicon.Match<String>> c = currencyAt(at);
                if (c.isPresent()) {
                    currency = Optional.of(c.get().value());
                    at += c.get().words();
                }
            }
            if (wordNumber && scale.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Side(i, at, currency, number, scale, wordNumber, numberStart, numberEnd));
        }

        private int amount(int i) {
            Optional<Side> s = side(i, true).filter(x -> x.currency().isPresent()).filter(x -> !percentAfter(x.end()));
            if (s.isEmpty()) {
                return i;
            }
            add(s.get(), s.get().currency().get(), s.get().scale(), s.get().start(), s.get().end(), null, null);
            return s.get().end();
        }

        private int range(int i) {
            Optional<Side> first = side(i, true);
            if (first.isEmpty() || first.get().scale().isPresent() || first.get().wordNumber()
                    || first.get().end() >= tokens.size() || !tokens.get(first.get().end()).is(Type.DASH)) {
                return i;
            }
            Optional<Side> second = side(first.get().end() + 1, false).filter(s -> !s.wordNumber());
            Optional<String> currency = first.flatMap(Side::currency).or(() -> second.flatMap(Side::currency));
            if (second.isEmpty() || currency.isEmpty() || percentAfter(second.get().end())) {
                return i;
            }
            return bounds(first.get(), second.get(), currency.get(), first.get().start());
        }

        private int between(int i) {
            if (!word(i, "between")) {
                return i;
            }
            Optional<Side> first = side(i + 1, true);
            if (first.isEmpty() || first.get().scale().isPresent() || !word(first.get().end(), "and")) {
                return i;
            }
            Optional<Side> second = side(first.get().end() + 1, true);
            Optional<String> currency = first.flatMap(Side::currency).or(() -> second.flatMap(Side::currency));
            if (second.isEmpty() || currency.isEmpty()) {
                return i;
            }
            int start = first.get().currency().isPresent() ? first.get().start() : first.get().numberStart();
            return bounds(first.get(), second.get(), currency.get(), start);
        }

        /** A range's two ends, the scale of the second shared by both; returns the index after the range. */
        private int bounds(Side low, Side high, String currency, int start) {
            int end = high.end();
            add(low, currency, high.scale(), start, low.numberEnd(), Amount.Bound.LOWER, end);
            add(high, currency, high.scale(), high.numberStart(), end, Amount.Bound.UPPER, start);
            return end;
        }

        /**
         * Two amounts joined by "to"/"til", one of them leaving its scale or currency to the other: "from NOK 5
         * million to 7 million", "NOK 10 to 20 million", "fra 10 til 20 millioner kroner". Two whole amounts ("from
         * NOK 75 billion to NOK 135 billion") are read one by one.
         */
        private int pair(int i) {
            int at = word(i, "from") ? i + 1 : i;
            Optional<Side> first = side(at, true);
            if (first.isEmpty() || !word(first.get().end(), "to")) {
                return i;
            }
            Optional<Side> second = side(afterTotal(first.get().end() + 1), true);
            if (second.isEmpty() || second.get().wordNumber() != first.get().wordNumber()) {
                return i;
            }
            Side a = first.get();
            Side b = second.get();
            boolean shares = a.currency().isEmpty() || b.currency().isEmpty()
                    || a.scale().isEmpty() && b.scale().isPresent();
            Optional<String> currency = a.currency().or(b::currency);
            Optional<BigDecimal> scaleA = a.scale().or(b::scale);
            Optional<BigDecimal> scaleB = b.scale().or(a::scale);
            boolean saysEnough = a.currency().isPresent() || a.scale().isPresent() || at > i;
            if (!shares || !saysEnough || currency.isEmpty() || scaleB.isEmpty() && scaleA.isEmpty() && at == i
                    || percentAfter(b.end())) {
                return i;
            }
            int start = a.currency().isPresent() ? a.start() : a.numberStart();
            add(a, currency.get(), scaleA, start, a.numberEnd(), null, b.end());
            add(b, currency.get(), scaleB, b.numberStart(), b.end(), null, start);
            return b.end();
        }

        /** The token after a total's words ("til totalt 50 millioner", "to a total of NOK 50 million"). */
        private int afterTotal(int at) {
            for (int n = 3; n >= 1; n--) {
                if (at + n <= tokens.size() && MoneyLexicon.isGrammar("totals",
                        String.join(" ", words.subList(at, at + n)))) {
                    return at + n;
                }
            }
            return at;
        }

        /** A big-scale number after a granting verb, followed by a preposition, punctuation or the end. */
        private int bare(int i) {
            if (!tokens.get(i).is(Type.WORD) || !granting(i)) {
                return i;
            }
            for (int k = i + 1; k <= Math.min(i + 3, tokens.size() - 1); k++) {
                if (currencyAt(k).isPresent()) {
                    return i;
                }
                Optional<Side> s = side(k, false).filter(x -> x.scale().filter(f -> f.compareTo(
                        BigDecimal.valueOf(1_000_000L)) >= 0).isPresent() && x.currency().isEmpty());
                if (s.isPresent() && endsClause(s.get().end())) {
                    String currency = found.isEmpty() ? "NOK" : found.get(found.size() - 1).currency();
                    add(s.get(), currency, s.get().scale(), s.get().numberStart(), s.get().end(), null, null);
                    return s.get().end();
                }
                if (!tokens.get(k).is(Type.WORD)) {
                    return i;
                }
            }
            return i;
        }

        private boolean granting(int i) {
            String one = tokens.get(i).text();
            String two = i + 1 < tokens.size() ? one + " " + tokens.get(i + 1).text() : one;
            String three = i + 2 < tokens.size() ? two + " " + tokens.get(i + 2).text() : two;
            return MoneyLexicon.isGranting(one) || MoneyLexicon.isGranting(two) || MoneyLexicon.isGranting(three);
        }

        private boolean endsClause(int at) {
            if (at >= tokens.size()) {
                return true;
            }
            Token t = tokens.get(at);
            return t.is(Type.PUNCTUATION) || t.is(Type.WORD) && MoneyLexicon.isGrammar("after-bare", t.text());
        }

        private boolean percentAfter(int at) {
            return at < tokens.size() && (tokens.get(at).is(Type.PERCENT)
                    || MoneyLexicon.isGrammar("percent", tokens.get(at).text()));
        }

        private boolean word(int at, String key) {
            return at < tokens.size() && tokens.get(at).is(Type.WORD) && MoneyLexicon.isGrammar(key,
                    tokens.get(at).text());
        }

        private boolean wordsOnly(int at) {
            return tokens.get(at).is(Type.WORD);
        }

        private Optional<MoneyLexicon.Match<String>> currencyAt(int at) {
            if (at >= tokens.size() || !(tokens.get(at).is(Type.WORD) || tokens.get(at).is(Type.SYMBOL))) {
                return Optional.empty();
            }
            return MoneyLexicon.currency(words, at);
        }

        /**
         * Adds a mention; its text runs from {@code start} to {@code end} in tokens, or over the whole expression
         * ({@code other} being the far end) where it borrows what the other side says.
         */
        private void add(Side side, String currency, Optional<BigDecimal> scale, int start, int end, Amount.Bound bound,
                         Integer other) {
            int from = tokens.get(Math.min(start, other == null ? start : other)).start();
            int to = tokens.get(Math.max(end, other == null ? end : other) - 1).end();
            int ownFrom = tokens.get(start).start();
            int ownTo = tokens.get(end - 1).end();
            boolean whole = other != null;
            String span = whole ? text.substring(from, to) : text.substring(ownFrom, ownTo);
            BigDecimal value = side.number().multiply(scale.orElse(BigDecimal.ONE));
            found.add(new Amount(canonical(value), currency, NUMBER_SPACES.matcher(span).replaceAll(" ").strip(),
                    ownFrom, ownTo, Optional.ofNullable(bound)));
        }

        private BigDecimal number(String raw) {
            return Money.number(raw, lang);
        }
    }

    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.setScale(Math.max(0, v.scale()), RoundingMode.UNNECESSARY);
    }

    /** Reads a number written with the conventions of the language. */
    static BigDecimal number(String raw, Lang lang) {
        String s = NUMBER_SPACES.matcher(raw).replaceAll("");
        int dot = s.indexOf('.');
        int comma = s.indexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
            return new BigDecimal(s.replace(decimal == '.' ? "," : ".", "").replace(',', '.'));
        }
        if (comma >= 0) {
            boolean thousands = lang == Lang.EN && COMMA_THOUSANDS.matcher(s).matches();
            return new BigDecimal(thousands ? s.replace(",", "") : s.replace(',', '.'));
        }
        if (dot >= 0) {
            boolean thousands = DOT_THOUSANDS.matcher(s).matches() || (lang != Lang.EN && DOT_THOUSAND.matcher(s).matches());
            return new BigDecimal(thousands ? s.replace(".", "") : s);
        }
        return new BigDecimal(s);
    }

    /** Orders mentions by where they stand. */
    static Comparator<Amount> byPosition() {
        return Comparator.comparingInt(Amount::start);
    }
}
