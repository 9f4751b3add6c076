package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.convert.model.DocClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link TypeLabels}: the labels the labelling rules map to classes, and labels at the end of real list lines. */
class TypeLabelsTest {

    static final TypeLabels LABELS = TypeLabels.get();

    static Stream<Arguments> labels() {
        return Stream.of(
                arguments("News story", DocClass.NEWS_STORY), arguments("Nyhet", DocClass.NEWS_STORY),
                arguments("Nyheit", DocClass.NEWS_STORY), arguments("Press release", DocClass.PRESS_RELEASE),
                arguments("Pressemelding", DocClass.PRESS_RELEASE), arguments("Speech/statement", DocClass.SPEECH),
                arguments("Tale/innlegg", DocClass.SPEECH), arguments("Report to the Storting", DocClass.REPORT),
                arguments("Melding til Stortinget", DocClass.REPORT), arguments("Rapport", DocClass.REPORT),
                arguments("Proposisjon til Stortinget", DocClass.PROPOSITION),
                arguments("Norwegian Official Report (NOU)", DocClass.OFFICIAL_REPORT),
                arguments("Plans/strategy", DocClass.STRATEGY), arguments("Handlingsplan", DocClass.STRATEGY),
                arguments("Høring", DocClass.CONSULTATION), arguments("Consultation", DocClass.CONSULTATION),
                arguments("Artikkel", DocClass.ARTICLE), arguments(" article ", DocClass.ARTICLE));
    }

    @ParameterizedTest
    @MethodSource("labels")
    void mapsEachLabelToItsClass(String label, DocClass docClass) {
        assertEquals(Optional.of(docClass), LABELS.classOf(label));
    }

    @Test
    void knowsNoOtherLabel() {
        assertEquals(Optional.empty(), LABELS.classOf("Security policy"));
    }

    @Test
    void findsTheLongestLabelThatEndsALine() {
        // 001, without the date that follows the label there
        TypeLabels.Found found = LABELS.atEnd("NOU 2025: 9 - Defeat – Norway in Afghanistan 2015–2021 Norwegian "
                + "Official Report (NOU)").orElseThrow();
        assertEquals(DocClass.OFFICIAL_REPORT, found.docClass());
        assertEquals("Norwegian Official Report (NOU)", found.label());
        String line = "Meld. St. 5 (2023–2024) - A Resilient Health Emergency Preparedness Report to the Storting";
        assertEquals(line.indexOf("Report to the Storting"), LABELS.atEnd(line).orElseThrow().start());
    }

    @Test
    void needsWhiteSpaceBeforeTheLabel() {
        assertEquals(Optional.empty(), LABELS.atEnd("Nyhetsbrev"));
    }

    @Test
    void takesNoLowerCaseTitleWordForALabel() {
        // seed 000 and 012: titles that end with a word the table also holds as a label
        assertEquals(Optional.empty(), LABELS.atEnd("Government launches international cyber strategy"));
        assertEquals(Optional.empty(), LABELS.atEnd("Norway presents new action plan"));
        assertEquals("Pressemelding", LABELS.atEnd("Regjeringen lanserer ungdomshelsestrategi Pressemelding")
                .orElseThrow().label());
    }
}
