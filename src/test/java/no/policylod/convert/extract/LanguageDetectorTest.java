package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.convert.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link LanguageDetector} on paragraphs and captions of real pages; the expected language is the gold {@code lang}
 * of the page each comes from (development corpus files named in the comments).
 */
class LanguageDetectorTest {

    static final LanguageDetector DETECTOR = LanguageDetector.get();

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                // 089
                arguments(Lang.EN, "Norwegian Prime Minister Jonas Gahr Støre met with UK Prime Minister Boris Johnson "
                        + "in Downing Street on Friday. This was the first bilateral meeting between the two prime "
                        + "ministers. They signed a joint declaration on strategic cooperation between Norway and the "
                        + "UK."),
                // 072
                arguments(Lang.EN, "On 15 April armed conflict erupted in Sudan. The humanitarian needs were "
                        + "substantial even before the war. After six months of heavy fighting the humanitarian "
                        + "needs are enormous."),
                // 081
                arguments(Lang.EN, "As part of the presentation, the Government disclosed that it would contribute "
                        + "NOK 967 million to new measures to increase the Norwegian defence industry’s production "
                        + "capacity."),
                // 050
                arguments(Lang.NB, "Verden rundt oss er uten tvil krevende. Jeg har ikke tenkt å bruke så mye tid på å "
                        + "beskrive den sikkerhetspolitiske situasjonen. Jeg opplever at det er godt dekka gjennom "
                        + "det siste året, og helt sikkert også gjennom flere innlegg her på Kongressen."),
                // 074
                arguments(Lang.NB, "FN anslår at over seks millioner ukrainere har flyktet fra landet. Samtidig er "
                        + "fire millioner mennesker drevet på flukt i eget land som følge av Russlands fullskala "
                        + "krig mot Ukraina."),
                // 016
                arguments(Lang.NB, "Statsminister Erna Solbergs innledning på pressekonferansen etter statsråd fredag "
                        + "24. januar 2020 der det ble gjort endringer i regjeringen."),
                // 084: a bokmål bullet list that Lingua's n-grams alone take for nynorsk
                arguments(Lang.NB, """
                        • etablere en nasjonal satsing, Tid for lesing, for å styrke kvaliteten på leseopplæringen \
                        i skolen og for å bidra til god litteraturformidling i SFO og barnehage
                        • gi tilskudd til kommunene til innkjøp av trykte lærebøker for å skape bedre balanse mellom \
                        skjerm og bok i skolen
                        • tildele midler til Nasjonalt lesesenter for at senteret skal drive kompetanseutvikling og \
                        for å styrke leseopplæring og lesemotivasjon i skolen
                        • opprette en ny tilskuddsordning for å bidra til økt samarbeid mellom barnehager og \
                        folkebibliotek slik at barnehagebarn får bedre tilgang til bøker
                        """),
                // 102
                arguments(Lang.NN, "Norske verksemder eksporterte våpen, ammunisjon og anna militært materiell for om "
                        + "lag 12 milliardar kroner i 2023. Dette er ein auke på om lag 35 prosent samanlikna med "
                        + "eksporten for 2022. Ei markant auke er ikkje unaturleg i ei tryggleikspolitisk usikker "
                        + "tid."),
                // 032
                arguments(Lang.NN, "Noreg har donert våpen og forsvarsmateriell til Ukraina. Noreg har også bidrege "
                        + "substansielt til Natos innsats for å styrkje sikkerheita til allierte land i Europa."),
                // 082
                arguments(Lang.NN, "I forslaget til revidert nasjonalbudsjett vil regjeringa løyve eit eingongsbeløp "
                        + "på ni millionar kroner i 2024 til Universitetet i Oslo for tredje fase av "
                        + "forskingsprosjektet Saving Oseberg."));
    }

    @ParameterizedTest
    @MethodSource("paragraphs")
    void tellsTheLanguageOfAParagraph(Lang lang, String paragraph) {
        assertEquals(lang, DETECTOR.detect(paragraph));
        assertEquals(Optional.of(lang), DETECTOR.detectLine(paragraph));
    }

    @Test
    void aPageThatMixesTheStandardsGoesToTheOneMostOfItUses() {
        // 021: a ministry front page with nynorsk and bokmål teasers; gold lang nb
        String page = """
                Forsvarsdepartementet (FD) er eit regjeringskontor med ansvar for utforming og iverksetjing av \
                norsk tryggleiks- og forsvarspolitikk.
                I forslaget til revidert nasjonalbudsjett for 2023 vil regjeringa auke forsvarsbudsjettet med til \
                saman 2,1 mrd. kroner. - Me er i eit tidsskilje. Noreg må byggja eit sterkare forsvar og ein betre \
                beredskap i heile samfunnet, seier forsvarsminister Bjørn Arild Gram (Sp).
                – Regjeringen har styrket Forsvaret med mer penger, mer personell og mer materiell. Det skal vi \
                fortsette med. Det er helt nødvendig at vi nå bruker en større andel av samfunnets ressurser på \
                forsvar. Vi har satt ned Forsvarskommisjonen for å få innspill til den videre utviklingen av \
                Forsvaret, sier forsvarsminister Bjørn Arild Gram (Sp).
                Å styrke forsvar og beredskap er en hovedprioritering for regjeringen i årene som kommer. – Å \
                forplikte Norge til NATOs 2-prosentmål er svært viktig for vår nasjonale sikkerhet, sier \
                forsvarsminister Bjørn Arild Gram (Sp).
                """;
        assertEquals(Lang.NB, DETECTOR.detect(page));
    }

    static Stream<Arguments> foreignLines() {
        return Stream.of(
                arguments("Bilbombe har gått av i Bagdad.", Lang.EN),                                   // seed 000
                arguments("Veivalgprosjektets logo", Lang.EN),                                          // seed 000
                arguments("Fra forsiden på Norges nye cyberstrategi", Lang.EN),                         // seed 000
                arguments("Forsvarsministeren og næringsministeren står sammen med hvert sitt "
                        + "veikart-dokument i hendene", Lang.EN),                                       // 081
                arguments("\"Kampkraft og bærekraft\"", Lang.EN),                                       // 036
                arguments("Ambassador, your people have our full solidarity.", Lang.NB));               // 014
    }

    @ParameterizedTest
    @MethodSource("foreignLines")
    void seesACaptionInTheOtherLanguage(String line, Lang page) {
        assertTrue(DETECTOR.isForeignTo(line, page));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Security policy",                                                      // seed 000
        "New white paper",
        "Norwegian foreign and security policy",
        "New measures to fight global security challenges",
        "Government launches international cyber strategy",
        "Exports of defence-related products in 2016",
        "Greater engagement against conflict and fragility",
        "Government to double support for Western Balkans",
        "All cases about Security policy",
        "Norwegian Government earmarks NOK 967 million for boosting the defence industry",   // 081
        "Prime Minister Støre and Prime Minister Johnson"})                      // 089
    void englishHeadingsAreNotForeignOnAnEnglishPage(String heading) {
        assertFalse(DETECTOR.isForeignTo(heading, Lang.EN));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Statsministeren om endringer i regjeringen",                          // 016
        "Enova overført til Klima- og miljødepartementet fra 1. mai",
        "Folkehelsemeldinga — Gode liv i eit trygt samfunn"})                  // 063, nn
    void norwegianHeadingsAreNotForeignOnANorwegianPage(String heading) {
        assertFalse(DETECTOR.isForeignTo(heading, Lang.NB));
        assertFalse(DETECTOR.isForeignTo(heading, Lang.NN));
    }

    @Test
    void aNorwegianLineIsNeverForeignToTheOtherNorwegianStandard() {
        assertFalse(DETECTOR.isForeignTo("Bilbombe har gått av i Bagdad.", Lang.NN));
        assertFalse(DETECTOR.isForeignTo("Dette er ein auke på 35 prosent sidan 2022.", Lang.NB));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-06-16", "27/05/2025", "  ", "• – 12"})
    void hasNoOpinionWithoutLetters(String text) {
        assertEquals(Optional.empty(), DETECTOR.detectLine(text));
        assertEquals(Lang.EN, DETECTOR.detect(text));
        assertFalse(DETECTOR.isForeignTo(text, Lang.NB));
    }

    @Test
    void hasNoOpinionOnNull() {
        assertEquals(Optional.empty(), DETECTOR.detectLine(null));
    }
}
