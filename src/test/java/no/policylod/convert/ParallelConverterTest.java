package no.policylod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class ParallelConverterTest {

    private static final UriPolicy URIS = new UriPolicy("https://w3id.org/policy-lod");

    @Test
    void manyThreadsGiveWhatOneGivesInInputOrder() {
        List<PageSnapshot> pages = new SnapshotReader().read(List.of(Path.of("data")), ProblemSink.collecting());
        assertEquals(converted(pages, 1), converted(pages, 3));
    }

    @Test
    void anErrorOnOnePageIsThatPagesFailureAndTheOthersGoOn() {
        List<PageSnapshot> pages = List.of(PageSnapshot.of("a.txt", "Security policy\n\nA first page.\n", null,
                null), PageSnapshot.of("b.txt", "Defence\n\nA second page.\n", null, null),
                PageSnapshot.of("c.txt", "Oceans\n\nA third page.\n", null, null));
        for (int threads : new int[] {1, 2}) {
            List<String> seen = new ArrayList<>();
            new ParallelConverter(URIS, threads).convert(pages, result -> {
                if (result.failure() == null && result.page().name().equals("b.txt")) {
                    throw new StackOverflowError();
                }
                return result;
            }, result -> seen.add(result.page().name() + " " + (result.failure() == null ? "ok"
                    : result.failure().getClass().getSimpleName())));
            assertEquals(List.of("a.txt ok", "b.txt StackOverflowError", "c.txt ok"), seen);
        }
    }

    @Test
    void refusesNoThreads() {
        assertThrows(IllegalArgumentException.class, () -> new ParallelConverter(URIS, 0));
    }

    /** Per page, in the order handed over: its name and its quads in canonical order. */
    private static List<String> converted(List<PageSnapshot> pages, int threads) {
        List<String> seen = new ArrayList<>();
        new ParallelConverter(URIS, threads).convert(pages, result -> {
            seen.add(result.page().name());
            seen.add(result.quads().stream().map(Quad::toString).sorted().toList().toString());
        });
        return seen;
    }
}
