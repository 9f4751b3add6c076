package no.policylod.convert.extract;

import no.policylod.convert.model.Ministry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.convert.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Ministries}: the reference table itself, and ministry names as real pages write them. */
class MinistriesTest {

    static final Ministries MINISTRIES = Ministries.get();

    static List<String> keysIn(String text) {
        return MINISTRIES.findAll(text).stream().map(f -> f.ministry().key()).toList();
    }

    @Test
    void everyMinistryHasAnEnglishAndABokmalName() {
        assertFalse(MINISTRIES.all().isEmpty());
        for (Ministry m : MINISTRIES.all()) {
            assertFalse(m.names().getOrDefault(Lang.EN, "").isBlank(), () -> m.key() + " has no English name");
            assertFalse(m.names().getOrDefault(Lang.NB, "").isBlank(), () -> m.key() + " has no bokmål name");
        }
    }

    @Test
    void keysAreUniqueAndSafeInAUri() {
        List<String> keys = MINISTRIES.all().stream().map(Ministry::key).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), () -> "duplicate keys: " + keys);
        keys.forEach(k -> assertTrue(k.matches("[a-z][a-z0-9-]*"), () -> "not URI-safe: '" + k + "'"));
    }

    @Test
    void everyNameLeadsBackToItsMinistry() {
        for (Ministry m : MINISTRIES.all()) {
            m.names().values().forEach(n -> assertEquals(Optional.of(m), MINISTRIES.byName(n), n));
            m.altNames().values().forEach(list -> list.forEach(
                    n -> assertEquals(Optional.of(m), MINISTRIES.byName(n), n)));
        }
    }

    static Stream<Arguments> named() {
        return Stream.of(
                arguments("Ministry of Foreign Affairs, Ministry of Climate and Environment", List.of("ud", "kld")),
                arguments("Tale/innlegg | Dato: 15.12.2025 | Statsministerens kontor", List.of("smk")),      // 076
                arguments("Speech/statement | Date: 27/05/2025 | Ministry of Foreign Affairs", List.of("ud")),
                arguments("Utgiver: Forsvarsdepartementet", List.of("fd")),
                arguments("Utanriksdepartementet", List.of("ud")),                                            // nn
                arguments("Utenriksdepartementet", List.of("ud")),                                            // 045
                arguments("Tilråding frå Helse- og omsorgsdepartementet 5. april 2019", List.of("hod")),     // 060
                arguments("Ministry of Foreign Affairs, Office of the Prime Minister", List.of("ud", "smk")),
                arguments("Ministry of Defence, Ministry of Finance", List.of("fd", "fin")),
                // older names of today's ministries
                arguments("Ministry of Petroleum and Energy", List.of("ed")),                                // 042
                arguments("Kommunal- og moderniseringsdepartementet", List.of("kdd")),                        // 049
                arguments("Olje- og energidepartementet", List.of("ed")),
                arguments("Fiskeri- og kystdepartementet", List.of("nfd")),
                // line breaks and non-breaking spaces inside a name
                arguments("Klima- og\nmiljødepartementet", List.of("kld")),
                arguments("Ministry of\u00a0Trade, Industry and Fisheries", List.of("nfd")),
                // the text extractor glues a name to the next line's capital (042, 007)
                arguments("13/01/2021 Speech/statement Ministry of Petroleum and EnergyMinister of Petroleum and "
                        + "Energy Tina Bru gave this digital speech", List.of("ed")),
                arguments("Ministry of DefenceThe Norwegian Defence Materiel Agency has signed a contract",
                        List.of("fd")),
                // a name inside a longer word is no name
                arguments("Ministry of Foreign Affairsand", List.of()),
                arguments("Forsvarsminister Bjørn Arild Gram", List.of()));
    }

    @ParameterizedTest
    @MethodSource("named")
    void findsMinistriesNamedInText(String text, List<String> keys) {
        assertEquals(keys, keysIn(text));
    }

    @Test
    void givesWhereTheNameStands() {
        String text = "Ministry of Foreign Affairs, Ministry of Climate and Environment";
        List<Ministries.Found> found = MINISTRIES.findAll(text);
        assertEquals(List.of("Ministry of Foreign Affairs", "Ministry of Climate and Environment"),
                found.stream().map(f -> text.substring(f.start(), f.end())).toList());
    }

    @Test
    void byNameIgnoresCaseAndSpacing() {
        assertEquals("ud", MINISTRIES.byName("  ministry of  foreign affairs ").orElseThrow().key());
        assertEquals("smk", MINISTRIES.byName("STATSMINISTERENS KONTOR").orElseThrow().key());
        assertEquals(Optional.empty(), MINISTRIES.byName("Ministry of Magic"));
    }

    @Test
    void namesAMinistryInEachLanguage() {
        Ministry ud = MINISTRIES.byName("Utanriksdepartementet").orElseThrow();
        assertEquals("Ministry of Foreign Affairs", ud.names().get(Lang.EN));
        assertEquals("Utenriksdepartementet", ud.names().get(Lang.NB));
        assertEquals("Utanriksdepartementet", ud.names().get(Lang.NN));
    }
}
