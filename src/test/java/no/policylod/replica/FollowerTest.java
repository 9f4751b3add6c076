package no.policylod.replica;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import no.policylod.config.Settings;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.Releases;
import no.policylod.release.Site;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.release.ReleaseWeb;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica following a real primary server (the release module over a dumps folder that {@link Releases} writes),
 * into a real TDB2 store: the first release's full dump, then the second's RDF Patch, which removes a snapshot graph
 * and adds others. Each time the replica's data equals the release's N-Quads dump as a dataset.
 */
class FollowerTest {

    private static final Site SITE = Site.of(Settings.defaults());

    @TempDir
    Path dir;

    private final List<PolicyLodServer> servers = new ArrayList<>();
    private final List<Store> stores = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final List<String> indexed = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(PolicyLodServer::close);
        stores.forEach(Store::close);
    }

    @Test
    void loadsTheFirstReleaseThenAppliesTheNextOnesPatch() throws IOException {
        Primary primary = primary("primary");
        Release first = primary.publish(release1(), "2026-11-21T10:00:00Z");
        ReplicaStore replica = replica("replica");
        Follower follower = follower(primary, replica);

        Follower.Outcome loaded = follower.syncOnce();
        assertTrue(loaded.loaded());
        assertEquals(first.name(), replica.position().orElseThrow().release());
        GraphAssert.assertIsomorphic(primary.dump(first), data(replica));

        Release second = primary.publish(release2(), "2026-11-21T11:00:00Z");
        assertTrue(second.removed() > 0, "the second release removes quads");
        Follower.Outcome applied = follower.syncOnce();
        assertEquals(1, applied.applied());
        assertEquals(ReplicaStore.Position.of(second), replica.position().orElseThrow());
        GraphAssert.assertIsomorphic(primary.dump(second), data(replica));
        assertEquals(List.of(first.name(), second.name()), indexed, "the search index follows each round");

        Path mirror = dir.resolve("replica-dumps");
        assertEquals(second.name(), Releases.latestName(mirror).orElseThrow());
        assertArrayEquals(Files.readAllBytes(primary.dumps.resolve(ReleaseLayout.FEED)),
                Files.readAllBytes(mirror.resolve(ReleaseLayout.FEED)));
        assertArrayEquals(Files.readAllBytes(ReleaseLayout.release(primary.dumps, second.name()).resolve("catalog.ttl")),
                Files.readAllBytes(mirror.resolve("catalog.ttl")));
        assertTrue(Files.isRegularFile(ReleaseLayout.release(mirror, second.name()).resolve(ReleaseLayout.PATCH)));
        assertFalse(Files.exists(ReleaseLayout.release(mirror, second.name()).resolve("policy-lod.nq.gz")),
                "data dumps are not mirrored unless asked for");
        assertEquals(0, follower.syncOnce().applied(), "nothing new");
    }

    @Test
    void theReleaseRecordIsNotInQueryAnswers() {
        Primary primary = primary("primary");
        primary.publish(release1(), "2026-11-21T10:00:00Z");
        ReplicaStore replica = replica("replica");
        follower(primary, replica).syncOnce();
        Dataset dataset = replica.store().dataset();
        boolean seen = Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset)
                    .query("ASK { ?s ?p ?o FILTER(STRSTARTS(STR(?s), 'urn:x-policy-lod')) }").build()) {
                return qe.execAsk();
            }
        });
        assertFalse(seen);
    }

    @Test
    void aPatchThatDoesNotMatchItsChecksumIsNotApplied() throws IOException {
        Primary primary = primary("primary");
        Release first = primary.publish(release1(), "2026-11-21T10:00:00Z");
        ReplicaStore replica = replica("replica");
        Follower follower = follower(primary, replica);
        follower.syncOnce();
        Release second = primary.publish(release2(), "2026-11-21T11:00:00Z");
        Path patch = ReleaseLayout.release(primary.dumps, second.name()).resolve(ReleaseLayout.PATCH);
        Files.writeString(patch, "A <urn:x:s> <urn:x:p> <urn:x:o> .\n", StandardOpenOption.APPEND);

        FollowProblem p = assertThrows(FollowProblem.class, follower::syncOnce);
        assertEquals(FollowProblem.Kind.BAD_DOWNLOAD, p.kind(), p.getMessage());
        assertTrue(p.getMessage().contains("changes.rdfp"), p.getMessage());
        assertEquals(first.name(), replica.position().orElseThrow().release());
        GraphAssert.assertIsomorphic(primary.dump(first), data(replica));
    }

    @Test
    void aPrimaryThatStartedOverIsRefusedThenLoadedWhole() throws IOException {
        Primary primary = primary("primary");
        primary.publish(release1(), "2026-11-21T10:00:00Z");
        ReplicaStore replica = replica("replica");
        follower(primary, replica).syncOnce();
        Primary other = primary("other");
        Release another = other.publish(release2(), "2026-11-21T10:00:00Z");   // the same name, other content
        Follower follower = follower(other, replica);

        FollowProblem p = assertThrows(FollowProblem.class, follower::syncOnce);
        assertEquals(FollowProblem.Kind.BROKEN_CHAIN, p.kind(), p.getMessage());
        assertTrue(p.getMessage().contains("started over"), p.getMessage());

        follower.reload();
        assertEquals(ReplicaStore.Position.of(another), replica.position().orElseThrow());
        GraphAssert.assertIsomorphic(other.dump(another), data(replica));
    }

    @Test
    void aPatchThatDoesNotFollowTheHeldReleaseIsRefused() throws IOException {
        Primary primary = primary("primary");
        Release first = primary.publish(release1(), "2026-11-21T10:00:00Z");
        ReplicaStore replica = replica("replica");
        follower(primary, replica).syncOnce();
        Release second = primary.publish(release2(), "2026-11-21T11:00:00Z");
        Path patch = ReleaseLayout.release(primary.dumps, second.name()).resolve(ReleaseLayout.PATCH);
        ReplicaStore.Position wrong = new ReplicaStore.Position(first.name(), "uuid:0", first.contentSha256());

        FollowProblem p = assertThrows(FollowProblem.class,
                () -> replica.apply(patch, wrong, ReplicaStore.Position.of(second), second.quads()));
        assertEquals(FollowProblem.Kind.BROKEN_CHAIN, p.kind());
        assertTrue(p.getMessage().contains("not release " + first.name()), p.getMessage());
        assertEquals(first.name(), replica.position().orElseThrow().release());
    }

    @Test
    void aPrimaryThatIsDownLeavesTheReplicaAsItWas() throws IOException {
        Primary primary = primary("primary");
        Release first = primary.publish(release1(), "2026-11-21T10:00:00Z");
        ReplicaStore replica = replica("replica");
        Follower follower = follower(primary, replica);
        follower.syncOnce();
        servers.remove(primary.server);
        primary.server.close();

        FollowProblem p = assertThrows(FollowProblem.class, follower::syncOnce);
        assertEquals(FollowProblem.Kind.UNREACHABLE, p.kind());
        assertEquals(first.name(), replica.position().orElseThrow().release());
        GraphAssert.assertIsomorphic(primary.dump(first), data(replica));
    }

    @Test
    void aStoreWithOtherDataIsNoReplica() {
        Store store = Fixtures.store(dir.resolve("other"), "pages/seeds");
        stores.add(store);
        assertTrue(new ReplicaStore(store).holdsOtherData());
    }

    @Test
    void theFollowedUrlMayBeTheFeedTheCatalogueOrTheRoot() {
        for (String url : List.of("http://h:1/feed.atom", "http://h:1/catalog", "http://h:1/catalog.ttl", "http://h:1/",
                "http://h:1")) {
            assertEquals("http://h:1", PrimarySite.of(URI.create(url)).base(), url);
        }
        assertEquals("http://h:1/lod", PrimarySite.of(URI.create("http://h:1/lod/feed.atom")).base());
    }

    // ---- fixtures

    /** The seeds, with the ontology graph (blank nodes, skolemized in the dumps). */
    private static DatasetGraph release1() {
        DatasetGraph data = Fixtures.convert("pages/seeds");
        Ontology.ontology().find().forEachRemaining(t ->
                data.add(Quad.create(NodeFactory.createURI(PL.ONTOLOGY_IRI), t)));
        return data;
    }

    /** The first release less one snapshot graph, plus another page folder. */
    private static DatasetGraph release2() {
        DatasetGraph data = release1();
        Node dropped = null;
        for (var it = data.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.getURI().contains("/graph/snapshot/") && (dropped == null || g.getURI().compareTo(dropped.getURI()) < 0)) {
                dropped = g;
            }
        }
        data.removeGraph(dropped);
        Fixtures.convert("pages/topic-with-url").find().forEachRemaining(data::add);
        return data;
    }

    /** A primary: a dumps folder its releases are written to, served by the release module on a free port. */
    private final class Primary {
        final Path dumps;
        final PolicyLodServer server;
        final Dataset data = DatasetFactory.createTxnMem();

        Primary(Path dumps) {
            this.dumps = dumps;
            Settings settings = Settings.defaults().withDumps(dumps);
            this.server = PolicyLodServer.builder().settings(settings).dataset(data).host("127.0.0.1").port(0)
                    .module(new ReleaseWeb(settings, data)).build().start();
        }

        Release publish(DatasetGraph content, String instant) {
            Txn.executeWrite(data, () -> {
                data.asDatasetGraph().clear();
                content.find().forEachRemaining(data.asDatasetGraph()::add);
            });
            Clock clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
            return Releases.of(dumps, SITE, clock).publish(data).release();
        }

        DatasetGraph dump(Release release) throws IOException {
            DatasetGraph quads = DatasetGraphFactory.create();
            Path file = ReleaseLayout.release(dumps, release.name()).resolve("policy-lod.nq.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(quads);
            }
            return quads;
        }
    }

    private Primary primary(String name) {
        Primary primary = new Primary(dir.resolve(name + "-dumps"));
        servers.add(primary.server);
        return primary;
    }

    private ReplicaStore replica(String name) {
        Store store = Store.open(dir.resolve(name + "-store"));
        stores.add(store);
        return new ReplicaStore(store);
    }

    private Follower follower(Primary primary, ReplicaStore replica) {
        Follower.Listener listener = new Follower.Listener() {
            @Override
            public void beforeWrite() {
            }

            @Override
            public void afterWrites(ReplicaStore.Position now) {
                indexed.add(now.release());
            }
        };
        return new Follower(PrimarySite.of(primary.server.baseUrl().resolve("feed.atom")), replica,
                new Mirror(dir.resolve("replica-dumps")), new Follower.Options(false, true), listener, log::add);
    }

    /** The replica's named graphs (what queries see), as a dataset. */
    private static DatasetGraph data(ReplicaStore replica) {
        DatasetGraph dsg = replica.store().dataset().asDatasetGraph();
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add));
        return copy;
    }
}
