package no.policylod.serve.ld;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

import no.policylod.vocab.Prov;

/**
 * Everything the server says about one resource: its own triples, the labels of what it links to and of what
 * links to it, one page of inbound links, the snapshots (named graphs) its triples come from, and for a document
 * the budget amounts stated in it.
 *
 * <pre>
 * Description d = describer.describe(iri, 1);
 * Graph rdf = d.toGraph(docIri);     // what the RDF representations serialise
 * </pre>
 *
 * @param resource    the resource described
 * @param own         its own triples (resource as subject), every snapshot merged
 * @param labels      {@code dcterms:title}, {@code rdfs:label}, {@code skos:prefLabel} of linked resources
 * @param inbound     one page of triples with the resource as object
 * @param page        the page of inbound links, from 1
 * @param moreInbound whether a next page of inbound links exists
 * @param snapshots   the snapshot graphs holding its own triples, newest first
 * @param amounts     budget amounts stated in the resource ({@code pl:statedIn}), each with its triples
 */
public record Description(Node resource, List<Triple> own, List<Triple> labels, List<Triple> inbound, int page,
                          boolean moreInbound, List<Snapshot> snapshots, Map<Node, List<Triple>> amounts) {

    private static final Node PRIMARY_TOPIC = NodeFactory.createURI("http://xmlns.com/foaf/0.1/primaryTopic");
    private static final Node FOAF_DOCUMENT = NodeFactory.createURI("http://xmlns.com/foaf/0.1/Document");

    /** One named graph the resource's triples come from, with its provenance (null where not stated). */
    public record Snapshot(Node graph, Node source, Node time, Node fileName, List<Triple> facts) {
        /** When the snapshot was taken, if its metadata says. */
        public Optional<Instant> instant() {
            return Optional.ofNullable(time).flatMap(Literals::instant);
        }
    }

    /** The newest time of the snapshots the resource appears in, if any states one. */
    public Optional<Instant> newest() {
        return snapshots.stream().map(Snapshot::instant).flatMap(Optional::stream).max(Instant::compareTo);
    }

    /**
     * The description as one graph: the triples above, the provenance of each snapshot, and three triples about
     * the description document itself ({@code a foaf:Document; foaf:primaryTopic; prov:wasDerivedFrom} each graph).
     */
    public Graph toGraph(String documentIri) {
        Graph graph = GraphFactory.createDefaultGraph();
        own.forEach(graph::add);
        labels.forEach(graph::add);
        inbound.forEach(graph::add);
        amounts.values().forEach(triples -> triples.forEach(graph::add));
        Node document = NodeFactory.createURI(documentIri);
        graph.add(Triple.create(document, RDF.type.asNode(), FOAF_DOCUMENT));
        graph.add(Triple.create(document, PRIMARY_TOPIC, resource));
        for (Snapshot s : snapshots) {
            graph.add(Triple.create(document, Prov.wasDerivedFrom.asNode(), s.graph()));
            s.facts().forEach(graph::add);
        }
        return graph;
    }
}
