package no.policylod.convert.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a text into the tokens money is written with: numbers (digits with the separators of either language,
 * non-breaking and thin spaces included), words (a word glued to a currency code is cut before the code:
 * "aroundNOK"), currency symbols, dashes, percent signs and other punctuation. White space is dropped; each token
 * keeps where it stands.
 *
 * <pre>
 * MoneyTokens.of("NOK 10–20 million");   // [NUMBER? no: WORD NOK, NUMBER 10, DASH, NUMBER 20, WORD million]
 * </pre>
 */
final class MoneyTokens {

    /** The kinds of token. */
    enum Type { NUMBER, WORD, SYMBOL, DASH, PERCENT, PUNCTUATION }

    /** One token: its kind, its text as written and where it stands. */
    record Token(Type type, String text, int start, int end) {

        boolean is(Type t) {
            return type == t;
        }
    }

    private static final String SP = "[ \\t\\n\\u00a0\\u2009\\u202f]";
    private static final Pattern TOKEN = Pattern.compile(
            "(?<number>\\d{1,3}(?:(?:" + SP + "|[.,])\\d{3})+(?:[.,]\\d+)?(?!\\d)|\\d+(?:[.,]\\d+)?)"
                    + "|(?<word>\\p{L}+\\.?)"
                    + "|(?<symbol>US\\$|\\$|€|£)"
                    + "|(?<dash>[-–—‑])"
                    + "|(?<percent>%)"
                    + "|(?<other>[^\\s\\u00a0\\u2009\\u202f])");
    /** A currency code glued to the end of a word: "aroundNOK". */
    private static final Pattern GLUED_CODE = Pattern.compile("^(\\p{Ll}+)(\\p{Lu}{3})$");

    private MoneyTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group("number") != null) {
                addNumber(tokens, m);
            } else if (m.group("word") != null) {
                addWord(tokens, m.group(), m.start(), m.end());
            } else if (m.group("symbol") != null) {
                tokens.add(new Token(Type.SYMBOL, m.group(), m.start(), m.end()));
            } else if (m.group("dash") != null) {
                tokens.add(new Token(Type.DASH, m.group(), m.start(), m.end()));
            } else if (m.group("percent") != null) {
                tokens.add(new Token(Type.PERCENT, m.group(), m.start(), m.end()));
            } else {
                tokens.add(new Token(Type.PUNCTUATION, m.group(), m.start(), m.end()));
            }
        }
        return tokens;
    }

    /** A number must not run on from a word or another number ("A4", "2.3.4"). */
    private static void addNumber(List<Token> tokens, Matcher m) {
        tokens.add(new Token(Type.NUMBER, m.group(), m.start(), m.end()));
    }

    /** A word; a trailing full stop stays with it only where the lexicon knows the abbreviation ("mill.", "kr."). */
    private static void addWord(List<Token> tokens, String word, int start, int end) {
        String w = word;
        int e = end;
        if (w.endsWith(".") && !MoneyLexicon.isAbbreviation(w)) {
            w = w.substring(0, w.length() - 1);
            e--;
        }
        Matcher glued = GLUED_CODE.matcher(w);
        if (glued.matches() && MoneyLexicon.isCode(glued.group(2))) {
            tokens.add(new Token(Type.WORD, glued.group(1), start, start + glued.end(1)));
            tokens.add(new Token(Type.WORD, glued.group(2), start + glued.start(2), e));
            return;
        }
        tokens.add(new Token(Type.WORD, w, start, e));
    }
}
