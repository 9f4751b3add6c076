package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.convert.model.DocClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Identifiers} on document numbers as real pages write them (development corpus files in the comments). */
class IdentifiersTest {

    static Stream<Arguments> identifiers() {
        return Stream.of(
                arguments("Meld. St. 37 (2014–2015)", "Meld. St. 37 (2014–2015)", DocClass.REPORT),       // seed 000
                arguments("Meld. St. 36 (2016-2017)", "Meld. St. 36 (2016-2017)", DocClass.REPORT),       // 008
                arguments("ved Stortingets behandling av St.meld. nr. 29 (2000- 2001). Bruken av",
                        "St.meld. nr. 29 (2000- 2001)", DocClass.REPORT),                                    // 003
                arguments("St.meld. nr. 15 (2008–2009)", "St.meld. nr. 15 (2008–2009)", DocClass.REPORT),
                arguments("Prop. 1 S (2019–2020)", "Prop. 1 S (2019–2020)", DocClass.PROPOSITION),
                arguments("Prop. 118 S (2022–2023)\n\nTilleggsbevilgninger og omprioriteringer i statsbudsjettet "
                        + "2023", "Prop. 118 S (2022–2023)", DocClass.PROPOSITION),                          // 006
                arguments("Prop. 1 S\n\n(2019–2020)\nProposisjon til Stortinget (forslag til stortingsvedtak)",
                        "Prop. 1 S (2019–2020)", DocClass.PROPOSITION),                                      // 004
                arguments("Prop. 27 S (2024–2025)\n\nEndringar i statsbudsjettet 2024 under Nærings- og "
                        + "fiskeridepartementet", "Prop. 27 S (2024–2025)", DocClass.PROPOSITION),           // 030
                arguments("Prop. 1 LS (2023–2024)", "Prop. 1 LS (2023–2024)", DocClass.PROPOSITION),
                arguments("Ot.prp. nr. 1 (2005-2006)", "Ot.prp. nr. 1 (2005-2006)", DocClass.PROPOSITION),
                arguments("St.prp. nr. 1 (2006–2007)", "St.prp. nr. 1 (2006–2007)", DocClass.PROPOSITION),
                arguments("- NOU 2025: 9 - Defeat – Norway in Afghanistan 2015–2021 Norwegian Official Report (NOU) "
                        + "06/11/2025", "NOU 2025: 9", DocClass.OFFICIAL_REPORT),                           // 001
                arguments("NOU 2023: 17\n\nNå er det alvor — Rustet for en usikker fremtid", "NOU 2023: 17",
                        DocClass.OFFICIAL_REPORT),                                                           // 096
                arguments("Meld. St. 5 (2023–2024) - A Resilient Health Emergency Preparedness Report to the "
                        + "Storting 24/11/2023", "Meld. St. 5 (2023–2024)", DocClass.REPORT));               // 001
    }

    @ParameterizedTest
    @MethodSource("identifiers")
    void findsTheIdentifierAsWrittenAndTheClassItImplies(String text, String written, DocClass docClass) {
        List<Identifiers.Found> found = Identifiers.find(text);
        assertEquals(List.of(written), found.stream().map(Identifiers.Found::text).toList());
        assertEquals(Optional.of(docClass), found.get(0).docClass());
    }

    @Test
    void aCommitteeRecommendationImpliesNoClass() {
        List<Identifiers.Found> found = Identifiers.find("Innst. 12 S (2015–2016)");
        assertEquals(List.of("Innst. 12 S (2015–2016)"), found.stream().map(Identifiers.Found::text).toList());
        assertEquals(Optional.empty(), found.get(0).docClass());
    }

    @Test
    void givesWhereTheIdentifierStands() {
        String text = "Prop. 1 S\n\n(2019–2020)\nProposisjon til Stortinget";
        Identifiers.Found found = Identifiers.find(text).get(0);
        assertEquals("Prop. 1 S\n\n(2019–2020)", text.substring(found.start(), found.end()));
    }

