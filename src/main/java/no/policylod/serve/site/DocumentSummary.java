package no.policylod.serve.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * What a list of documents shows of each: title, kind, date, publisher, official number, and where its page is.
 *
 * <pre>
 * List&lt;DocumentSummary&gt; docs = DocumentSummary.read(dataset, links, List.of(iri1, iri2));
 * docs.get(0).title();   // in English when the data has it, else bokmål, else nynorsk
 * </pre>
 *
 * @param iri        the document's IRI
 * @param href       its page on this server ({@code /doc/...}), or the IRI itself
 * @param title      its title, preferring en, then nb, then nn (the smallest of several in one language)
 * @param lang       the title's language tag
 * @param kind       the label of its most specific kind ("News story"), or null
 * @param issued     its date as {@code YYYY-MM-DD} (the latest, should snapshots disagree), or null
 * @param publishers the English names of its publishers, sorted
 * @param identifier its official number ("Meld. St. 32 (2015–2016)"), or null
 */
record DocumentSummary(String iri, String href, String title, String lang, String kind, String issued,
                       List<String> publishers, String identifier) {

    private static final List<String> TITLE_LANGUAGES = List.of("en", "nb", "nn");
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The date as people read it ("14 March 2025"), or null. */
    public String issuedText() {
        if (issued == null) {
            return null;
        }
        try {
            return LocalDate.parse(issued).format(DISPLAY);
        } catch (DateTimeParseException e) {
            return issued;
        }
    }

    /** The summaries of the documents, in the order given; a document the store does not know has only its IRI. */
    static List<DocumentSummary> read(Dataset dataset, LocalLinks links, List<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        Map<String, Facts> facts = new LinkedHashMap<>();
        iris.forEach(iri -> facts.put(iri, new Facts()));
        for (QuerySolution row : SiteSparql.select(dataset, query(iris))) {
            facts.get(row.getResource("doc").getURI()).add(row.getResource("p").getLocalName(), row.get("o"));
        }
        Map<String, String> ministries = MinistryNames.read(dataset);
        return iris.stream().map(iri -> facts.get(iri).summary(iri, links, ministries)).toList();
    }

    private static String query(List<String> iris) {
        String values = iris.stream().map(iri -> NodeFmtLib.strNT(NodeFactory.createURI(iri)))
                .collect(Collectors.joining(" "));
        return "SELECT ?doc ?p ?o { VALUES ?doc { " + values + " } "
                + "VALUES ?p { dcterms:title rdf:type dcterms:issued dcterms:publisher dcterms:identifier } "
                + "?doc ?p ?o }";
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

        DocumentSummary summary(String iri, LocalLinks links, Map<String, String> ministries) {
            RDFNode title = preferredTitle();
            String kind = DocumentKinds.mostSpecific(kinds);
            return new DocumentSummary(iri, links.pageOrIri(iri),
                    title == null ? iri : title.asLiteral().getLexicalForm(),
                    title == null ? null : title.asLiteral().getLanguage(),
                    kind == null ? null : DocumentKinds.label(kind),
                    dates.stream().max(String::compareTo).orElse(null),
                    publishers.stream().map(p -> ministries.getOrDefault(p, p)).distinct().sorted().toList(),
                    identifiers.stream().min(String::compareTo).orElse(null));
        }

        private RDFNode preferredTitle() {
            for (String lang : TITLE_LANGUAGES) {
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
