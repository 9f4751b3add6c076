package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.convert.model.Amount;
import no.policylod.convert.model.AmountContext;
import no.policylod.convert.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Qualifiers} on real sentences (page files of the development corpus named in the comments) and on short
 * sentences written the way the site writes them.
 */
class QualifiersTest {

    /** The context of the {@code index}-th amount in the text. */
    static AmountContext context(String text, Lang lang, int index) {
        List<Amount> mentions = Money.find(text, lang);
        return Qualifiers.of(text, mentions.get(index));
    }

    static AmountContext only(String text, Lang lang) {
        List<Amount> mentions = Money.find(text, lang);
        assertEquals(1, mentions.size(), () -> "one amount in: " + text);
        return Qualifiers.of(text, mentions.get(0));
    }

    // seed 000
    static final String WESTERN_BALKANS = "In the National Budget the Government intends to double Norway's aid to "
            + "the region from NOK 175 million in 2017 to NOK 350 million in 2018. The Western Balkan countries are "
            + "all still facing challenges relating to corruption.";

    @Test
    void tiesEachAmountToTheYearRightAfterIt() {
        assertEquals(Optional.of(Year.of(2017)), context(WESTERN_BALKANS, Lang.EN, 0).year());
        assertEquals(Optional.of(Year.of(2018)), context(WESTERN_BALKANS, Lang.EN, 1).year());
    }

