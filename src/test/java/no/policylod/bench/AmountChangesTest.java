package no.policylod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import no.policylod.convert.extract.Money;
import no.policylod.convert.model.Amount;
import no.policylod.convert.model.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** New figures keep the notation: separators, grouping, decimals, currency, the scale's form, a range's order. */
class AmountChangesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | NOK 1.2 billion",
        "en | NOK 1,500 million",
        "en | USD 45 million",
        "en | NOK 10–20 million",
        "en | between NOK 10 and 20 million",
        "nb | 2,8 milliarder kroner",
        "nb | 9,7 mill. kroner",
        "nb | 1 200 millioner kroner",
        "nb | kr 500 000",
        "nn | mellom 10 og 20 millionar kroner",
        "nn | 3,4 mrd. kroner",
    })
    void keepsTheNotation(String tag, String amount) {
        Lang lang = Lang.fromTag(tag);
        List<Amount> before = Money.find(amount, lang);
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 60; seed++) {
            String changed = AmountChanges.get().change(amount, lang, new SplittableRandom(seed));
            seen.add(changed);
            assertEquals(shape(amount), shape(changed), amount + " -> " + changed);
            List<Amount> after = Money.find(changed, lang);
            assertEquals(before.size(), after.size(), changed);
            assertEquals(before.get(0).currency(), after.get(0).currency());
            after.forEach(a -> assertTrue(a.value().signum() > 0, changed));
            if (after.size() == 2) {
                assertTrue(after.get(0).value().compareTo(after.get(1).value()) <= 0, "in order: " + changed);
            }
        }
        assertTrue(seen.size() > 10, "new figures each time: " + seen);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en | NOK 3 million     | billion",
        "nb | 4 millioner kroner | milliarder",
        "nb | 4,5 mill. kroner   | mrd.",
        "nn | 7 milliardar kroner | millionar",
    })
    void nowAndThenTheScaleChangesToItsPartner(String tag, String amount, String partner) {
        Lang lang = Lang.fromTag(tag);
        boolean swapped = false;
        for (int seed = 0; seed < 60 && !swapped; seed++) {
            swapped = AmountChanges.get().change(amount, lang, new SplittableRandom(seed)).contains(" " + partner);
        }
        assertTrue(swapped, amount + " never became " + partner);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | NOK 1 million", "nb | 1 milliard kroner"})
    void aLoneOneStaysSoTheGrammarAgrees(String tag, String amount) {
        for (int seed = 0; seed < 20; seed++) {
            String changed = AmountChanges.get().changeSurely(amount, Lang.fromTag(tag), new SplittableRandom(seed));
            assertTrue(changed.matches("(NOK )?1 \\p{L}+( kroner)?"), changed);
            assertNotEquals(amount, changed, "changeSurely changes the scale then");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"en | NOK 0.5 million", "nb | 0,3 mill. kroner"})
    void neverZero(String tag, String amount) {
        for (int seed = 0; seed < 200; seed++) {
            String changed = AmountChanges.get().change(amount, Lang.fromTag(tag), new SplittableRandom(seed));
            BigDecimal value = Money.find(changed, Lang.fromTag(tag)).get(0).value();
            assertTrue(value.signum() > 0, changed);
        }
    }

    /** The amount with digits as '#' and scale words as one word per form. */
    private static String shape(String amount) {
        return amount.replaceAll("\\d", "#").replace("billion", "million").replace("milliarder", "millioner")
                .replace("milliardar", "millionar").replace("mrd.", "mill.").replace("milliard", "million");
    }
}
