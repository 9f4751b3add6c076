package no.policylod.serve.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.policylod.serve.ReaderLanguage;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * What a list of documents shows of each: title, kind, date, publisher, official number, and where its page is.
 *
 * <pre>
 * List&lt;DocumentSummary&gt; docs = DocumentSummary.read(dataset, links, List.of(iri1, iri2), ReaderLanguage.NYNORSK);
 * docs.get(0).title();   // in nynorsk when the data has it, else bokmål, else English
 * </pre>
 *
 * @param iri        the document's IRI
 * @param href       its page on this server ({@code /doc/...}), or the IRI itself
 * @param title      its title in the first of the reader's languages it has (the smallest of several in one)
 * @param lang       the title's language tag
 * @param kind       the message key of its most specific kind ({@code term.pl.NewsStory}), or null
 * @param issued     its date as {@code YYYY-MM-DD} (the latest, should snapshots disagree), or null; templates write
 *                   it with {@code | day}
 * @param publishers the names of its publishers in the reader's language, sorted
 * @param identifier its official number ("Meld. St. 32 (2015–2016)"), or null
 */
record DocumentSummary(String iri, String href, String title, String lang, String kind, String issued,
                       List<String> publishers, String identifier) {

    /** What is read of each document, looked up in the store by document and property. */
    private static final List<Node> PROPERTIES = List.of(DCTerms.title.asNode(), RDF.type.asNode(),
            DCTerms.issued.asNode(), DCTerms.publisher.asNode(), DCTerms.identifier.asNode());

    /** The summaries of the documents, in the order given; a document the store does not know has only its IRI. */
    static List<DocumentSummary> read(Dataset dataset, LocalLinks links, List<String> iris, ReaderLanguage reader) {
        return read(dataset, links, iris, reader, MinistryNames.read(dataset, reader));
    }

    /** The same, with the ministries' names in the reader's language already read ({@link MinistryNames}). */
    static List<DocumentSummary> read(Dataset dataset, LocalLinks links, List<String> iris, ReaderLanguage reader,
                                      Map<String, String> ministries) {
        if (iris.isEmpty()) {
            return List.of();
        }
        Map<String, Facts> facts = new LinkedHashMap<>();
        iris.forEach(iri -> facts.put(iri, new Facts()));
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.asDatasetGraph().getUnionGraph();
            Model values = ModelFactory.createDefaultModel();
            facts.forEach((iri, found) -> {
                Node doc = NodeFactory.createURI(iri);
                for (Node p : PROPERTIES) {
                    union.find(doc, p, Node.ANY).forEachRemaining(t -> found.add(p.getLocalName(),
                            values.asRDFNode(t.getObject())));
                }
            });
        });
        return iris.stream().map(iri -> facts.get(iri).summary(iri, links, ministries, reader.labelOrder()))
                .toList();
    }

    /** The values found for one document, by property local name. */
    private static final class Facts {
        private final List<RDFNode> titles = new ArrayList<>();
        private final List<String> kinds = new ArrayList<>();
        private final List<String> dates = new ArrayList<>();
        private final List<String> publishers = new ArrayList<>();
        private final List<String> identifiers = new ArrayList<>();

        void add(String property, RDFNode value) {
            switch (property) {
                case "title" -> titles.add(value);
                case "type" -> kinds.add(value.asResource().getURI());
                case "issued" -> dates.add(value.asLiteral().getLexicalForm());
                case "publisher" -> publishers.add(value.isURIResource() ? value.asResource().getURI() : "");
                case "identifier" -> identifiers.add(value.asLiteral().getLexicalForm());
                default -> { }
            }
        }

        DocumentSummary summary(String iri, LocalLinks links, Map<String, String> ministries, List<String> order) {
            RDFNode title = preferredTitle(order);
            String kind = DocumentKinds.mostSpecific(kinds);
            return new DocumentSummary(iri, links.pageOrIri(iri),
                    title == null ? iri : title.asLiteral().getLexicalForm(),
                    title == null ? null : title.asLiteral().getLanguage(),
                    kind == null ? null : DocumentKinds.key(kind),
                    dates.stream().max(String::compareTo).orElse(null),
                    publishers.stream().map(p -> ministries.getOrDefault(p, p)).distinct().sorted().toList(),
                    identifiers.stream().min(String::compareTo).orElse(null));
        }

        private RDFNode preferredTitle(List<String> order) {
            for (String lang : order) {
                RDFNode best = titles.stream().filter(t -> t.isLiteral() && t.asLiteral().getLanguage().equals(lang))
                        .min((a, b) -> a.asLiteral().getLexicalForm().compareTo(b.asLiteral().getLexicalForm()))
                        .orElse(null);
                if (best != null) {
                    return best;
                }
            }
            return titles.isEmpty() ? null : titles.get(0);
        }
    }
}
