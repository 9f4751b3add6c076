package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import no.policylod.testing.Fixtures;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The example queries as the landing page reads them from the classpath. */
class ExampleQueryTest {

    @Test
    void readsTheHeaderComment() {
        ExampleQuery q = ExampleQuery.parse("x", """
                # Money by year
                #
                # Answers: how much money the documents mention,
                # added up per year.
                #
                # Reading the results: one row per year.
                #
                # Parameters: none. Uncomment the FILTER line.

                SELECT * { ?s ?p ?o }
                """);
        assertEquals("Money by year", q.title());
        assertEquals("How much money the documents mention, added up per year.", q.description());
        assertEquals("None. Uncomment the FILTER line.", q.parameters());
        assertEquals("SELECT * { ?s ?p ?o }\n", q.body());
    }

    @Test
    void findsEveryQueryOnTheClasspath() throws IOException {
        List<ExampleQuery> all = ExampleQuery.all();
        try (Stream<Path> files = Files.list(Fixtures.resource(ExampleQuery.FOLDER))) {
            assertEquals(files.filter(f -> f.toString().endsWith(".rq")).count(), all.size());
        }
        assertTrue(all.size() >= 11, "the queries of queries/README.md");
        for (ExampleQuery q : all) {
            assertFalse(q.title().isBlank(), q.name());
            assertFalse(q.description().isBlank(), q.name());
            QueryFactory.create(q.body());
        }
        assertEquals(all.stream().map(ExampleQuery::name).sorted().toList(),
                all.stream().map(ExampleQuery::name).toList());
        assertNull(ExampleQuery.named("no-such-query"));
    }

    @Test
    void opensInTheQueryEditorByName() {
        ExampleQuery q = ExampleQuery.named("budget-amounts");
        assertEquals("/query?example=budget-amounts", q.editorHref());
        assertFalse(q.csvHref().contains("+"), "spaces as %20, so no decoder can take + for a space");
        assertTrue(q.csvHref().startsWith("/sparql?output=csv&query=PREFIX"),
                "the results link leaves the comment out: " + q.csvHref());
    }
}
