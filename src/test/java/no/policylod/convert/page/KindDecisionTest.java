package no.policylod.convert.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Set;
import java.util.stream.Stream;
import no.policylod.convert.Converter;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Rules;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each page-kind rule decides a made-up page of the shape it stands for, and switched off leaves that page to a
 * later rule. The development pages each case stands for are named beside it.
 */
class KindDecisionTest {

    private static final UriPolicy URIS = new UriPolicy("https://w3id.org/policy-lod");
    private static final String TEASERS = """
            Ny kai i Bodø

            Regjeringen gir penger til en ny kai i Bodø.

            Havnen feirer hundre år

            Havnen i Bodø feirer hundre år med en stor fest.

            Ferjen går lenger

            Ferjen skal også gå til to nye øyer neste sommer.
            """;
    private static final String NEWS_BODY = "Regjeringen gir penger til en ny kai i Bodø, og arbeidet starter neste år.";

    static Stream<Arguments> cases() {
        return Stream.of(
                // 001, 036, 061: topic addresses
                Arguments.of(KindRule.SECTION_ADDRESS, DocClass.TOPIC, "Havner\n" + NEWS_BODY + "\n",
                        "https://www.regjeringen.no/no/tema/transport/havner/id1234/"),
                // 007, 011, 057: result counters
                Arguments.of(KindRule.LISTING_STRUCTURE, DocClass.LISTING,
                        "Havner\nViser 1-20 av 316 treff\nNy kai i Bodø\n04.06.2025 Pressemelding\n" + NEWS_BODY + "\n",
                        null),
                // 041, 042: a section's name as the title
                Arguments.of(KindRule.SECTION_TITLE, DocClass.LISTING, "Taler og artikler\n" + NEWS_BODY + "\n", null),
                // 008, 021, 054, 067: a ministry's front page
                Arguments.of(KindRule.MINISTRY_TITLE, DocClass.LISTING,
                        "Samferdselsdepartementet\n" + NEWS_BODY + "\n", null),
                // 055, 081 and most documents: a header line
                Arguments.of(KindRule.STATED_TYPE, DocClass.PRESS_RELEASE,
                        "Ny kai i Bodø\nPressemelding | Dato: 04.06.2025 | Samferdselsdepartementet\n" + NEWS_BODY
                                + "\n", null),
                // calendar entries carry "Sted:" lines
                Arguments.of(KindRule.CALENDAR, DocClass.ARTICLE,
                        "Kaiåpning i Bodø\nSted: Bodø\n" + NEWS_BODY + "\n",
                        "https://www.regjeringen.no/no/aktuelt/kaiapning/id9/"),
                // Meld. St. pages without a number line
                // 032-035, 107, 088: titles that open with a kind's words
                Arguments.of(KindRule.KIND_TITLE, DocClass.REPORT,
                        "Melding til Stortinget om havnene\n" + NEWS_BODY + "\n", null),
                Arguments.of(KindRule.KIND_TITLE, DocClass.CONSULTATION,
                        "Høring om nye havneregler\n" + NEWS_BODY + "\n", null),
                Arguments.of(KindRule.KIND_TITLE, DocClass.STRATEGY,
                        "Nasjonal strategi for havnene\n" + NEWS_BODY + "\n", null),
                // 062, 068: chapters whose kind only the address states
                Arguments.of(KindRule.DOCUMENT_ADDRESS, DocClass.OFFICIAL_REPORT, "4 Om havnene\n" + NEWS_BODY + "\n",
                        "https://www.regjeringen.no/no/dokumenter/nou-2025-1/id1/?ch=4"),
                // 046, 047: speech openings
                Arguments.of(KindRule.SPEECH_CUES, DocClass.SPEECH,
                        "Havnene i nord\nKjære alle sammen!\n" + NEWS_BODY + "\n", null),
                // 015, 076: a note that the text was checked against delivery (also in the past tense)
                Arguments.of(KindRule.SPEECH_CUES, DocClass.SPEECH,
                        "Havnene i nord\nSjekket mot framføringen (transkribert)\n" + NEWS_BODY + "\n", null),
                // 046: a lead telling that the minister gave a speech
                Arguments.of(KindRule.SPEECH_CUES, DocClass.SPEECH,
                        "Havnene i nord\nSamferdselsministeren holdt i dag foredrag på havnekonferansen i Bodø.\n"
                                + NEWS_BODY + "\n", null),
                Arguments.of(KindRule.NEWS_ADDRESS, DocClass.NEWS_STORY, "Ny kai i Bodø\n" + NEWS_BODY + "\n",
                        "https://www.regjeringen.no/no/aktuelt/nyheter/ny-kai/id99/"),
                // 009, 059: teasers on an untitled page
                Arguments.of(KindRule.TEASER_RUN, DocClass.LISTING,
                        "Regjeringen gir penger til en ny kai i Bodø. Arbeidet starter neste år.\n\n" + TEASERS, null),
                Arguments.of(KindRule.TITLED_PAGE, DocClass.ARTICLE, "Om havnene\n\nHer er det siste om havnene langs "
                        + "kysten, fra departementet og fra regjeringen.\n\n" + TEASERS,
                        "https://www.regjeringen.no/no/om-havnene/id5/"));
    }

    @ParameterizedTest(name = "{0} decides {1}")
    @MethodSource("cases")
    void theRuleDecidesItsShapeAndSwitchedOffLeavesItToAnother(KindRule rule, DocClass expected, String text,
                                                                String url) {
        PageSnapshot page = PageSnapshot.of("page.txt", text, url, null);
        assertEquals(expected, new Converter(URIS).read(page).docClass());
        DocClass without = new Converter(URIS, Rules.all().without(Set.of(rule.qualifiedName()))).read(page)
                .docClass();
        assertNotEquals(expected, without, rule + " switched off");
    }
}
