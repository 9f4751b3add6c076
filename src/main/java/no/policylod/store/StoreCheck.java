package no.policylod.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Objects;
import java.util.Set;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Reads a TDB2 store through, to refuse serving a damaged one, in about three seconds per million nodes.quads: every index of
 * a table must hold as many rows as the others, and the nodes of the first {@value #HEAD} rows of each index, of
 * every {@value #STRIDE}th row after them, and the node stored last (the end of the node file) must read back and map
 * back to their own ids, read from the files, past the caches. A truncated or garbled node file or index fails here with one line naming the store folder
 * (a garbled journal already fails when the store is opened, {@link Store#open}), instead of some queries failing
 * later. Damage inside the node file between sampled nodes can go unseen: reading every node would take about twenty
 * seconds per million nodes.
 *
 * <pre>
 * StoreCheck.Report report = StoreCheck.verify(store);   // throws Store.StoreException when damaged
 * out.println("checked: " + report.quads() + " quads, " + report.nodes() + " nodes read back");
 * </pre>
 */
public final class StoreCheck {

    static final int HEAD = 2000;
    static final int STRIDE = 1000;

    private StoreCheck() {
    }

    /** What was read: rows of the quad and triple tables, distinct nodes read back. */
    public record Report(long quads, long triples, long nodes) {
    }

    /** Reads the store through; a {@link Store.StoreException} naming its folder when any part is damaged. */
    public static Report verify(Store store) {
        try {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.dataset());
            NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable().baseNodeTable();
            return Txn.calculateRead(tdb, () -> new Check(store, nodes).run(tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes(),
                            tdb.getTripleTable().getNodeTupleTable().getTupleTable().getIndexes()));
        } catch (Store.StoreException e) {
            throw e;
        } catch (RuntimeException | InternalError e) {   // InternalError: a fault reading a memory-mapped file
            throw damaged(store, reason(e));
        }
    }

    /** One reading of the store: the rows counted, the nodes read back, the node stored last. */
    private static final class Check {
        private final Store store;
        private final NodeTable nodes;
        private final Set<Long> read = new HashSet<>();
        private NodeId last;

        Check(Store store, NodeTable nodes) {
            this.store = store;
            this.nodes = nodes;
        }

        Report run(TupleIndex[] quadIndexes, TupleIndex[] tripleIndexes) {
            long quads = rows("quad", quadIndexes);
            long triples = rows("triple", tripleIndexes);
            if (last != null) {
                readBack(last);
            }
            return new Report(quads, triples, read.size());
        }

        /** The rows every index of one table holds; all must agree. */
        private long rows(String table, TupleIndex[] indexes) {
            long expected = -1;
            for (TupleIndex index : indexes) {
                long count = 0;
                for (Iterator<Tuple<NodeId>> it = index.all(); it.hasNext(); count++) {
                    Tuple<NodeId> row = it.next();
                    boolean sampled = count < HEAD || count % STRIDE == 0;
                    row.forEach(id -> look(id, sampled));
                }
                if (expected >= 0 && count != expected) {
                    throw damaged(store, "the " + table + " index " + index.getName() + " holds " + count
                            + " rows, the others " + expected);
                }
                expected = count;
            }
            return Math.max(expected, 0);
        }

        private void look(NodeId id, boolean sampled) {
            if (!id.isPtr()) {
                return;
            }
            if (last == null || id.getPtrLocation() > last.getPtrLocation()) {
                last = id;
            }
            if (sampled) {
                readBack(id);
            }
        }

        /** The node of an id, read and looked up again by its value, once, from the files (no cache). */
        private void readBack(NodeId id) {
            if (!read.add(id.getPtrLocation())) {
                return;
            }
            Node node = nodes.getNodeForNodeId(id);
            if (node == null) {
                throw damaged(store, "node " + id + " cannot be read");
            }
            NodeId again = nodes.getNodeIdForNode(node);
            if (!Objects.equals(again, id)) {
                throw damaged(store, "node " + id + " is found under id " + again);
            }
        }
    }

    private static Store.StoreException damaged(Store store, String reason) {
        return new Store.StoreException("the store " + store.directory() + " is damaged (" + reason + "); it is not "
                + "served: restore it from a copy, or publish again into an empty --store");
    }

    /** The exception's first line, short: TDB2's messages name the part that failed. */
    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        String line = e.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
