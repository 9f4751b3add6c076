package no.policylod.serve.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/**
 * The numbers on the landing page, each one SPARQL count over the union of the snapshots.
 *
 * <pre>
 * DatasetCounts counts = DatasetCounts.read(dataset);
 * counts.documents();   // distinct documents of any kind
 * </pre>
 *
 * @param documents  documents of any of the ten kinds, each once
 * @param byKind     documents per kind, in {@link DocumentKinds#ORDER}, kinds without documents left out (a document
 *                   typed with two kinds counts under both)
 * @param amounts    budget amounts ({@code pl:BudgetAmount})
 * @param snapshots  page snapshots ({@code pl:Snapshot})
 * @param ministries ministries in the reference table ({@code pl:Ministry})
 * @param publishing ministries named as publisher of at least one document
 * @param firstSnapshot the earliest {@code prov:generatedAtTime} date ({@code YYYY-MM-DD}), or null
 * @param lastSnapshot  the latest one, or null
 */
record DatasetCounts(long documents, List<KindCount> byKind, long amounts, long snapshots, long ministries,
                     long publishing, String firstSnapshot, String lastSnapshot) {

    /** Length in pixels of the bar of the most common kind. */
    static final int BAR = 160;

    /**
     * How many documents of one kind; {@code key} is the message key of its name, {@code bar} its bar's length, the
     * most common kind's being {@link #BAR}.
     */
    record KindCount(String iri, String key, long count, long bar) {
    }

    static DatasetCounts read(Dataset dataset) {
        String kinds = DocumentKinds.values("class");
        List<QuerySolution> times = SiteSparql.select(dataset,
                "SELECT (MIN(?t) AS ?first) (MAX(?t) AS ?last) { ?s a pl:Snapshot ; prov:generatedAtTime ?t }");
        return new DatasetCounts(
                SiteSparql.count(dataset, "SELECT (COUNT(DISTINCT ?doc) AS ?n) { " + kinds + " ?doc a ?class }"),
                byKind(dataset, kinds),
                SiteSparql.count(dataset, "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a pl:BudgetAmount }"),
                SiteSparql.count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a pl:Snapshot }"),
                SiteSparql.count(dataset, "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a pl:Ministry }"),
                SiteSparql.count(dataset,
                        "SELECT (COUNT(DISTINCT ?m) AS ?n) { ?doc dcterms:publisher ?m . ?m a pl:Ministry }"),
                date(times, "first"), date(times, "last"));
    }

    private static List<KindCount> byKind(Dataset dataset, String kinds) {
        Map<String, Long> counts = new HashMap<>();
        for (QuerySolution row : SiteSparql.select(dataset,
                "SELECT ?class (COUNT(DISTINCT ?doc) AS ?n) { " + kinds + " ?doc a ?class } GROUP BY ?class")) {
            counts.put(row.getResource("class").getURI(), SiteSparql.count(row, "n"));
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        List<KindCount> byKind = new ArrayList<>();
        for (Resource kind : DocumentKinds.ORDER) {
            long n = counts.getOrDefault(kind.getURI(), 0L);
            if (n > 0) {
                byKind.add(new KindCount(kind.getURI(), DocumentKinds.key(kind.getURI()), n,
                        Math.max(1, Math.round((double) n * BAR / max))));
            }
        }
        return List.copyOf(byKind);
    }

    private static String date(List<QuerySolution> rows, String var) {
        if (rows.isEmpty() || !rows.get(0).contains(var)) {
            return null;
        }
        String lexical = rows.get(0).getLiteral(var).getLexicalForm();
        return lexical.length() >= 10 ? lexical.substring(0, 10) : lexical;
    }
}