    @Test
    void findsSeveralInTextOrder() {
        String text = "Meld. St. 32 (2015–2016) Report to the Storting, see also NOU 2023: 17 and Prop. 1 S "
                + "(2019–2020)";
        assertEquals(List.of("Meld. St. 32 (2015–2016)", "NOU 2023: 17", "Prop. 1 S (2019–2020)"),
                Identifiers.find(text).stream().map(Identifiers.Found::text).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Melding til Stortinget (Meld. St.) benyttes når regjeringen vil legge fram saker",   // 107
        "Proposisjon (Prop.) benyttes når regjeringen ber Stortinget om å fatte vedtak",     // 107
        "NOUen fra utvalgsleder Øystein Olsen",                                              // 085
        "Norwegian Official Report (NOU) 06/11/2025",                                        // 001
        "Prop. 27 S",                                                                        // no session
        "2015–2021"})
    void findsNoIdentifierIn(String text) {
        assertEquals(List.of(), Identifiers.find(text));
    }

    @Test
    void atStartAndWholeTellWhereTheIdentifierIs() {
        assertEquals("Meld. St. 5 (2023–2024)",
                Identifiers.atStart("  Meld. St. 5 (2023–2024) - A Resilient").orElseThrow().text());
        assertEquals(Optional.empty(), Identifiers.atStart("Report: Meld. St. 5 (2023–2024)"));
        assertEquals("NOU 2023: 17", Identifiers.whole(" NOU 2023: 17 ").orElseThrow().text());
        assertEquals(Optional.empty(), Identifiers.whole("NOU 2023: 17 Nå er det alvor"));
    }

    static Stream<Arguments> sameIdentifier() {
        return Stream.of(
                arguments("Meld. St. 37 (2014–2015)", "Meld.St. 37 (2014 - 2015)"),
                arguments("Meld. St. 36 (2016-2017)", "Meld. St. 36 (2016–2017)"),
                arguments("St.meld. nr. 29 (2000- 2001)", "St. meld. nr. 29 (2000–2001)"),
                arguments("Prop. 1 S (2019–2020)", "Prop. 1 S\n\n(2019–2020)"),
                arguments("NOU 2023: 17", "NOU 2023:17"),
                arguments("Innst. 12 S (2015–2016)", "Innst. 12 S (2015-2016)"),
                arguments("St.meld. nr. 15 (2008–2009)", "St.meld. 15 (2008-2009)"),
                arguments("St.meld. nr. 15 (2008–2009)", "St.meld. nr 15 (2008–2009)"),
                arguments("Meld. St. 37 (2014–2015)", "Meld. St. 37 (2014-15)"),
                arguments("St.prp. nr. 1 (1999–2000)", "St.prp. nr. 1 (1999-00)"));
    }

    @ParameterizedTest
    @MethodSource("sameIdentifier")
    void keyIsTheSameForEverySpelling(String one, String other) {
        assertEquals(Identifiers.key(one), Identifiers.key(other));
    }

    @Test
    void keyIsLowerCaseAsciiWithHyphens() {
        assertEquals("meld-st-37-2014-2015", Identifiers.key("Meld. St. 37 (2014–2015)"));
        assertEquals("nou-2025-9", Identifiers.key("NOU 2025: 9"));
    }

    @Test
    void keyTellsDifferentIdentifiersApart() {
        List<String> keys = Stream.of("Meld. St. 37 (2014–2015)", "Meld. St. 37 (2015–2016)",
                "Meld. St. 3 (2014–2015)", "Prop. 1 S (2019–2020)", "Prop. 1 L (2019–2020)", "Prop. 1 LS (2019–2020)",
                "Prop. 11 S (2019–2020)", "St.prp. nr. 1 (2006–2007)", "Ot.prp. nr. 1 (2006–2007)",
                "St.meld. nr. 1 (2006–2007)", "NOU 2023: 17", "NOU 2023: 1", "NOU 2025: 9",
                "Innst. 12 S (2015–2016)").map(Identifiers::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), () -> "keys collide: " + keys);
        assertNotEquals(Identifiers.key("NOU 2023: 17"), Identifiers.key("NOU 2023: 1"));
    }
}
