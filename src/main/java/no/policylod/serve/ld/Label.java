package no.policylod.serve.ld;

import org.apache.jena.graph.Node;

/**
 * A text shown on a page with its language tag (empty when it has none), so the page can mark it
 * {@code lang="nn"} inside an English page.
 *
 * <pre>
 * Label.of(literalNode);     // Label[text=Forsvarsdepartementet, lang=nb]
 * Label.plain("id2976767");  // Label[text=id2976767, lang=]
 * </pre>
 */
public record Label(String text, String lang) {

    static Label of(Node literal) {
        return new Label(literal.getLiteralLexicalForm(), literal.getLiteralLanguage());
    }

    static Label plain(String text) {
        return new Label(text, "");
    }
}
