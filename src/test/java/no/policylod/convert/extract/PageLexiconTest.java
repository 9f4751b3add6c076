package no.policylod.convert.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link PageLexicon} on template lines of real pages (development corpus files named in the comments). */
class PageLexiconTest {

    static final PageLexicon LEXICON = PageLexicon.get();

    @ParameterizedTest
    @ValueSource(strings = {
        "What's new", "What’s new", "Documents",                                   // 008, 054
        "All cases about Security policy",                                          // seed 000
        "More on security policy", "More on defence", "More on this topic",       // 036, 037
        "  Latest news  "})
    void knowsTheSectionHeadings(String line) {
        assertTrue(LEXICON.isHeading(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "This content is more than 2 years old.",                                   // 001
        "This content is more than 1 year old. The information may therefore be out of date.",   // 089
        "Dette innholdet er mer enn 5 år gammelt. Informasjonen kan derfor være utdatert.",
        "Til innhaldsliste", "Til innholdsfortegnelse",                             // 030, 004
        "Aktiver Javascript i din nettleser for en bedre opplevelse på regjeringen.no",   // 016
        "Nett-tv",                                                                  // 021
        "Foto: Helene Hoddevik Mørk / NTB"})
    void knowsTheBoilerplate(String line) {
        assertTrue(LEXICON.isBoilerplate(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Security policy", "New measures to fight global security challenges",      // seed 000
        "Government to double support for Western Balkans",
        "Vil styrkja forsvarsbudsjettet ytterlegare",                               // 021
        "Documents on security policy and defence"})
    void takesTitlesForContent(String line) {
        assertFalse(LEXICON.isHeading(line));
        assertFalse(LEXICON.isBoilerplate(line));
    }
}
