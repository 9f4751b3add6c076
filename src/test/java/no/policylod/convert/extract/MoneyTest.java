package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.convert.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Money#find} on real sentences of regjeringen.no pages, checked against the gold labels of the development
 * corpus ({@code corpus/pages/NNN.txt}, named in each comment). A few forms come from the labelling rules' own
 * examples ({@code LABELLING.md}); those are marked "rule".
 */
class MoneyTest {

    /** What a mention says, as the gold labels write it. */
    record Amount(String value, String currency, String text) {
    }

    static Amount nok(String value, String text) {
        return new Amount(value, "NOK", text);
    }

    static List<Amount> found(String text, Lang lang) {
        return Money.find(text, lang).stream()
                .map(m -> new Amount(m.value().toPlainString(), m.currency(), m.text())).toList();
    }

    static Stream<Arguments> english() {
        return Stream.of(
                // 010: the amount is broken by a line break
                arguments("the Government proposes increasing development assistance by NOK\n1.9 billion. It is "
                        + "proposed that a total of NOK 18.5 billion be", List.of(
                        nok("1900000000", "NOK 1.9 billion"), nok("18500000000", "NOK 18.5 billion"))),
                // seed 000: qualifier glued to the code by the text extractor
                arguments("In addition, there were exports of dual-use items, with a total value of aroundNOK 300 "
                        + "million.", List.of(nok("300000000", "NOK 300 million"))),
                // seed 000
                arguments("In the National Budget the Government intends to double Norway's aid to the region from "
                        + "NOK 175 million in 2017 to NOK 350 million in 2018.", List.of(
                        nok("175000000", "NOK 175 million"), nok("350000000", "NOK 350 million"))),
                // seed 000: a percentage and two years next to the amount
                arguments("In 2016, Norway exported arms and military equipment for around NOK 3.6 billion. This is "
                        + "an increase of 10 % from 2015.", List.of(nok("3600000000", "NOK 3.6 billion"))),
                // seed 000
                arguments("The Government is proposing a NOK 280 million increase in funding for stabilisation "
                        + "efforts.", List.of(nok("280000000", "NOK 280 million"))),
                // 012
                arguments("the Norwegian State’s net cash flow from the petroleum industry is estimated at almost "
                        + "NOK 344 billion in 2013. Taxes account for NOK 207 billion of this amount", List.of(
                        nok("344000000000", "NOK 344 billion"), nok("207000000000", "NOK 207 billion"))),
                // 012: "2.3 percent" is no amount
                arguments("The Government proposes to strengthen the hospital budgets with NOK 2.4 billion in the "
                        + "National Budget for 2014, compared with the revised budget for 2013. The strengthening "
                        + "will found a growth in activity of 2.3 percent.", List.of(
                        nok("2400000000", "NOK 2.4 billion"))),
                // 037: currency word after the number, and USD after a Norwegian amount
                arguments("The Norwegian Government is proposing to parliament a historic increase in defence "
                        + "spending with 600 billion kroner over the next 12 years, from this year to 2036 (approx. "
                        + "60 billion USD).", List.of(nok("600000000000", "600 billion kroner"),
                        new Amount("60000000000", "USD", "60 billion USD"))),
                // 039
                arguments("Norway allocates a further NOK 38.2 million to humanitarian efforts", List.of(
                        nok("38200000", "NOK 38.2 million"))),
                // 065
                arguments("increasing the overall funding framework from NOK 75 billion to NOK 135 billion.", List.of(
                        nok("75000000000", "NOK 75 billion"), nok("135000000000", "NOK 135 billion"))),
                // 101: "34 %" is no amount
                arguments("The export value of dual-use items for military use was NOK 739 million, which is a drop "
                        + "of 34 %.", List.of(nok("739000000", "NOK 739 million"))),
                // 072: counts of people next to an amount
                arguments("More than five million people have been forced to flee their homes since the war broke "
                        + "out. Norway is now providing an additional NOK 20 million for food, water and protection",
                        List.of(nok("20000000", "NOK 20 million"))),
                // rule
                arguments("Norway has pledged USD 5.4 billion.", List.of(
                        new Amount("5400000000", "USD", "USD 5.4 billion"))));
    }

