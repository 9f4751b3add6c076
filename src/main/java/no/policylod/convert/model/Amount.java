package no.policylod.convert.model;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One money amount stated in a text: its value in whole currency units, its ISO 4217 currency, the span as written
 * and where it stands.
 *
 * <pre>
 * Amount a = Money.find("NOK 10–20 million", Lang.EN).get(0);
 * a.value();        // 10000000
 * a.rangeBound();   // Optional[LOWER]
 * </pre>
 *
 * @param rangeBound where the amount stands in a range written as one expression ("NOK 10–20 million")
 */
public record Amount(BigDecimal value, String currency, String text, int start, int end, Optional<Bound> rangeBound) {

    /** The ends of a range, and floors and ceilings. */
    public enum Bound { LOWER, UPPER }
}
