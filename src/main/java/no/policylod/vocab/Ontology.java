package no.policylod.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology and the SHACL shapes as shipped on the classpath ({@code ontology/*.ttl} in the repository).
 *
 * <pre>
 * Graph ontology = Ontology.ontology();
 * Graph shapes = Ontology.shapes();
 * </pre>
 */
public final class Ontology {

    public static final String ONTOLOGY_RESOURCE = "/policylod/ontology/policy-lod.ttl";
    public static final String SHAPES_RESOURCE = "/policylod/ontology/shapes.ttl";

    private Ontology() {
    }

    /** A fresh copy of the ontology graph. */
    public static Graph ontology() {
        return read(ONTOLOGY_RESOURCE);
    }

    /** A fresh copy of the shapes graph. */
    public static Graph shapes() {
        return read(SHAPES_RESOURCE);
    }

    private static Graph read(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
