package no.policylod.serve.site;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts of money as people read them: {@code 38200000} is "NOK 38.2 million", {@code 8757000000000} "NOK 8.76
 * trillion" (short scale, three significant digits).
 *
 * <pre>
 * Money.text(new BigDecimal("5500000000"), "NOK");   // "NOK 5.5 billion"
 * Money.shortScale(1e9);                             // "1B"
 * </pre>
 */
final class Money {

    private static final BigDecimal[] STEPS = {new BigDecimal("1e12"), new BigDecimal("1e9"), new BigDecimal("1e6")};
    private static final String[] WORDS = {"trillion", "billion", "million"};
    private static final String[] LETTERS = {"T", "B", "M"};

    private Money() {
    }

    /** The amount in words, with its currency code first. */
    static String text(BigDecimal value, String currency) {
        for (int i = 0; i < STEPS.length; i++) {
            if (value.abs().compareTo(STEPS[i]) >= 0) {
                return currency + " " + plain(value.divide(STEPS[i]).round(new MathContext(3))) + " " + WORDS[i];
            }
        }
        return currency + " " + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(value);
    }

    /** A power of ten as a short axis label: "100M", "1B", "10T"; smaller ones with digit grouping. */
    static String shortScale(double value) {
        BigDecimal v = BigDecimal.valueOf(value);
        for (int i = 0; i < STEPS.length; i++) {
            if (v.compareTo(STEPS[i]) >= 0) {
                return plain(v.divide(STEPS[i]).round(new MathContext(3))) + LETTERS[i];
            }
        }
        return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(v);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
