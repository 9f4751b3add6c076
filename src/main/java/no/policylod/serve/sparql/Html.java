package no.policylod.serve.sparql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * The pieces the endpoint's HTML pages are made of: escaping, the page frame, RDF terms as readable text and links.
 *
 * <pre>
 * Html.open(out, PageText.get("results.title"));
 * out.write(Html.term(node, prefixes));     // &lt;a href="https://…"&gt;pl:Speech&lt;/a&gt;, "Tale"@nb, …
 * Html.close(out);
 * </pre>
 *
 * No styles and no scripts: the pages are plain, readable documents.
 */
final class Html {

    private Html() {
    }

    /** Text made safe for element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The start of a page, up to and including its {@code <h1>}. */
    static void open(Writer out, String title) {
        write(out, "<!DOCTYPE html>\n<html lang=\"" + escape(PageText.get("html.lang")) + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n");
    }

    /** The end of a page. */
    static void close(Writer out) {
        write(out, "</body>\n</html>\n");
    }

    /** An RDF term as readable HTML: IRIs shortened with the prefixes and linked when http(s), literals with tags. */
    static String term(Node node, PrefixMapping prefixes) {
        if (node == null) {
            return "";
        }
        if (node.isURI()) {
            return iri(node.getURI(), prefixes);
        }
        if (node.isLiteral()) {
            return literal(node, prefixes);
        }
        if (node.isBlank()) {
            return escape("_:" + node.getBlankNodeLabel());
        }
        return escape(NodeFmtLib.strNT(node));
    }

    /** A link whose text is the IRI, shortened with the prefixes where one fits. */
    static String iri(String iri, PrefixMapping prefixes) {
        String shortForm = prefixes.shortForm(iri);
        String text = shortForm.equals(iri) ? "<" + iri + ">" : shortForm;
        if (iri.startsWith("http://") || iri.startsWith("https://")) {
            return "<a href=\"" + escape(iri) + "\">" + escape(text) + "</a>";
        }
        return escape(text);
    }

    static void write(Writer out, String html) {
        try {
            out.write(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String literal(Node node, PrefixMapping prefixes) {
        String text = escape(node.getLiteralLexicalForm());
        String language = node.getLiteralLanguage();
        if (!language.isEmpty()) {
            return text + " <small>@" + escape(language) + "</small>";
        }
        String datatype = node.getLiteralDatatypeURI();
        if (datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())
                || datatype.equals(RDF.dtLangString.getURI())) {
            return text;
        }
        return text + " <small>^^" + escape(prefixes.shortForm(datatype)) + "</small>";
    }
}