    static Stream<Arguments> bokmal() {
        return Stream.of(
                // 069
                arguments("I 2018 tilføres Enova om lag 2,8 milliarder kroner gjennom Klima- og energifondet.",
                        List.of(nok("2800000000", "2,8 milliarder kroner"))),
                // 021
                arguments("I forslaget til revidert nasjonalbudsjett for 2023 vil regjeringa auke forsvarsbudsjettet "
                        + "med til saman 2,1 mrd. kroner.", List.of(nok("2100000000", "2,1 mrd. kroner"))),
                // 074: counts of people, then an amount
                arguments("FN anslår at over seks millioner ukrainere har flyktet fra landet. Samtidig er fire "
                        + "millioner mennesker drevet på flukt i eget land som følge av Russlands fullskala krig mot "
                        + "Ukraina. Nå gir Norge 170 millioner kroner til arbeidet som FNs høykommissær for "
                        + "flyktninger gjør i Ukraina og Moldova.", List.of(nok("170000000", "170 millioner kroner"))),
                // 087
                arguments("I første omgang vil ordningen være på 100 millioner kroner i 2026.", List.of(
                        nok("100000000", "100 millioner kroner"))),
                // 061: a date before the amount
                arguments("11.05.2016: I revidert budsjett for 2016 foreslår regjeringen 5 millioner kroner til en "
                        + "nasjonal kampanje mot antibiotikaresistens.", List.of(nok("5000000", "5 millioner kroner"))),
                // 051: no currency word, but a verb of granting says it is money
                arguments("Regjeringen vil sette av en halv milliard til å møte den nye sikkerhetssituasjonen med "
                        + "sterkere sivil beredskap.", List.of(nok("500000000", "en halv milliard"))),
                // 051
                arguments("Vi foreslår å bevilge 100 millioner til innsats mot fremmed etterretning, hybride trusler "
                        + "og tilstedeværelse i nordområdene. Vi foreslår 200 millioner til å forebygge, stoppe og "
                        + "håndtere digitale angrep på flere områder i samfunnet.", List.of(
                        nok("100000000", "100 millioner"), nok("200000000", "200 millioner"))),
                // 051
                arguments("Dette vil vi styrke med 100 millioner kroner.", List.of(
                        nok("100000000", "100 millioner kroner"))),
                // rule
                arguments("Regjeringen vil sette av en halv milliard kroner til dette.", List.of(
                        nok("500000000", "en halv milliard kroner"))),
                // rule
                arguments("Tilskuddet utgjør 228250 kroner.", List.of(nok("228250", "228250 kroner"))),
                // rule
                arguments("Egenandelen er kr 1 500 per deltaker.", List.of(nok("1500", "kr 1 500"))));
    }

