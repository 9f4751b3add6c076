package no.policylod.serve.ld;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import no.policylod.dump.CanonicalRdf;

/**
 * Serialises triples in one of the RDF formats, deterministically: the same triples give the same bytes, so the
 * ETag of a description changes only when the description does.
 *
 * <pre>
 * byte[] turtle = RdfBytes.write(graph, Namespaces.prefixes(base), Format.TURTLE);
 * </pre>
 *
 * <p>Turtle, N-Triples and JSON-LD go through the dumps' {@link CanonicalRdf} (sorted, streamed); RDF/XML is written
 * plainly (no nesting) from a graph filled in sorted order.
 */
final class RdfBytes {

    private RdfBytes() {
    }

    static byte[] write(Graph graph, PrefixMapping prefixes, Format format) {
        return write(Describer.sorted(graph.find().toList()), prefixes, format);
    }

    static byte[] write(List<Triple> sortedTriples, PrefixMapping prefixes, Format format) {
        Graph ordered = GraphFactory.createDefaultGraph();
        sortedTriples.forEach(ordered::add);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case TURTLE -> CanonicalRdf.write(DatasetGraphFactory.wrap(ordered), prefixes, RDFFormat.TURTLE_BLOCKS, out);
            case N_TRIPLES -> CanonicalRdf.write(DatasetGraphFactory.wrap(ordered), prefixes, RDFFormat.NTRIPLES_UTF8,
                    out);
            case JSON_LD -> CanonicalRdf.write(DatasetGraphFactory.wrap(ordered), prefixes, RDFFormat.JSONLD11, out);
            case RDF_XML -> {
                ordered.getPrefixMapping().setNsPrefixes(prefixes);
                RDFDataMgr.write(out, ordered, RDFFormat.RDFXML_PLAIN);
            }
            case HTML -> throw new IllegalArgumentException("HTML is not an RDF format");
        }
        return out.toByteArray();
    }
}
