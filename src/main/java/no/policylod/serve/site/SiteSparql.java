package no.policylod.serve.site;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.system.Txn;

/**
 * The site's own SPARQL: each query run in a read transaction, its rows copied out.
 *
 * <pre>
 * List&lt;QuerySolution&gt; rows = SiteSparql.select(dataset, SiteSparql.PREFIXES + "SELECT ...");
 * </pre>
 */
final class SiteSparql {

    static final String PREFIXES = """
            PREFIX pl:      <https://w3id.org/policy-lod/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema:  <https://schema.org/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            PREFIX rdf:     <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            """;

    private SiteSparql() {
    }

    /**
     * The rows of a SELECT query over the dataset (default graph: the union of the named graphs), copied inside the
     * read transaction: TDB2 rows resolve their values lazily and cannot be read once the transaction has ended.
     */
    static List<QuerySolution> select(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    /** A row's value as an integer, 0 when unbound. */
    static long count(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLong() : 0;
    }

    /** The single number a {@code SELECT (COUNT(...) AS ?n)} query returns. */
    static long count(Dataset dataset, String query) {
        List<QuerySolution> rows = select(dataset, query);
        return rows.isEmpty() ? 0 : count(rows.get(0), "n");
    }
}