    static Stream<Arguments> nynorsk() {
        return Stream.of(
                // 030: budget chapter and post numbers are no amounts
                arguments("Det er berekna at kostnaden knytt til det nye ansvaret vil vere 0,8 mill. kroner i 2024. "
                        + "På dette grunnlaget gjer Nærings- og fiskeridepartementet framlegg om å auke løyvinga med "
                        + "0,8 mill. kroner mot ein tilsvarande reduksjon av driftsutgiftene under "
                        + "Fiskeridirektoratet, jf. omtale under kap. 917, post 01.", List.of(
                        nok("800000", "0,8 mill. kroner"), nok("800000", "0,8 mill. kroner"))),
                // 030
                arguments("Samla gjer Nærings- og fiskeridepartementet framlegg om å auke løyvinga med 10,1 mill. "
                        + "kroner, til 511,3 mill. kroner.", List.of(
                        nok("10100000", "10,1 mill. kroner"), nok("511300000", "511,3 mill. kroner"))),
                // 032: a word number ("to" = two), and "over to år" (two years) is no amount
                arguments("Vidare har Noreg så langt bidrege med over to milliardar kroner i humanitær og annan "
                        + "bistand til Ukraina og nabolanda. 30. september fremja regjeringa ein proposisjon med "
                        + "forslag om å auke støtta til Ukraina med 10 milliardar kroner over to år.", List.of(
                        nok("2000000000", "to milliardar kroner"), nok("10000000000", "10 milliardar kroner"))),
                // 034: space as thousands separator
                arguments("Statens pensjonsfond hadde ein samla marknadsverdi ved utgangen av første halvår 2017 på "
                        + "8 238 milliardar kroner, ei auke på 519 milliardar kroner frå inngangen til 2017.", List.of(
                        nok("8238000000000", "8 238 milliardar kroner"), nok("519000000000", "519 milliardar kroner"))),
                // 082: digits and a word number
                arguments("Regjeringa vil bruke 9 millionar kroner for å redde vikingskattar frå Osebergfunnet",
                        List.of(nok("9000000", "9 millionar kroner"))),
                // 082
                arguments("I forslaget til revidert nasjonalbudsjett vil regjeringa løyve eit eingongsbeløp på ni "
                        + "millionar kroner i 2024 til Universitetet i Oslo.", List.of(
                        nok("9000000", "ni millionar kroner"))),
                // 102: "35 prosent" and the years are no amounts
                arguments("I 2023 eksporterte norske verksemder våpen, ammunisjon og militært utstyr for om lag 12 "
                        + "milliardar kroner. Dette er ein auke på 35 prosent sidan 2022.", List.of(
                        nok("12000000000", "12 milliardar kroner"))),
                // rule: a non-breaking space as thousands separator
                arguments("Fondet var verd 8\u00a0585 milliardar kroner.", List.of(
                        nok("8585000000000", "8 585 milliardar kroner"))));
    }

    @ParameterizedTest
    @MethodSource("english")
    void findsEnglishAmounts(String text, List<Amount> expected) {
        assertEquals(expected, found(text, Lang.EN));
    }

    @ParameterizedTest
    @MethodSource("bokmal")
    void findsBokmalAmounts(String text, List<Amount> expected) {
        assertEquals(expected, found(text, Lang.NB));
    }

    @ParameterizedTest
    @MethodSource("nynorsk")
    void findsNynorskAmounts(String text, List<Amount> expected) {
        assertEquals(expected, found(text, Lang.NN));
    }

    static Stream<Arguments> sharedScaleAndCurrency() {
        return Stream.of(
                arguments(Lang.EN, "The plan costs NOK 5bn and NOK 300m more.", List.of(
                        nok("5000000000", "NOK 5bn"), nok("300000000", "NOK 300m"))),
                arguments(Lang.EN, "funding rises from NOK 10 to 20 million next year", List.of(
                        nok("10000000", "NOK 10 to 20 million"), nok("20000000", "NOK 10 to 20 million"))),
                arguments(Lang.NB, "Støtten øker fra 10 til 20 millioner kroner i år.", List.of(
                        nok("10000000", "10 til 20 millioner kroner"), nok("20000000", "10 til 20 millioner kroner"))));
    }

    @ParameterizedTest
    @MethodSource("sharedScaleAndCurrency")
    void readsGluedScalesAndPairsThatShareScaleAndCurrency(Lang lang, String text, List<Amount> expected) {
        assertEquals(expected, found(text, lang));
    }

