package no.policylod.serve.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** The rewrite that makes regular expressions stoppable changes nothing else in a query. */
class StoppableRegexTest {

    @Test
    void everyExampleQueryReadsTheSameAfterTheRewrite() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            Query query = QueryFactory.create(Files.readString(file));
            Query rewritten = StoppableRegex.in(query);
            assertEquals(query.toString(), rewritten.toString(), file.toString());
            boolean hasRegex = query.toString().toLowerCase().contains("regex(");
            assertEquals(!hasRegex, rewritten == query, file + ": rewritten only when it has a REGEX");
        }
    }

    @Test
    void aQueryWithoutRegularExpressionsIsLeftAsItIs() {
        Query query = QueryFactory.create("SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"x\")) }");
        assertSame(query, StoppableRegex.in(query));
    }

    @Test
    void theTextStopsBeingReadOnceCancelled() {
        AtomicBoolean cancelled = new AtomicBoolean();
        CharSequence text = new StoppableRegex.Text("a".repeat(10_000), cancelled, -1, new int[1]);
        for (int i = 0; i < text.length(); i++) {
            assertEquals('a', text.charAt(i));
        }
        cancelled.set(true);
        assertThrows(QueryCancelledException.class, () -> {
            for (int i = 0; i < text.length(); i++) {
                text.charAt(i);
            }
        });
        assertTrue(text.subSequence(2, 5) instanceof StoppableRegex.Text);
    }

    @Test
    void unwatchedAMatcherReadsAtMostItsBudgetAndAnOrdinaryOneIsUnaffected() {
        CharSequence ordinary = StoppableRegex.text("ok 12", null);
        assertTrue(java.util.regex.Pattern.compile("\\d+").matcher(ordinary).find());
        CharSequence bait = StoppableRegex.text("a".repeat(45), null);
        long started = System.nanoTime();
        assertThrows(org.apache.jena.sparql.expr.ExprEvalException.class,
                () -> java.util.regex.Pattern.compile("(.*a){20}x").matcher(bait).find());
        assertTrue(System.nanoTime() - started < 30_000_000_000L, "stopped by its budget, not by the bait ending");
    }
}
