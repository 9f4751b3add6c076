package no.policylod.serve.site;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import no.policylod.serve.ReaderLanguage;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * The NOK amounts the texts mention, added up per year ({@code pl:year}) and per ministry that published the
 * document stating them ({@code dcterms:publisher} of the {@code pl:statedIn} document).
 *
 * <pre>
 * List&lt;AmountGroup&gt; groups = AmountGroup.read(dataset, reader);   // sorted by year, then ministry IRI
 * </pre>
 *
 * <p>A sum of mentions, not a budget: a total and its parts, both ends of a range and the same amount in two
 * documents are all added as they stand (as in {@code queries/amounts-by-year-and-ministry.rq}). An amount stated in
 * a document with two publishers counts under both. Amounts whose sentence names no year are not grouped.
 *
 * @param year      the year, e.g. "2022"
 * @param ministry  the publisher's IRI, or null when the document names none
 * @param name      the publisher's name in the reader's language, or null when the document names none (templates
 *                  write {@code chart.noPublisher})
 * @param amounts   how many amounts were added up
 * @param total     their sum, in NOK
 */
record AmountGroup(String year, String ministry, String name, long amounts, BigDecimal total) {

    static final String CURRENCY = "NOK";

    static final String QUERY = """
            SELECT ?year ?publisher (COUNT(DISTINCT ?amount) AS ?n) (SUM(?value) AS ?total) {
              { SELECT DISTINCT ?amount ?value ?year ?publisher {
                  ?amount a pl:BudgetAmount ; schema:value ?value ; schema:currency "NOK" ; pl:year ?year .
                  OPTIONAL { ?amount pl:statedIn ?doc . ?doc dcterms:publisher ?publisher }
              } }
            } GROUP BY ?year ?publisher ORDER BY ?year ?publisher""";

    static List<AmountGroup> read(Dataset dataset, ReaderLanguage reader) {
        return named(sums(dataset), MinistryNames.read(dataset, reader));
    }

    /** The sums per year and publisher, without names: the same in every language. */
    static List<QuerySolution> sums(Dataset dataset) {
        return SiteSparql.select(dataset, QUERY);
    }

    /** The groups of {@link #sums}, each publisher named from {@code names} (by IRI). */
    static List<AmountGroup> named(List<QuerySolution> sums, Map<String, String> names) {
        return sums.stream().map(row -> of(row, names)).toList();
    }

    private static AmountGroup of(QuerySolution row, Map<String, String> names) {
        String ministry = row.contains("publisher") ? row.getResource("publisher").getURI() : null;
        String name = ministry == null ? null : names.getOrDefault(ministry, ministry);
        return new AmountGroup(row.getLiteral("year").getLexicalForm(), ministry, name,
                SiteSparql.count(row, "n"), new BigDecimal(row.getLiteral("total").getLexicalForm()));
    }

    /** NOK amounts that name no year, so are in no group. */
    static long withoutYear(Dataset dataset) {
        return SiteSparql.count(dataset, """
                SELECT (COUNT(DISTINCT ?a) AS ?n) {
                  ?a a pl:BudgetAmount ; schema:currency "NOK" FILTER NOT EXISTS { ?a pl:year ?y } }""");
    }

    /** Amounts in other currencies than NOK, so in no group. */
    static long otherCurrencies(Dataset dataset) {
        return SiteSparql.count(dataset, """
                SELECT (COUNT(DISTINCT ?a) AS ?n) {
                  ?a a pl:BudgetAmount ; schema:currency ?c FILTER(?c != "NOK") }""");
    }
}
