package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Dates} on the date lines of real pages (development corpus files named in the comments). */
class DatesTest {

    static List<LocalDate> dates(String text) {
        return Dates.find(text).stream().map(Dates.Found::date).toList();
    }

    static Stream<Arguments> written() {
        return Stream.of(
                arguments("Speech/statement | Date: 27/05/2025 | Ministry of Foreign Affairs", "2025-05-27"),
                arguments("Tale/innlegg | Dato: 15.12.2025 | Statsministerens kontor", "2025-12-15"),       // 076
                arguments("Date: 14.10.2005", "2005-10-14"),                                                  // 105
                arguments("Plans/strategy | Date: 22/05/2023 | Ministry of Defence", "2023-05-22"),           // 038
                arguments("- NOU 2025: 9 - Defeat – Norway in Afghanistan 2015–2021 Norwegian Official Report (NOU) "
                        + "06/11/2025", "2025-11-06"),                                                        // 001
                arguments("11.05.2016: I revidert budsjett for 2016 foreslår regjeringen 5 millioner kroner",
                        "2016-05-11"),                                                                        // 061
                arguments("Tilråding fra Finansdepartementet 27. september 2019, godkjent i statsråd samme dag.",
                        "2019-09-27"),                                                                        // 004
                arguments("Statsministerens kontor, Regjeringskvartalet, Oslo, 30. januar 2001", "2001-01-30"),  // 018
                arguments("Tilråding frå Helse- og omsorgsdepartementet 5. april 2019, godkjend i statsråd same "
                        + "dagen.", "2019-04-05"),                                                            // 060, nn
                arguments("Stortinget, 9. oktober 2017", "2017-10-09"),                                       // 034, nn
                arguments("Den 12. mai 2020 oppnevnte Regjeringen Solberg", "2020-05-12"),                    // 024
                arguments("Forvaltinga blei frå 1. juli 2024 overført.", "2024-07-01"),                       // 030, nn
                arguments("8 February 2006", "2006-02-08"),                                                   // 043
                arguments("Defence Minister Anne-Grete Strøm-Erichsen’s address to the Oslo Military Society, 9 "
                        + "January 2006.", "2006-01-09"),                                                     // 053
                arguments("February 8, 2006", "2006-02-08"),
                arguments("2021-06-16", "2021-06-16"));                                                       // 079
    }

    @ParameterizedTest
    @MethodSource("written")
    void readsTheDateDayFirst(String text, String iso) {
        assertEquals(List.of(LocalDate.parse(iso)), dates(text));
    }

    @Test
    void findsEveryDateOfAListingInTextOrder() {
        String listing = "10/04/2025 News story Ministry of Foreign Affairs\n27/02/2025 News story Ministry of "
                + "Foreign Affairs\n23/06/2025 Press release Ministry of Foreign Affairs";                    // 048
        assertEquals(List.of(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 2, 27), LocalDate.of(2025, 6, 23)),
                dates(listing));
    }

    @Test
    void givesWhereEachDateStands() {
        String line = "Speech/statement | Date: 27/05/2025 | Ministry of Foreign Affairs";
        Dates.Found found = Dates.find(line).get(0);
        assertEquals("27/05/2025", line.substring(found.start(), found.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "31/02/2020",                                             // no 31 February
        "31.04.2021",                                             // no 31 April
        "29.02.2023",                                             // not a leap year
        "2019-13-01",                                             // no month 13
        "Defeat – Norway in Afghanistan 2015–2021",               // 001: a span of years
        "Meld. St. 37 (2014–2015)",                               // seed 000: a session
        "Future Acquisitions For the Norwegian Defence Sector 2023–2030",   // 038
        "Statsministerens presentasjon av Regjeringens plan for Norge 2025-2029",   // 076
        "No.: 181/05",                                            // 105: a press release number
        "The wreath laying at 10:30 (17.10)",                     // a time and a day without a year
        "30. september fremja regjeringa ein proposisjon",        // 032: no year
        "Visitor address: Glacisgata 1, 0150 Oslo"})              // 036
    void findsNoDateIn(String text) {
        assertEquals(List.of(), dates(text));
    }

    @Test
    void parsesOnlyAStringThatIsOneDate() {
        assertEquals(Optional.of(LocalDate.of(2019, 9, 27)), Dates.parse(" 27. september 2019 "));
        assertEquals(Optional.of(LocalDate.of(2013, 12, 20)), Dates.parse("20.12.2013"));
        assertEquals(Optional.empty(), Dates.parse("Press release, 20.12.2013"));
        assertEquals(Optional.empty(), Dates.parse("31/02/2020"));
    }

    @Test
    void readsMonthNamesInAnyCase() {
        assertEquals(List.of(LocalDate.of(2017, 12, 19)), dates("i Parkveien 45 19. Desember 2017."));
        assertEquals(List.of(LocalDate.of(2006, 2, 8)), dates("8 FEBRUARY 2006"));
    }
}
