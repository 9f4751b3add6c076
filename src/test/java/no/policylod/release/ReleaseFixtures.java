package no.policylod.release;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.policylod.config.Settings;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Stores shaped like what {@code publish} loads: the converted pages, the ministries, and the ontology and shapes in
 * graphs of their own (the only blank nodes), and fixed clocks for release names.
 *
 * <pre>
 * try (Store store = ReleaseFixtures.store(dir, "pages/seeds")) { ... }
 * Releases releases = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"));
 * </pre>
 */
final class ReleaseFixtures {

    /** The site of the default settings. */
    static final Site SITE = Site.of(Settings.defaults());

    private ReleaseFixtures() {
    }

    /** The pages converted, with the reference data, the ontology and the shapes. */
    static DatasetGraph data(String... folders) {
        DatasetGraph data = Fixtures.convert(folders);
        Ontology.ontology().find().forEachRemaining(t ->
                data.add(Quad.create(NodeFactory.createURI(PL.ONTOLOGY_IRI), t)));
        Ontology.shapes().find().forEachRemaining(t ->
                data.add(Quad.create(NodeFactory.createURI(PL.SHAPES_IRI), t)));
        return data;
    }

    /** A TDB2 store in {@code dir} holding {@link #data}. */
    static Store store(Path dir, String... folders) {
        Store store = Store.open(dir);
        store.replaceGraphs(data(folders), (fmt, args) -> { });
        return store;
    }

    /** A clock stopped at an instant. */
    static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
