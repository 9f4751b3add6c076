package no.policylod.serve.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.policylod.serve.ReaderLanguage;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * The names of the ministries ({@code skos:prefLabel}) in the reader's language, else the next of the reader's
 * languages, by IRI.
 *
 * <pre>
 * MinistryNames.read(dataset, ReaderLanguage.ENGLISH);   // ".../ministry/fd" -&gt; "Ministry of Defence"
 * MinistryNames.read(dataset, ReaderLanguage.NYNORSK);   // ".../ministry/fd" -&gt; "Forsvarsdepartementet"
 * </pre>
 */
final class MinistryNames {

    private MinistryNames() {
    }

    static Map<String, String> read(Dataset dataset, ReaderLanguage reader) {
        Map<String, String> names = new HashMap<>();
        List<String> order = new ArrayList<>(reader.labelOrder());
        Collections.reverse(order);
        for (String lang : order) {
            for (QuerySolution row : SiteSparql.select(dataset, """
                    SELECT ?ministry (MIN(?label) AS ?name) {
                      ?ministry a pl:Ministry ; skos:prefLabel ?label FILTER(lang(?label) = "%s")
                    } GROUP BY ?ministry""".formatted(lang))) {
                names.put(row.getResource("ministry").getURI(), row.getLiteral("name").getString());
            }
        }
        return names;
    }
}