    static Stream<Arguments> noAmount() {
        return Stream.of(
                arguments(Lang.EN, "This is an increase of 10 % from 2015."),                            // seed 000
                arguments(Lang.EN, "The strengthening will found a growth in activity of 2.3 percent."),   // 012
                arguments(Lang.EN, "Exports of defence-related products in 2016"),                         // seed 000
                arguments(Lang.EN, "So far, 5.7 million people have had to flee their homes."),            // 072
                arguments(Lang.EN, "Half of Sudan’s population, about 25 million people, require humanitarian "
                        + "assistance to survive."),                                                         // 072
                arguments(Lang.EN, "More than a million people have escaped to nearby countries."),         // 072
                arguments(Lang.EN, "Speech/statement | Date: 27/05/2025 | Ministry of Foreign Affairs"),
                arguments(Lang.EN, "Meld. St. 37 (2014–2015)"),
                arguments(Lang.NB, "I løpet av det siste året er 40 000 flere kommet i jobb i privat sektor."),  // 004
                arguments(Lang.NB, "Tilråding fra Finansdepartementet 27. september 2019, godkjent i statsråd "
                        + "samme dag."),                                                                     // 004
                arguments(Lang.NB, "FN anslår at over seks millioner ukrainere har flyktet fra landet."),    // 074
                arguments(Lang.NN, "Kap. 900 Nærings- og fiskeridepartementet\n\nPost 01 Driftsutgifter"),   // 030
                arguments(Lang.NN, "jf. omtale under kap. 917, post 01."),                                   // 030
                arguments(Lang.NN, "Endringar i statsbudsjettet 2024 under kap. 900, post 01"),
                arguments(Lang.NN, "Den registrerte arbeidsløysa var 2,6 prosent i september 2017."));      // 034
    }

    @ParameterizedTest
    @MethodSource("noAmount")
    void findsNoAmountIn(Lang lang, String text) {
        assertEquals(List.of(), found(text, lang));
    }

    @Test
    void readsARangeAsLowerAndUpperBound() {
        List<no.policylod.convert.model.Amount> range = Money.find("Norway will give NOK 10–20 million.", Lang.EN);
        assertEquals(List.of(nok("10000000", "NOK 10–20 million"), nok("20000000", "NOK 10–20 million")),
                found("Norway will give NOK 10–20 million.", Lang.EN));
        assertEquals(List.of(Optional.of(no.policylod.convert.model.Amount.Bound.LOWER), Optional.of(no.policylod.convert.model.Amount.Bound.UPPER)),
                range.stream().map(no.policylod.convert.model.Amount::rangeBound).toList());
    }

    @Test
    void readsABetweenRangeWithTheScaleAfterTheUpperBound() {
        assertEquals(List.of(10_000_000L, 20_000_000L), values("mellom 10 og 20 millioner kroner", Lang.NB));
        assertEquals(List.of(10_000_000L, 20_000_000L), values("between 10 and 20 million kroner", Lang.EN));
        assertEquals(List.of(10_000_000L, 20_000_000L), values("between NOK 10 and 20 million", Lang.EN));
    }

    @Test
    void givesEachMentionItsPlaceInTheText() {
        String text = "from NOK 175 million in 2017 to NOK 350 million in 2018";
        List<no.policylod.convert.model.Amount> mentions = Money.find(text, Lang.EN);
        assertEquals(List.of("NOK 175 million", "NOK 350 million"),
                mentions.stream().map(m -> text.substring(m.start(), m.end())).toList());
        assertEquals(List.of(Optional.empty(), Optional.empty()),
                mentions.stream().map(no.policylod.convert.model.Amount::rangeBound).toList());
    }

    @Test
    void keepsTheSpanOfAnAmountBrokenByALineBreak() {
        String text = "increasing development assistance by NOK\n1.9 billion.";
        no.policylod.convert.model.Amount m = Money.find(text, Lang.EN).get(0);
        assertEquals("NOK\n1.9 billion", text.substring(m.start(), m.end()));
        assertEquals("NOK 1.9 billion", m.text());
    }

