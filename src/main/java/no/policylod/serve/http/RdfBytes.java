package no.policylod.serve.http;

import java.io.ByteArrayOutputStream;
import java.util.List;

import no.policylod.dump.CanonicalRdf;
import no.policylod.format.Format;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Serialises a graph in any RDF format of {@link Format}, deterministically: the same triples give the same bytes,
 * so the ETag of a description changes only when the description does.
 *
 * <pre>
 * byte[] turtle = RdfBytes.write(graph, prefixes, Format.TURTLE);
 * </pre>
 *
 * <p>The triples are sorted (once), then written with the format's streaming writer ({@link Format#writer()}, the same as
 * the dumps'); JSON-LD and RDF/XML, which have no streaming writer, from a graph filled in sorted order.
 */
public final class RdfBytes {

    private RdfBytes() {
    }

    /** The graph in a format, in canonical order. */
    public static byte[] write(Graph graph, PrefixMapping prefixes, Format format) {
        List<Triple> sorted = CanonicalRdf.sortedTriples(graph);
        if (format.isRdf() && format != Format.RDF_XML && format.writer() != RDFFormat.JSONLD11) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CanonicalRdf.writeSortedTriples(sorted, prefixes, format.writer(), out);   // sorted once, streamed
            return out.toByteArray();
        }
        return write(sorted, prefixes, format);
    }

    /** Triples already sorted, in a format. */
    public static byte[] write(List<Triple> sortedTriples, PrefixMapping prefixes, Format format) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException(format.label() + " is not an RDF format");
        }
        Graph ordered = GraphFactory.createDefaultGraph();
        sortedTriples.forEach(ordered::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format == Format.RDF_XML) {
            ordered.getPrefixMapping().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, ordered, RDFFormat.RDFXML_PLAIN);
        } else {
            CanonicalRdf.write(DatasetGraphFactory.wrap(ordered), prefixes, format.writer(), out);
        }
        return out.toByteArray();
    }
}
