package no.policylod.serve.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashSet;
import java.util.Set;

import no.policylod.dump.CanonicalRdf;
import no.policylod.format.Format;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.Namespaces;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/**
 * A graph is written with one sort of its triples; the bytes are those of the canonical writer given the graph as a
 * dataset (which sorts it itself), in every streaming format, for the description of every subject of the seed
 * pages (with the triples of what it links to, blank nodes included).
 */
class RdfBytesTest {

    @Test
    void theSameBytesAsTheCanonicalWriter() {
        DatasetGraph data = Fixtures.convert("pages/seeds");
        Graph union = data.getUnionGraph();
        PrefixMapping prefixes = Namespaces.prefixes(Fixtures.BASE);
        Set<Node> subjects = new LinkedHashSet<>();
        union.find().forEachRemaining(t -> subjects.add(t.getSubject()));
        assertTrue(subjects.size() > 30);
        for (Node subject : subjects) {
            Graph description = GraphFactory.createDefaultGraph();
            union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                description.add(t);
                union.find(t.getObject(), Node.ANY, Node.ANY).forEachRemaining(description::add);
            });
            for (Format format : Format.values()) {
                if (format.isRdf() && format != Format.RDF_XML && format != Format.JSON_LD) {
                    ByteArrayOutputStream expected = new ByteArrayOutputStream();
                    CanonicalRdf.write(DatasetGraphFactory.wrap(description), prefixes, format.writer(), expected);
                    assertArrayEquals(expected.toByteArray(), RdfBytes.write(description, prefixes, format),
                            format + " of " + subject);
                }
            }
        }
    }
}
