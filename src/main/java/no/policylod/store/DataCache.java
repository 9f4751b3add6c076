package no.policylod.store;

import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Values computed from a store and kept until its data changes: aggregates a page shows, which would otherwise be
 * recomputed over the whole store on each request.
 *
 * <pre>
 * DataCache cache = new DataCache(dataset.asDatasetGraph());
 * Counts counts = cache.get("counts", () -&gt; Counts.read(dataset));   // read once per version of the data
 * </pre>
 *
 * <p>A value is tied to the version of the data it was computed from. TDB2 numbers its committed states: every write
 * commit advances the number while holding the lock under which read transactions begin, so a read transaction sees
 * exactly the data of the number it started with ({@link #version}). {@link #get} runs in a read transaction, asks
 * its number, and hands out a value only if it was computed at that number; otherwise it computes it in the same
 * transaction. A page never shows figures of data other than the data its own transaction reads. When the number is
 * unknown (a store other than TDB2), nothing is kept and every call computes.
 */
public final class DataCache {

    private final DatasetGraph dataset;
    private volatile Generation current;

    public DataCache(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The value under a key for the data as it is now: kept from an earlier call at the same version, else computed
     * (once, while other callers of the same key wait) in a read transaction the supplier's own reads join.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        return Txn.calculateRead(dataset, () -> {
            OptionalLong version = version(dataset);
            if (version.isEmpty()) {
                return compute.get();
            }
            Generation generation = generation(version.getAsLong());
            if (generation == null) {
                return compute.get();
            }
            return (T) generation.values.computeIfAbsent(key, k -> new Lazy()).get(compute);
        });
    }

    /** Whether values are kept at all: only for a TDB2 store, whose data versions are known. */
    public boolean keeps() {
        return TDBInternal.isTDB2(dataset);
    }

    /**
     * The version of the data the calling thread's transaction reads, when the dataset is a TDB2 database and the
     * thread is in a transaction; two transactions with the same version read the same data.
     */
    public static OptionalLong version(DatasetGraph dataset) {
        if (!TDBInternal.isTDB2(dataset)) {
            return OptionalLong.empty();
        }
        Transaction txn = TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction();
        return txn == null ? OptionalLong.empty() : OptionalLong.of(txn.getDataVersion());
    }

    /** The values kept for a version; a newer version drops the older values; null for an outdated reader. */
    private synchronized Generation generation(long version) {
        if (current == null || current.version < version) {
            current = new Generation(version);
        }
        return current.version == version ? current : null;
    }

    private record Generation(long version, Map<Object, Lazy> values) {
        Generation(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }

    /** A value computed by the first caller; a failure is not kept, so the next caller tries again. */
    private static final class Lazy {
        private Object value;
        private boolean done;

        synchronized Object get(Supplier<?> compute) {
            if (!done) {
                value = compute.get();
                done = true;
            }
            return value;
        }
    }
}
