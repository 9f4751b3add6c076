package no.policylod.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Formatter;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.TextFragment;

/**
 * Marks the words a search found in a document's matching title and text, as plain {@link TextIndex.Fragment}s that
 * a template escapes: no markup is ever made here.
 *
 * <pre>
 * TextIndex.Hit hit = TextSnippets.hit(literalsOfOneDocument, queryByLanguage);
 * </pre>
 */
final class TextSnippets {

    /** Characters of body text shown around the matched words. */
    static final int SNIPPET_CHARS = 220;
    private static final char START = '\u0002';
    private static final char END = '\u0003';
    private static final Formatter MARKER = (text, group) ->
            group.getTotalScore() > 0 ? START + text + END : text;

    private TextSnippets() {
    }

    /** The hit for one document from its matching literals, best first. */
    static TextIndex.Hit hit(List<TextSearch.Literal> literals, Map<String, Query> queries) {
        TextSearch.Literal best = literals.get(0);
        TextSearch.Literal title = first(literals, true);
        TextSearch.Literal body = first(literals, false);
        return new TextIndex.Hit(best.uri(), best.score(),
                title == null ? List.of() : mark(title, queries, new NullFragmenter()),
                body == null ? List.of() : mark(body, queries, new SimpleFragmenter(SNIPPET_CHARS)));
    }

    private static TextSearch.Literal first(List<TextSearch.Literal> literals, boolean title) {
        return literals.stream().filter(l -> l.field().equals(TextFields.PRIMARY) == title).findFirst().orElse(null);
    }

    /** The best fragment of a literal with its matched words marked; the value's start when none can be marked. */
    private static List<TextIndex.Fragment> mark(TextSearch.Literal literal, Map<String, Query> queries,
                                                 Fragmenter fragmenter) {
        String value = literal.value().replace(START, ' ').replace(END, ' ');
        Query query = queries.get(literal.lang());
        String marked = query == null ? null : bestFragment(value, literal, query, fragmenter);
        if (marked == null) {
            return List.of(new TextIndex.Fragment(cut(value), false));
        }
        return split(marked, value);
    }

    private static String bestFragment(String value, TextSearch.Literal literal, Query query, Fragmenter fragmenter) {
        String field = TextFields.field(literal.field(), literal.lang());
        Highlighter highlighter = new Highlighter(MARKER, new QueryScorer(query, field));
        highlighter.setTextFragmenter(fragmenter);
        highlighter.setMaxDocCharsToAnalyze(Math.max(value.length(), Highlighter.DEFAULT_MAX_CHARS_TO_ANALYZE));
        try (TokenStream tokens = TextFields.analyzer(literal.lang()).tokenStream(field, value)) {
            TextFragment[] fragments = highlighter.getBestTextFragments(tokens, value, false, 1);
            return fragments.length > 0 && fragments[0] != null && fragments[0].getScore() > 0
                    ? fragments[0].toString().strip() : null;
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /** Cuts marked text into fragments, with an ellipsis where the fragment does not reach the value's ends. */
    private static List<TextIndex.Fragment> split(String marked, String value) {
        List<TextIndex.Fragment> parts = new ArrayList<>();
        String plain = marked.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
        String before = value.strip().startsWith(plain) ? "" : "\u2026 ";
        String after = value.strip().endsWith(plain) ? "" : " \u2026";
        StringBuilder text = new StringBuilder(before);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == END) {
                add(parts, text, c == END);
            } else {
                text.append(c);
            }
        }
        text.append(after);
        add(parts, text, false);
        return parts;
    }

    private static void add(List<TextIndex.Fragment> parts, StringBuilder text, boolean match) {
        if (!text.isEmpty()) {
            parts.add(new TextIndex.Fragment(text.toString(), match));
            text.setLength(0);
        }
    }

    private static String cut(String value) {
        String v = value.strip();
        return v.length() <= SNIPPET_CHARS ? v : v.substring(0, SNIPPET_CHARS).strip() + " \u2026";
    }
}
