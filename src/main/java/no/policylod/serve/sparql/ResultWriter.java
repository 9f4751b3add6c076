package no.policylod.serve.sparql;

import java.io.OutputStream;

import no.policylod.format.Format;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.resultset.ResultsWriter;

/**
 * Writes a query result in one {@link Format}: Jena's writers for the standard formats, {@link HtmlResults} for
 * browsers.
 *
 * <pre>
 * ResultWriter.write(result, Format.CSV, prologue, html, buffer);
 * </pre>
 *
 * The caller has chosen the format from the offers for the result's kind, so every combination asked for exists.
 */
final class ResultWriter {

    private ResultWriter() {
    }

    static void write(QueryExecResult result, Format format, Prologue prologue, SparqlPages html,
                      OutputStream out) {
        if (result.isRowSet()) {
            rows(result.rowSet(), format, prologue, html, out);
        } else if (result.isBoolean()) {
            answer(result.booleanResult(), format, html, out);
        } else if (result.isDataset()) {
            graphs(result.dataset(), format, html, out);
        } else if (result.isGraph()) {
            graphs(DatasetGraphFactory.wrap(result.graph()), format, html, out);
        } else {
            throw new IllegalArgumentException("no writer for this kind of result");
        }
    }

    private static void rows(RowSet rows, Format format, Prologue prologue, SparqlPages html,
                             OutputStream out) {
        switch (format) {
            case HTML -> html.rows(out, rows);
            case TEXT -> RowSetOps.out(out, rows, prologue);
            default -> ResultsWriter.create().lang(tableLang(format)).build().write(out, rows);
        }
    }

    private static void answer(boolean answer, Format format, SparqlPages html, OutputStream out) {
        switch (format) {
            case HTML -> html.answer(out, answer);
            case TEXT -> ResultSetFormatter.out(out, answer);
            default -> ResultsWriter.create().lang(tableLang(format)).build().write(out, answer);
        }
    }

    private static void graphs(DatasetGraph dataset, Format format, SparqlPages html, OutputStream out) {
        if (format == Format.HTML) {
            html.quads(out, dataset);
            return;
        }
        RDFFormat rdf = format.writer();
        if (format.quads()) {
            RDFDataMgr.write(out, dataset, rdf);
        } else {
            RDFDataMgr.write(out, dataset.getDefaultGraph(), rdf);
        }
    }

    private static Lang tableLang(Format format) {
        return switch (format) {
            case SPARQL_JSON -> ResultSetLang.RS_JSON;
            case SPARQL_XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            default -> throw new IllegalArgumentException(format + " is not a SPARQL results format");
        };
    }
}
