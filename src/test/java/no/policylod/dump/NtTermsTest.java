package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import no.policylod.testing.Fixtures;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

class NtTermsTest {

    @Test
    void everyTermOfTheConvertedSeedsIsWrittenAsJenaWritesIt() {
        DatasetGraph data = Fixtures.convert("pages/seeds", "pages/topic-with-url");
        List<Node> terms = new ArrayList<>();
        data.find().forEachRemaining(q -> terms.addAll(List.of(q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getObject())));
        assertEquals(true, terms.size() > 1000);
        terms.forEach(NtTermsTest::same);
    }

    @Test
    void awkwardTermsAreWrittenAsJenaWritesThem() {
        for (String s : List.of("", "a \"quoted\" word", "back\\slash", "line\nbreak", "tab\there", "bell\u0007",
                "del\u007f", "nbsp\u00a0", "æøå ÆØÅ", "emoji \uD83D\uDE00", "sep\u2028", "bom\uFEFF", "\uFFFE")) {
            same(NodeFactory.createLiteralString(s));
            same(NodeFactory.createLiteralLang(s, "nb"));
            same(NodeFactory.createLiteralDT(s, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
        }
        for (String iri : List.of("https://example.org/a b", "https://example.org/æ", "https://example.org/{x}",
                "https://example.org/a|b", "https://example.org/q?a=1&b=2#f", "urn:x:y")) {
            same(NodeFactory.createURI(iri));
        }
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < 12; j++) {
                b.append((char) random.nextInt(0x3000));
            }
            same(NodeFactory.createLiteralString(b.toString()));
        }
        same(NodeFactory.createBlankNode("b0"));
    }

    private static void same(Node n) {
        assertEquals(NodeFmtLib.strNT(n), NtTerms.of(n), () -> "term " + n);
    }
}