    @Test
    void readsNumbersWithTheConventionsOfTheLanguage() {
        assertEquals(List.of(1_500L), values("NOK 1,500", Lang.EN));
        assertEquals(List.of(1_500L), values("1.500 kroner", Lang.NB));
        assertEquals(List.of(1_500_000L), values("1,5 millioner kroner", Lang.NB));
        assertEquals(List.of(20_000L), values("NOK 20\u202f000", Lang.EN));
    }

    @Test
    void tellsOtherKronerAndCurrencies() {
        assertEquals(List.of(new Amount("10000000", "SEK", "10 millioner svenske kroner")),
                found("10 millioner svenske kroner", Lang.NB));
        assertEquals(List.of(new Amount("2000000", "EUR", "EUR 2 million"), new Amount("5000000", "USD",
                "$5 million")), found("EUR 2 million and $5 million", Lang.EN));
    }

    @Test
    void takesTheCurrencyOfTheAmountBeforeForABareScaleAmount() {
        assertEquals(List.of(new Amount("3000000", "USD", "USD 3 million"), new Amount("2000000", "USD",
                "2 million")), found("We donate USD 3 million now. We propose 2 million for 2025.", Lang.EN));
    }

    @Test
    void readsNoBareScaleAmountWithoutAVerbOfGrantingOrBeforeANoun() {
        assertEquals(List.of(), found("Befolkningen vil øke med 1 million.", Lang.NB));
        assertEquals(List.of(), found("Norway will provide 5 million people with food.", Lang.EN));
        assertEquals(List.of(), found("Regjeringen gir 2 millioner flyktninger husly.", Lang.NB));
    }

    private static List<Long> values(String text, Lang lang) {
        return Money.find(text, lang).stream().map(m -> m.value().longValueExact()).toList();
    }

    /** The grammar's productions on made-up sentences, and each switched off alone. */
    static Stream<Arguments> productions() {
        return Stream.of(
                // the example and 083: a pair that shares scale or currency, a total's words after "til"
                arguments(Money.MoneyRule.PAIR, Lang.EN, "The fund grows from NOK 5 million to 7 million.",
                        List.of(5_000_000L, 7_000_000L)),
                arguments(Money.MoneyRule.PAIR, Lang.NB, "Vi øker med 20 millioner til totalt 50 millioner kroner.",
                        List.of(20_000_000L, 50_000_000L)),
                // 010, 040
                arguments(Money.MoneyRule.RANGE, Lang.EN, "Norway will give NOK 10–20 million.",
                        List.of(10_000_000L, 20_000_000L)),
                // labelling guide
                arguments(Money.MoneyRule.BETWEEN, Lang.NN, "Det kostar mellom 10 og 20 millionar kroner.",
                        List.of(10_000_000L, 20_000_000L)),
                arguments(Money.MoneyRule.AMOUNT, Lang.EN, "Norway pledged USD 5bn to the fund.",
                        List.of(5_000_000_000L)),
                // 058, 082: a bare amount after a granting verb
                arguments(Money.MoneyRule.BARE, Lang.NB, "Vi foreslår å bevilge 100 millioner til tiltaket.",
                        List.of(100_000_000L)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("productions")
    void eachProductionReadsItsFormAndSwitchedOffDoesNot(Money.MoneyRule rule, Lang lang, String text,
                                                          List<Long> values) {
        assertEquals(values, Money.find(text, lang).stream().map(m -> m.value().longValueExact()).toList());
        List<Long> without = Money.find(text, lang, no.policylod.convert.model.Rules.all()
                .without(java.util.Set.of(rule.qualifiedName()))).stream().map(m -> m.value().longValueExact())
                .toList();
        org.junit.jupiter.api.Assertions.assertNotEquals(values, without, rule + " switched off");
    }

    @Test
    void percentagesYearsAndCountsAreNoAmounts() {
        assertEquals(List.of(), Money.find("Exports fell 34 % from 2015 to 2016, and four million people fled.",
                Lang.EN));
        assertEquals(List.of(), Money.find("Fire millioner mennesker er på flukt, 12 prosent flere enn i 2023.",
                Lang.NB));
    }
}
