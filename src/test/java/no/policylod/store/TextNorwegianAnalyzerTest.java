package no.policylod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** What each language's analyzer makes of words: inflected forms meet, stop words go. */
class TextNorwegianAnalyzerTest {

    @Test
    void foldsNorwegianDefiniteAndPluralForms() throws IOException {
        assertEquals(List.of("forsvar", "forsvar", "forsvar"), tokens("nb", "forsvar forsvaret forsvarets"));
        assertEquals(List.of("budsjett", "budsjett", "budsjett"), tokens("nb", "budsjett budsjettet budsjetter"));
        assertEquals(List.of("regjering", "regjering"), tokens("nn", "regjeringa Regjeringen"));
    }

    @Test
    void dropsNorwegianStopWords() throws IOException {
        assertEquals(List.of("styrk", "forsvar"), tokens("nb", "å styrke et forsvar og"));
    }

    @Test
    void stemsEnglish() throws IOException {
        assertEquals(tokens("en", "allocates"), tokens("en", "allocation"));
        assertEquals(List.of("defenc", "spend"), tokens("en", "the defence spending"));
    }

    private static List<String> tokens(String lang, String text) throws IOException {
        Analyzer analyzer = TextFields.analyzer(lang);
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TextFields.field("text", lang), text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(term.toString());
            }
            ts.end();
        }
        return tokens;
    }
}
