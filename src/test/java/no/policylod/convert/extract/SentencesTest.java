package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Sentences} on real prose (development corpus files named in the comments). */
class SentencesTest {

    /** The sentence around the first occurrence of {@code word} in {@code text}. */
    static String around(String text, String word) {
        int at = text.indexOf(word);
        return Sentences.around(text, at, at + word.length());
    }

    static Stream<Arguments> sentences() {
        return Stream.of(
                // 030: "mill." and "jf." and "kap." are no sentence ends
                arguments("Det er berekna at kostnaden vil vere 0,8 mill. kroner i 2024. På dette grunnlaget gjer "
                        + "departementet framlegg om å auke løyvinga, jf. omtale under kap. 917, post 01. Neste.",
                        "løyvinga", "På dette grunnlaget gjer departementet framlegg om å auke løyvinga, jf. omtale "
                        + "under kap. 917, post 01."),
                // 003: "St.meld. nr." inside the sentence
                arguments("Regjeringen vil følge retningslinjene som det var bred enighet om ved Stortingets "
                        + "behandling av St.meld. nr. 29 (2000- 2001). Bruken av oljeinntekter skal følge "
                        + "handlingsregelen.", "retningslinjene", "Regjeringen vil følge retningslinjene som det var "
                        + "bred enighet om ved Stortingets behandling av St.meld. nr. 29 (2000- 2001)."),
                // 010: a decimal point after a line break
                arguments("the Government proposes increasing development assistance by NOK\n1.9 billion. It is "
                        + "proposed that a total of NOK 18.5 billion be", "18.5", "It is proposed that a total of NOK "
                        + "18.5 billion be"),
                // 021: a quotation after a dash
                arguments("vil regjeringa auke forsvarsbudsjettet med til saman 2,1 mrd. kroner. - Me er i eit "
                        + "tidsskilje. Noreg må byggja eit sterkare forsvar.", "tidsskilje", "- Me er i eit "
                        + "tidsskilje."),
                // 087: an en dash opens a quotation
                arguments("Nå lager Forskningsrådet en helt ny ordning. – Nå gir vi våre fremste forskningsmiljøer "
                        + "mulighet til å knytte til seg etablerte forskere fra utlandet.", "ordning",
                        "Nå lager Forskningsrådet en helt ny ordning."),
                // 072: a quotation mark opens the next sentence
                arguments("More than five million people have been forced to flee. ‘Norway is now providing an "
                        + "additional NOK 20 million,’ said the Minister.", "five", "More than five million people "
                        + "have been forced to flee."),
                // a date "30. september" is no sentence end (032)
                arguments("Noreg har bidrege til Ukraina og nabolanda. 30. september fremja regjeringa ein "
                        + "proposisjon.", "fremja", "30. september fremja regjeringa ein proposisjon."));
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void findsTheWholeSentence(String text, String word, String sentence) {
        assertEquals(sentence, around(text, word));
    }

    @Test
    void startAndEndAgreeWithAround() {
        String text = "Det er berekna at kostnaden vil vere 0,8 mill. kroner i 2024. På dette grunnlaget gjer "
                + "departementet framlegg. Neste.";
        int at = text.indexOf("grunnlaget");
        int start = Sentences.startOf(text, at);
        int end = Sentences.endOf(text, at);
        assertEquals(" På dette grunnlaget gjer departementet framlegg.", text.substring(start, end));
        assertEquals(0, Sentences.startOf(text, text.indexOf("0,8")));
    }

    @Test
    void aTextWithoutStopsIsOneSentence() {
        String line = "Prop. 1 S\n\n(2019–2020)";
        assertEquals("Prop. 1 S (2019–2020)", Sentences.around(line, 0, 4));
        assertEquals(line.length(), Sentences.endOf(line, 0));
    }
}
