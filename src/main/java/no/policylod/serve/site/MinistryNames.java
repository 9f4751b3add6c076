package no.policylod.serve.site;

import no.policylod.convert.model.Ministry;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * The English names of the ministries ({@code skos:prefLabel@en}), by IRI.
 *
 * <pre>
 * Map&lt;String, String&gt; names = MinistryNames.read(dataset);   // ".../ministry/fd" -&gt; "Ministry of Defence"
 * </pre>
 */
final class MinistryNames {

    private MinistryNames() {
    }

    static Map<String, String> read(Dataset dataset) {
        Map<String, String> names = new HashMap<>();
        for (QuerySolution row : SiteSparql.select(dataset, """
                SELECT ?ministry (MIN(?label) AS ?name) {
                  ?ministry a pl:Ministry ; skos:prefLabel ?label FILTER(lang(?label) = "en")
                } GROUP BY ?ministry""")) {
            names.put(row.getResource("ministry").getURI(), row.getLiteral("name").getString());
        }
        return names;
    }
}
