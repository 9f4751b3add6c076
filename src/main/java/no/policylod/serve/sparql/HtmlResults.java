package no.policylod.serve.sparql;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * A query result as a readable HTML page, for browsers: the query, a table of the rows (or triples), their number,
 * and links to the same result in the other formats.
 *
 * <pre>
 * new HtmlResults(queryText, query.getPrefixMapping(), links).rows(out, rowSet);
 * </pre>
 *
 * @param query      the query as sent, shown folded above the table; null when unknown
 * @param prefixes   the query's prefixes, used to shorten IRIs
 * @param alternates links to the same result in other formats ({@code ?query=…&format=csv}); empty for POSTed queries
 */
record HtmlResults(String query, PrefixMapping prefixes, List<Alternate> alternates) {

    /** A link to the same result in another format. */
    record Alternate(String href, String label) {
    }

    /** A SELECT result. */
    void rows(OutputStream stream, RowSet rows) {
        Writer out = open(stream);
        List<Var> vars = rows.getResultVars();
        Html.write(out, "<table>\n<thead><tr>");
        vars.forEach(v -> Html.write(out, "<th>?" + Html.escape(v.getVarName()) + "</th>"));
        Html.write(out, "</tr></thead>\n<tbody>\n");
        long count = 0;
        while (rows.hasNext()) {
            row(out, rows.next(), vars);
            count++;
        }
        Html.write(out, "</tbody>\n</table>\n<p>" + Html.escape(PageText.get("results.rows", count)) + "</p>\n");
        close(out);
    }

    /** An ASK result. */
    void answer(OutputStream stream, boolean answer) {
        Writer out = open(stream);
        Html.write(out, "<p><strong>" + Html.escape(PageText.get("results.ask", answer)) + "</strong></p>\n");
        close(out);
    }

    /** A CONSTRUCT or DESCRIBE result: one row per triple, with its graph when the result has named graphs. */
    void quads(OutputStream stream, DatasetGraph dataset) {
        Writer out = open(stream);
        boolean named = dataset.listGraphNodes().hasNext();
        Html.write(out, "<table>\n<thead><tr>" + (named ? th("results.head.graph") : "") + th("results.head.subject")
                + th("results.head.predicate") + th("results.head.object") + "</tr></thead>\n<tbody>\n");
        long count = 0;
        for (Iterator<Quad> it = dataset.find(); it.hasNext(); count++) {
            Quad q = it.next();
            Html.write(out, "<tr>" + (named ? td(q.isDefaultGraph() ? null : q.getGraph()) : "") + td(q.getSubject())
                    + td(q.getPredicate()) + td(q.getObject()) + "</tr>\n");
        }
        Html.write(out, "</tbody>\n</table>\n<p>" + Html.escape(PageText.get("results.triples", count)) + "</p>\n");
        close(out);
    }

    private Writer open(OutputStream stream) {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        Html.open(out, PageText.get("results.title"));
        if (query != null) {
            Html.write(out, "<details><summary>" + Html.escape(PageText.get("results.query")) + "</summary><pre>"
                    + Html.escape(query) + "</pre></details>\n");
        }
        return out;
    }

    private void close(Writer out) {
        if (!alternates.isEmpty()) {
            Html.write(out, "<p>" + Html.escape(PageText.get("results.formats")));
            alternates.forEach(a -> Html.write(out,
                    " <a href=\"" + Html.escape(a.href()) + "\">" + Html.escape(a.label()) + "</a>"));
            Html.write(out, "</p>\n");
        }
        Html.close(out);
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(Writer out, Binding row, List<Var> vars) {
        StringBuilder tr = new StringBuilder("<tr>");
        vars.forEach(v -> tr.append(td(row.get(v))));
        Html.write(out, tr.append("</tr>\n").toString());
    }

    private String td(Node node) {
        return "<td>" + Html.term(node, prefixes) + "</td>";
    }

    private static String th(String key) {
        return "<th>" + Html.escape(PageText.get(key)) + "</th>";
    }
}
