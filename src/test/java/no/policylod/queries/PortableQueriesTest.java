package no.policylod.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Analysts run the queries in {@code queries/} unchanged on other SPARQL 1.1 engines, so each must mean the same
 * everywhere: every query not marked "Jena only" gives the same answer on Jena and on Python rdflib, an independent
 * engine, over the data of {@link QueriesTest} (same variables, same rows as a multiset, numbers by value).
 */
class PortableQueriesTest {

    private static Store store;
    private static Map<String, RdflibSparql.Outcome> rdflib;

    @BeforeAll
    static void buildStore() {
        store = Fixtures.store(Fixtures.tempDir("portable-queries"), "pages/seeds", "pages/topic-with-url");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Set<String> portable() throws URISyntaxException {
        return QueriesTest.queryFiles().stream().filter(QueryResult::portable)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void onlyTheFullTextSearchIsJenaOnly() throws URISyntaxException {
        Set<String> jenaOnly = QueriesTest.queryFiles().stream().filter(n -> !QueryResult.portable(n))
                .collect(Collectors.toSet());
        assertEquals(Set.of("full-text-search"), jenaOnly);
        for (String name : QueriesTest.queryFiles()) {
            assertEquals(!QueryResult.text(name).contains("jena.apache.org"), QueryResult.portable(name),
                    name + ".rq: a query using a Jena namespace must say it is Jena only, and only such a query");
        }
    }

    /** GROUP_CONCAT leaves the order of what it joins to the engine, so those values compare as sorted lists. */
    @Test
    void comparesJoinedValuesInAnyOrder() {
        assertEquals(Map.of("files", " | "),
                Answer.groupConcats(QueryResult.parse("documents-listed-in-several-snapshots")));
        assertEquals(Map.of("kind", " | ", "title", " | ", "issued", " | "),
                Answer.groupConcats(QueryResult.parse("document-provenance")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portable")
    void isStandardSparql11(String name) {
        QueryFactory.create(QueryResult.text(name), Syntax.syntaxSPARQL_11);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("portable")
    void givesTheSameAnswerOnRdflib(String name) throws URISyntaxException {
        RdflibSparql.Outcome other = rdflib().get(name);
        assertNull(other.error(), name + ".rq fails on rdflib");
        Answer jena = jena(name);
        assertFalse(jena.rows().isEmpty(), name + ".rq has rows to compare");
        assertEquals(jena.vars(), other.answer().vars(), name + ".rq: the variables");
        assertTrue(jena.equals(other.answer()), name + ".rq answers differently on rdflib.\nonly on Jena:\n  "
                + String.join("\n  ", jena.missingFrom(other.answer())) + "\nonly on rdflib:\n  "
                + String.join("\n  ", other.answer().missingFrom(jena)));
    }

    private static Answer jena(String name) {
        return Txn.calculateRead(store.dataset(), () -> {
            Query query = QueryResult.parse(name);
            try (QueryExecution qe = QueryExecution.create(query, store.dataset())) {
                return Answer.of(qe.execSelect(), Answer.groupConcats(query));
            }
        });
    }

    /** Every portable query's outcome on rdflib, from one run; skips (fails on CI) without rdflib. */
    private static synchronized Map<String, RdflibSparql.Outcome> rdflib() throws URISyntaxException {
        RdflibSparql.requireInstalled();
        if (rdflib == null) {
            Map<String, String> queries = new LinkedHashMap<>();
            portable().forEach(name -> queries.put(name, QueryResult.text(name)));
            rdflib = RdflibSparql.run(store.dataset(), queries);
        }
        return rdflib;
    }
}
