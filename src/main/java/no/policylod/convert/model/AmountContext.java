package no.policylod.convert.model;

import java.time.Year;
import java.util.Optional;

/**
 * What a sentence says about an amount it states (read by {@code Qualifiers}): the year, "annually", "around", an
 * increase or a cut, a floor or a ceiling.
 *
 * <pre>
 * AmountContext c = Qualifiers.of(text, amount);
 * c.year();   // Optional[2017] for "from NOK 175 million in 2017 to ..."
 * </pre>
 *
 * @param sentence    the sentence that states the amount, white space collapsed
 * @param year        the year the sentence ties the amount to
 * @param annual      stated per year
 * @param approximate hedged ("around", "om lag", "almost", "just under")
 * @param increase    an increase or addition
 * @param decrease    a reduction or cut
 * @param bound       a floor ("more than", "minst") or ceiling ("up to", "inntil"), or an end of a range
 */
public record AmountContext(String sentence, Optional<Year> year, boolean annual, boolean approximate,
                            boolean increase, boolean decrease, Optional<Amount.Bound> bound) {
}
