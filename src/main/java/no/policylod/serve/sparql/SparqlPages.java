package no.policylod.serve.sparql;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import no.policylod.format.Format;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.Templates;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;

/**
 * The endpoint's pages for people, in the site's layout and the reader's language: a result as a table, and the
 * service description.
 *
 * <pre>
 * SparqlPages pages = new SparqlPages(templates, PageLanguage.of(request), queryText, prefixes, alternates);
 * pages.rows(out, rowSet);
 * </pre>
 *
 * @param templates  the site's templates ({@code sparql/results.peb}, {@code sparql/service.peb})
 * @param page       the reader's language
 * @param query      the query as sent, shown folded above the table; null when unknown
 * @param prefixes   the query's prefixes, to shorten IRIs
 * @param alternates links to the same result in other formats ({@code ?query=…&format=csv}); empty for POSTs
 */
record SparqlPages(Templates templates, PageLanguage page, String query, PrefixMapping prefixes,
                   List<Link> alternates) {

    /** A link with its label. */
    record Link(String href, String label) {
    }

    /** One table cell: the text, a link where the term is an http(s) IRI, a note (language or datatype). */
    record Cell(String text, String href, String note) {
    }

    /** A format as the description page lists it. */
    record Offered(String mediaType, String name) {
    }

    /** A SELECT result. */
    void rows(OutputStream out, RowSet rows) {
        List<Var> vars = rows.getResultVars();
        List<List<Cell>> table = new ArrayList<>();
        while (rows.hasNext()) {
            Binding b = rows.next();
            table.add(vars.stream().map(v -> cell(b.get(v))).toList());
        }
        Map<String, Object> model = model();
        model.put("vars", vars.stream().map(Var::getVarName).toList());
        model.put("rows", table);
        model.put("count", table.size());
        model.put("quads", false);
        write(out, "sparql/results.peb", model);
    }

    /** An ASK result. */
    void answer(OutputStream out, boolean answer) {
        Map<String, Object> model = model();
        model.put("ask", answer);
        write(out, "sparql/results.peb", model);
    }

    /** A CONSTRUCT or DESCRIBE result: one row per triple, with its graph when the result has named graphs. */
    void quads(OutputStream out, DatasetGraph dataset) {
        boolean named = dataset.listGraphNodes().hasNext();
        List<List<Cell>> table = new ArrayList<>();
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); ) {
            Quad q = it.next();
            List<Cell> row = new ArrayList<>();
            if (named) {
                row.add(q.isDefaultGraph() ? new Cell("", null, null) : cell(q.getGraph()));
            }
            row.add(cell(q.getSubject()));
            row.add(cell(q.getPredicate()));
            row.add(cell(q.getObject()));
            table.add(row);
        }
        Map<String, Object> model = model();
        model.put("rows", table);
        model.put("count", table.size());
        model.put("quads", true);
        model.put("named", named);
        write(out, "sparql/results.peb", model);
    }

    /** The service description. */
    void service(OutputStream out, String endpoint, String dumps, QueryLimits limits, boolean textSearch,
                 List<Format> table, List<Format> graph, List<Link> formats) {
        Map<String, Object> model = model();
        model.put("endpoint", endpoint);
        model.put("dumps", dumps);
        model.put("textSearch", textSearch);
        model.put("tableFormats", offered(table));
        model.put("graphFormats", offered(graph));
        model.put("timeout", limits.timeoutSeconds());
        model.put("maxRows", limits.maxRows());
        model.put("maxBytes", Refusals.bytes(limits.maxBytes()));
        model.put("maxRequestBytes", Refusals.bytes(limits.maxRequestBytes()));
        model.put("alternates", formats);
        write(out, "sparql/service.peb", model);
    }

    private static List<Offered> offered(List<Format> formats) {
        return formats.stream().filter(f -> f != Format.HTML).map(f -> new Offered(f.mediaType(), f.fileSuffix()))
                .toList();
    }

    private Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("sparql", query);
        model.put("alternates", alternates);
        return model;
    }

    private void write(OutputStream out, String template, Map<String, Object> model) {
        try {
            out.write(templates.render(template, model, page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An RDF term as the table shows it: IRIs shortened with the prefixes and linked, literals with their tag. */
    private Cell cell(Node node) {
        if (node == null) {
            return new Cell("", null, null);
        }
        if (node.isURI()) {
            String iri = node.getURI();
            String shortForm = prefixes.shortForm(iri);
            String text = shortForm.equals(iri) ? "<" + iri + ">" : shortForm;
            boolean web = iri.startsWith("http://") || iri.startsWith("https://");
            return new Cell(text, web ? iri : null, null);
        }
        if (node.isLiteral()) {
            String language = node.getLiteralLanguage();
            if (!language.isEmpty()) {
                return new Cell(node.getLiteralLexicalForm(), null, "@" + language);
            }
            String datatype = node.getLiteralDatatypeURI();
            boolean plain = datatype == null || datatype.equals(XSDDatatype.XSDstring.getURI())
                    || datatype.equals(RDF.dtLangString.getURI());
            return new Cell(node.getLiteralLexicalForm(), null, plain ? null : "^^" + prefixes.shortForm(datatype));
        }
        return new Cell(node.isBlank() ? "_:" + node.getBlankNodeLabel() : node.toString(), null, null);
    }
}
