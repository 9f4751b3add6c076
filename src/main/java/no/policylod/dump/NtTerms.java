package no.policylod.dump;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * RDF terms in their N-Triples form, exactly as {@link NodeFmtLib#strNT} writes them, quickly: the common cases (an
 * IRI or a literal with nothing to escape) are put together directly, everything else goes to Jena's formatter. The
 * canonical sort keys of every dump and content hash are made of these, millions of times per release.
 *
 * <pre>
 * NtTerms.of(NodeFactory.createURI("https://example.org/a"));   // "&lt;https://example.org/a&gt;"
 * </pre>
 */
public final class NtTerms {

    private static final String XSD_STRING = XSDDatatype.XSDstring.getURI();

    private NtTerms() {
    }

    /** The N-Triples form of a term. */
    public static String of(Node n) {
        if (n.isURI()) {
            String iri = n.getURI();
            return plainIri(iri) ? "<" + iri + ">" : NodeFmtLib.strNT(n);
        }
        if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            String lex = n.getLiteralLexicalForm();
            if (plainString(lex)) {
                String lang = n.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) {
                    return "\"" + lex + "\"@" + lang;
                }
                String type = n.getLiteralDatatypeURI();
                if (type == null || type.equals(XSD_STRING)) {
                    return "\"" + lex + "\"";
                }
                if (plainIri(type)) {
                    return "\"" + lex + "\"^^<" + type + ">";
                }
            }
        }
        return NodeFmtLib.strNT(n);
    }

    /** An IRI that N-Triples writes as it is: no character Jena would escape. */
    private static boolean plainIri(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (c <= ' ' || c >= 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|'
                    || c == '^' || c == '`' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** A lexical form that needs no escape: printable ASCII and Latin letters, no quote or backslash. */
    private static boolean plainString(String lex) {
        for (int i = 0; i < lex.length(); i++) {
            char c = lex.charAt(i);
            if (c < ' ' || c == '"' || c == '\\' || (c >= 0x7F && c < 0xA0) || Character.isSurrogate(c)
                    || c == '\u2028' || c == '\u2029' || c >= 0xFFF0) {
                return false;
            }
        }
        return true;
    }
}
