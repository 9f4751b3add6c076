package no.policylod.serve.sparql;


import no.policylod.vocab.PL;
import no.policylod.format.Format;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The SPARQL 1.1 Service Description of the endpoint (https://www.w3.org/TR/sparql11-service-description/) as RDF.
 *
 * <pre>
 * Graph sd = ServiceDescription.graph("http://localhost:3030/sparql", limits, true);
 * // &lt;…/sparql#service&gt; a sd:Service; sd:endpoint &lt;…/sparql&gt;; sd:supportedLanguage sd:SPARQL11Query; …
 * </pre>
 *
 * <p>It states the result formats (W3C format IRIs), the union default graph, the {@code text:query} property function
 * when the dataset has a text index, and the limits in the policy-lod ontology ({@code pl:queryTimeout},
 * {@code pl:maxResultRows}, {@code pl:maxResultBytes}, {@code pl:maxRequestBytes}), for which no standard term exists.
 * {@code text:query} is a property function, not a function: {@code sd:extensionFunction} is for functions called in
 * expressions, so it is stated as an {@code sd:languageExtension}, an {@code sd:Feature}.
 */
final class ServiceDescription {

    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    static final String TEXT_QUERY = "http://jena.apache.org/text#query";


    private ServiceDescription() {
    }

    /** The description of the service at {@code endpoint} (an absolute URL). */
    static Graph graph(String endpoint, QueryLimits limits, boolean textSearch) {
        Graph g = GraphFactory.createDefaultGraph();
        prefixes(g);
        Node service = iri(endpoint + "#service");
        g.add(service, RDF.type.asNode(), sd("Service"));
        g.add(service, sd("endpoint"), iri(endpoint));
        g.add(service, sd("supportedLanguage"), sd("SPARQL11Query"));
        for (Format f : Format.sparqlAnswers()) {
            f.standard().ifPresent(standard -> g.add(service, sd("resultFormat"), iri(standard.w3cIri())));
        }
        g.add(service, sd("feature"), sd("UnionDefaultGraph"));
        g.add(service, sd("defaultEntailmentRegime"), iri("http://www.w3.org/ns/entailment/Simple"));
        if (textSearch) {
            textQuery(g, service);
        }
        limits(g, service, limits);
        return g;
    }

    private static void textQuery(Graph g, Node service) {
        Node textQuery = iri(TEXT_QUERY);
        g.add(service, sd("languageExtension"), textQuery);
        g.add(textQuery, RDF.type.asNode(), sd("Feature"));
        g.add(textQuery, RDFS.label.asNode(), NodeFactory.createLiteralLang("text:query", "en"));
        g.add(textQuery, RDFS.comment.asNode(), NodeFactory.createLiteralLang(
                "Apache Jena full-text search: a property function, ?s text:query 'words' "
                        + "(PREFIX text: <http://jena.apache.org/text#>)", "en"));
    }

    private static void limits(Graph g, Node service, QueryLimits limits) {
        g.add(service, PL.queryTimeout.asNode(),
                NodeFactory.createLiteralDT(limits.timeout().toString(), XSDDatatype.XSDduration));
        g.add(service, PL.maxResultRows.asNode(), integer(limits.maxRows()));
        g.add(service, PL.maxResultBytes.asNode(), integer(limits.maxBytes()));
        g.add(service, PL.maxRequestBytes.asNode(), integer(limits.maxRequestBytes()));
    }

    private static void prefixes(Graph g) {
        g.getPrefixMapping()
                .setNsPrefix("sd", SD)
                .setNsPrefix("pl", PL.NS)
                .setNsPrefix("formats", Format.W3C_FORMATS)
                .setNsPrefix("text", "http://jena.apache.org/text#")
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", XSD.getURI());
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Node sd(String local) {
        return iri(SD + local);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
