package no.policylod.serve.site;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.system.Txn;

/**
 * The tests' own SPARQL over the store, written apart from the site's queries so that a page is checked against an
 * independent count.
 *
 * <pre>
 * long n = TestSparql.count(dataset, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a pl:BudgetAmount }");
 * </pre>
 */
final class TestSparql {

    static final String PREFIXES = """
            PREFIX pl: <https://w3id.org/policy-lod/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX text: <http://jena.apache.org/text#>
            """;

    private TestSparql() {
    }

    static List<QuerySolution> select(Dataset dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                ResultSetFactory.copyResults(qe.execSelect()).forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static long count(Dataset dataset, String query) {
        return select(dataset, query).get(0).getLiteral("n").getLong();
    }
}
