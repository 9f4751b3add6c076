package no.policylod.store;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianLightStemFilter;
import org.apache.lucene.analysis.no.NorwegianLightStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's {@link NorwegianAnalyzer} with the light stemmer in place of Snowball's: the same tokenizer, lower-casing
 * and Norwegian stop words, then {@link NorwegianLightStemFilter} for bokmål.
 *
 * <pre>
 * Analyzer nb = new TextNorwegianAnalyzer();   // "forsvar", "forsvaret", "forsvarets" -&gt; "forsvar"
 * </pre>
 *
 * <p>Snowball's Norwegian stemmer takes {@code -ar} for a plural ending, so it stems "forsvar" (defence) to "forsv"
 * but "forsvaret" to "forsvar", and the two never meet. The light stemmer in bokmål mode leaves {@code -ar} alone and
 * still folds the definite and plural endings ({@code -en}, {@code -et}, {@code -a}, {@code -er}, {@code -ene}). It is
 * used for nynorsk too: its nynorsk mode strips {@code -ar} again, and a missed nynorsk plural costs less than a
 * common singular that no longer matches its own definite form.
 */
final class TextNorwegianAnalyzer extends StopwordAnalyzerBase {

    TextNorwegianAnalyzer() {
        super(NorwegianAnalyzer.getDefaultStopSet());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, stopwords);
        result = new NorwegianLightStemFilter(result, NorwegianLightStemmer.BOKMAAL);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