    static Stream<Arguments> years() {
        return Stream.of(
                // seed 000
                arguments(Lang.EN, "In 2016, Norway exported arms and military equipment for around NOK 3.6 billion. "
                        + "This is an increase of 10 % from 2015.", Optional.of(Year.of(2016))),
                // 069
                arguments(Lang.NB, "I 2018 tilføres Enova om lag 2,8 milliarder kroner gjennom Klima- og "
                        + "energifondet.", Optional.of(Year.of(2018))),
                // 082
                arguments(Lang.NN, "I forslaget til revidert nasjonalbudsjett vil regjeringa løyve eit eingongsbeløp "
                        + "på ni millionar kroner i 2024 til Universitetet i Oslo.", Optional.of(Year.of(2024))),
                // 012: two unrelated years, none right after the amount
                arguments(Lang.EN, "In the National Budget 2014, the Government is proposing further funding of NOK "
                        + "450 million for the Technology Centre Mongstad (TCM) over the period 2014 to 2017.",
                        Optional.empty()),
                // 030: a session "(2024–2025)" is no year
                arguments(Lang.NN, "Prop. 27 S (2024–2025) gjer framlegg om å auke løyvinga med 10,1 mill. kroner.",
                        Optional.empty()),
                // the amount's own digits are no year
                arguments(Lang.NB, "Barnetrygden økes med 2000 kroner per barn.", Optional.empty()),
                arguments(Lang.NB, "Barnetrygden økes med 2000 kroner per barn fra 2025.", Optional.of(Year.of(2025))),
                // 072: no year at all
                arguments(Lang.EN, "Norway is now providing an additional NOK 20 million for food, water and "
                        + "protection to help civilians to survive.", Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("years")
    void findsTheYearOfTheAmount(Lang lang, String sentence, Optional<Year> year) {
        assertEquals(year, only(sentence, lang).year());
    }

    static Stream<Arguments> annual() {
        return Stream.of(
                // seed 000
                arguments(Lang.EN, "Norway will allocate NOK 200 million annually to the fight against terrorism, "
                        + "organised crime, piracy and cyber threats.", true),
                arguments(Lang.NB, "Regjeringen vil gi 50 millioner kroner årlig til ordningen.", true),
                arguments(Lang.NB, "Ordningen får et årlig tilskudd på 50 millioner kroner.", true),
                arguments(Lang.NN, "Støtta blir redusert med 3 millionar kroner per år.", true),
                // 087
                arguments(Lang.NB, "I første omgang vil ordningen være på 100 millioner kroner i 2026.", false));
    }

    @ParameterizedTest
    @MethodSource("annual")
    void seesWhetherTheAmountIsPerYear(Lang lang, String sentence, boolean annual) {
        assertEquals(annual, only(sentence, lang).annual());
    }

    static Stream<Arguments> approximate() {
        return Stream.of(
                // seed 000
                arguments(Lang.EN, "Exports of arms and munitions accounted for around NOK 2.9 billion of this "
                        + "amount.", true),
                // seed 000: glued "aroundNOK"
                arguments(Lang.EN, "In addition, there were exports of dual-use items, with a total value of "
                        + "aroundNOK 300 million.", true),
                // 065
                arguments(Lang.EN, "Norway has provided approximately NOK 52.6 billion to Ukraine.", true),
                // 069
                arguments(Lang.NB, "I 2018 tilføres Enova om lag 2,8 milliarder kroner gjennom Klima- og "
                        + "energifondet.", true),
                // 102
                arguments(Lang.NN, "I 2023 eksporterte norske verksemder våpen for om lag 12 milliardar kroner.",
                        true),
                arguments(Lang.NB, "Regjeringen gir rundt 20 millioner kroner til tiltaket.", true),
                arguments(Lang.NB, "Regjeringen gir nesten 20 millioner kroner til tiltaket.", true),
                // 101
                arguments(Lang.EN, "The export value of dual-use items for military use was NOK 739 million, which "
                        + "is a drop of 34 %.", false));
    }

    @ParameterizedTest
    @MethodSource("approximate")
    void seesWhetherTheAmountIsHedged(Lang lang, String sentence, boolean approximate) {
        assertEquals(approximate, only(sentence, lang).approximate());
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                // 039
                arguments(Lang.EN, "The Government has therefore proposed increasing the humanitarian budget by NOK "
                        + "38.2 million.", true, false),
                // 072
                arguments(Lang.EN, "Norway is now providing an additional NOK 20 million for food.", true, false),
                // seed 000
                arguments(Lang.EN, "The Government is proposing a NOK 280 million increase in funding.", true, false),
                arguments(Lang.NB, "Budsjettet har en økning på 20 millioner kroner.", true, false),
                // 030
                arguments(Lang.NN, "Nærings- og fiskeridepartementet gjer framlegg om å auke løyvinga med 9,7 mill. "
                        + "kroner.", true, false),
                arguments(Lang.NN, "Det er ein auke på 20 millionar kroner frå 2023.", true, false),
                arguments(Lang.NB, "Vi vil kutte 50 millioner kroner i driftsutgiftene.", false, true),
                arguments(Lang.NN, "Støtta blir redusert med 3 millionar kroner.", false, true),
                arguments(Lang.EN, "The Government will reduce the budget by NOK 20 million.", false, true),
                // 101
                arguments(Lang.EN, "The export value was NOK 739 million.", false, false));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void seesIncreasesAndCuts(Lang lang, String sentence, boolean increase, boolean decrease) {
        AmountContext c = only(sentence, lang);
        assertEquals(List.of(increase, decrease), List.of(c.increase(), c.decrease()));
    }

    static Stream<Arguments> bounds() {
        return Stream.of(
                // 065: "at least" is a floor, and is no increase
                arguments(Lang.EN, "The Government is now proposing to increase the overall funding framework to at "
                        + "least NOK 135 billion.", Optional.of(Amount.Bound.LOWER)),
                arguments(Lang.EN, "The Government will provide more than NOK 20 million.",
                        Optional.of(Amount.Bound.LOWER)),
                // 032
                arguments(Lang.NN, "Noreg har så langt bidrege med over to milliardar kroner i humanitær bistand.",
                        Optional.of(Amount.Bound.LOWER)),
                arguments(Lang.EN, "The Government will provide up to NOK 20 million.", Optional.of(Amount.Bound.UPPER)),
                arguments(Lang.NB, "Regjeringen gir inntil 20 millioner kroner til tiltaket.",
                        Optional.of(Amount.Bound.UPPER)),
                // 101: "just under" gives a round figure reached from below: approximate, no bound (labelling guide)
                arguments(Lang.EN, "The total value of exports in 2019 was just under NOK 5.6 billion.",
                        Optional.empty()),
                // 082
                arguments(Lang.NN, "Forskingsprosjektet er planlagt over 6 år med ein totalkostnad på 53 millionar "
                        + "kroner.", Optional.empty()));
    }

    @ParameterizedTest
    @MethodSource("bounds")
    void seesFloorsAndCeilings(Lang lang, String sentence, Optional<Amount.Bound> bound) {
        assertEquals(bound, only(sentence, lang).bound());
    }

    @Test
    void givesTheEndsOfARangeTheirBound() {
        String text = "Norway will give NOK 10–20 million.";
        assertEquals(Optional.of(Amount.Bound.LOWER), context(text, Lang.EN, 0).bound());
        assertEquals(Optional.of(Amount.Bound.UPPER), context(text, Lang.EN, 1).bound());
    }

    @Test
    void atLeastIsNoIncrease() {
        // 065
        AmountContext c = context("increasing the overall funding framework from NOK 75 billion to at least NOK 135 "
                + "billion", Lang.EN, 1);
        assertFalse(c.increase());
        assertTrue(c.bound().isPresent());
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // 030: "mill." and "kap." do not end the sentence
                arguments(Lang.NN, "Det er berekna at kostnaden knytt til det nye ansvaret vil vere 0,8 mill. kroner "
                        + "i 2024. På dette grunnlaget gjer Nærings- og fiskeridepartementet framlegg om å auke "
                        + "løyvinga med 0,8 mill. kroner mot ein tilsvarande reduksjon, jf. omtale under kap. 917, "
                        + "post 01.", 1, "På dette grunnlaget gjer Nærings- og fiskeridepartementet framlegg om å "
                        + "auke løyvinga med 0,8 mill. kroner mot ein tilsvarande reduksjon, jf. omtale under kap. "
                        + "917, post 01."),
                // 010: a decimal point and a line break inside the amount
                arguments(Lang.EN, "The Government proposes increasing development assistance by NOK\n1.9 billion. It "
                        + "is proposed that a total of NOK 18.5 billion be allocated.", 0, "The Government proposes "
                        + "increasing development assistance by NOK 1.9 billion."),
                // "kr." after the amount, "St." and "nr." inside the sentence
                arguments(Lang.NB, "Ifølge St.meld. nr. 29 (2000-2001) koster dette 20 mill. kr. årlig. Neste "
                        + "setning.", 0, "Ifølge St.meld. nr. 29 (2000-2001) koster dette 20 mill. kr. årlig."),
                arguments(Lang.EN, "According to Meld. St. 5 (2023–2024) the cost is NOK 20 million. Next.", 0,
                        "According to Meld. St. 5 (2023–2024) the cost is NOK 20 million."),
                // 021: a quotation introduced by a dash starts a new sentence
                arguments(Lang.NB, "I forslaget til revidert nasjonalbudsjett for 2023 vil regjeringa auke "
                        + "forsvarsbudsjettet med til saman 2,1 mrd. kroner. - Me er i eit tidsskilje.", 0,
                        "I forslaget til revidert nasjonalbudsjett for 2023 vil regjeringa auke forsvarsbudsjettet "
                        + "med til saman 2,1 mrd. kroner."),
                arguments(Lang.NB, "Regjeringen gir 5 millioner kroner. – Dette er viktig, sier ministeren.", 0,
                        "Regjeringen gir 5 millioner kroner."));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void quotesTheWholeSentenceAndNoMore(Lang lang, String text, int index, String sentence) {
        assertEquals(sentence, context(text, lang, index).sentence());
    }

    /** The labelling guide's year rules, each on made-up sentences beside the corpus pages that show them. */
    static Stream<Arguments> yearRules() {
        return Stream.of(
                // 103: a comparison baseline is no year (also "compared with the revised budget for 2013", 012)
                arguments(Lang.EN, "This is an increase of NOK 550 million compared with 2014.", Optional.empty()),
                arguments(Lang.NN, "Det er ein auke på 20 millionar kroner frå 2023.", Optional.empty()),
                arguments(Lang.NB, "Barnetrygden økes med 2000 kroner per barn fra 2025.", Optional.of(Year.of(2025))),
                // 065, 083: the start of a total is no year
                arguments(Lang.EN, "Since the war began in February 2022, Norway has provided NOK 52 billion.",
                        Optional.empty()),
                arguments(Lang.NB, "Siden 2023 har regjeringen styrket ordningen med totalt 30 millioner kroner.",
                        Optional.empty()),
                // 065, 095: the end of a period is no year
                arguments(Lang.EN, "The Government will give NOK 135 billion and extend the programme to 2030.",
                        Optional.empty()),
                arguments(Lang.EN, "We propose NOK 600 billion over a period of 12 years, until 2036.", Optional.empty()),
                // 027: several years
                arguments(Lang.EN, "The scheme had a ceiling of NOK 350 billion in 2008 and 2009.", Optional.empty()),
                // 101: a year opening the sentence, another tied to a compared amount
                arguments(Lang.EN, "In 2019, exports were worth around NOK 4.4 billion, as compared with NOK 4.8 "
                        + "billion in 2018.", Optional.of(Year.of(2019))),
                // 040: a budget year before its noun
                arguments(Lang.EN, "The NOK 180 million is taken from the reserve in the 2015 budget.",
                        Optional.of(Year.of(2015))));
    }

    @ParameterizedTest
    @MethodSource("yearRules")
    void followsTheYearRules(Lang lang, String text, Optional<Year> year) {
        assertEquals(year, context(text, lang, 0).year(), text);
    }

    /** Changes: introduced by "by"/"med" after a change verb, "of"/"på" after a change noun; levels are none. */
    static Stream<Arguments> changeRules() {
        return Stream.of(
                // 008, 105: a change verb, then "by" after a long object
                arguments(Lang.EN, "The Government will increase its contribution to efforts in Africa, Asia and "
                        + "Latin America by around NOK 400 million.", true),
                // 012, 052, 083: strengthen ... with / styrka ... med
                arguments(Lang.EN, "The Government proposes to strengthen the hospital budgets with NOK 2.4 billion.",
                        true),
                arguments(Lang.NN, "Beredskapen vart styrka med ein halv milliard kroner i vår.", true),
                // 010, 012, 040: an additional or further noun "of" the amount
                arguments(Lang.EN, "The ministry proposes further funding of NOK 450 million for the centre.", true),
                arguments(Lang.EN, "Norway makes an additional contribution of around NOK 20 million.", true),
                // 065, 103: levels reached or left are no change
                arguments(Lang.EN, "We are increasing the framework from NOK 75 billion to NOK 135 billion.", false),
                arguments(Lang.EN, "The Government intends to increase the budget for 2015 to NOK 32.5 billion.",
                        false),
                // 054: an amount above a baseline level is an increase
                arguments(Lang.EN, "Spending will rise to a level NOK 7.2 billion above 2016-levels.", true),
                // money for a purpose is no change
                arguments(Lang.EN, "The Government allocated NOK 3 billion to increase the activity.", false));
    }

    @ParameterizedTest
    @MethodSource("changeRules")
    void followsTheChangeRules(Lang lang, String text, boolean increase) {
        assertEquals(increase, context(text, lang, 0).increase(), text);
    }

    @Test
    void justUnderAndAlmostAreApproximateNotBounds() {
        // 101, 040
        AmountContext c = only("The total value was just under NOK 5.6 billion.", Lang.EN);
        assertTrue(c.approximate());
        assertEquals(Optional.empty(), c.bound());
        assertTrue(only("Regjeringen gir i underkant av 20 millioner kroner.", Lang.NB).approximate());
    }

    @Test
    void anAnnualNounTheAmountIsTheValueOfMakesItAnnual() {
        // 064
        assertTrue(only("I 1995 er gjennomsnittlig årsinntekt anslått til 228250 kroner.", Lang.NB).annual());
        assertFalse(only("Den årlege meldinga viser 20 millionar kroner i auke.", Lang.NN).annual());
    }
}
