package no.policylod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;

/** Values kept per version of a store's data: computed again after a commit, never across one. */
class DataCacheTest {

    private static final Node G = NodeFactory.createURI("http://example.org/g");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    @Test
    void keepsAValueUntilAWriteIsCommitted() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        DataCache cache = new DataCache(dsg);
        AtomicInteger computed = new AtomicInteger();
        add(dsg, "a");
        assertEquals(1L, cache.get("size", () -> size(dsg, computed)));
        assertEquals(1L, cache.get("size", () -> size(dsg, computed)));
        assertEquals(1, computed.get(), "computed once for one version");

        add(dsg, "b");
        assertEquals(2L, cache.get("size", () -> size(dsg, computed)));
        assertEquals(2, computed.get());
        assertEquals(2L, cache.get("size", () -> size(dsg, computed)));
        assertEquals(2, computed.get());
    }

    @Test
    void aTransactionSeesTheVersionItBeganWith() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        long before = Txn.calculateRead(dsg, () -> DataCache.version(dsg).orElseThrow());
        add(dsg, "a");
        long after = Txn.calculateRead(dsg, () -> DataCache.version(dsg).orElseThrow());
        assertNotEquals(before, after);
        assertTrue(after > before);
    }

    @Test
    void aFailureIsNotKept() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        DataCache cache = new DataCache(dsg);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("timeout");
        }));
        assertEquals("ok", cache.get("k", () -> "ok"));
    }

    @Test
    void keepsNothingForAStoreWithoutVersions() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        DataCache cache = new DataCache(dsg);
        AtomicInteger computed = new AtomicInteger();
        cache.get("size", () -> size(dsg, computed));
        cache.get("size", () -> size(dsg, computed));
        assertEquals(2, computed.get());
    }

    private static void add(DatasetGraph dsg, String value) {
        Txn.executeWrite(dsg, () -> dsg.add(Quad.create(G, G, P, NodeFactory.createLiteralString(value))));
    }

    private static long size(DatasetGraph dsg, AtomicInteger computed) {
        computed.incrementAndGet();
        return Iter.count(dsg.find(G, Node.ANY, Node.ANY, Node.ANY));
    }
}
