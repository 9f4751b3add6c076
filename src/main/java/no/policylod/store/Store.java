package no.policylod.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.TDBException;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * The TDB2 store, one {@link GraphStore}: opened once per process, the default graph of queries being the union of
 * the named graphs.
 *
 * <pre>
 * try (Store store = Store.open(Path.of("store"))) {
 *     GraphStore.LoadReport r = store.replaceGraphs(staged, MonitorOutput.outputTo(...));
 * }
 * </pre>
 *
 * Loading replaces each incoming named graph as a whole, in one write transaction with Jena's crash-safe loaders
 * (sequential for a store that holds none of the incoming graphs, basic where graphs are replaced): a failure part
 * way leaves the store as it was. Graphs that are not in the incoming data are never touched.
 */
public final class Store implements GraphStore {

    private final Path directory;
    private final Dataset dataset;

    private Store(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the TDB2 database in a folder. */
    public static Store open(Path directory) {
        try {
            Files.createDirectories(directory);
            Dataset dataset = TDB2Factory.connectDataset(Location.create(directory));
            dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(directory, dataset);
        } catch (org.apache.jena.dboe.transaction.txn.TransactionException e) {
            throw new StoreException("the store " + directory + " is damaged (its journal cannot be read: "
                    + e.getMessage() + "); restore it from a copy, or publish again into an empty --store");
        } catch (org.apache.jena.dboe.base.file.AlreadyLocked e) {
            throw new StoreException("cannot open the store at " + directory + ": it is in use by another process "
                    + "(a running 'policy-lod serve'?); stop that process or use another --store");
        } catch (TDBException | org.apache.jena.dboe.DBOpEnvException
                 | org.apache.jena.atlas.RuntimeIOException e) {
            throw new StoreException("the store " + directory + " cannot be opened (" + e.getMessage()
                    + "); if no other process uses it, it is damaged: restore it from a copy, or publish again into an "
                    + "empty --store");
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + directory + ": " + e.getMessage());
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String location() {
        return directory.toString();
    }

    /** The dataset, for queries and the server; its default graph is the union of the named graphs. */
    public Dataset dataset() {
        return dataset;
    }

    /** Loads every named graph of {@code incoming}, replacing a stored graph of the same name unless equal. */
    public LoadReport replaceGraphs(DatasetGraph incoming, MonitorOutput output) {
        return replaceGraphs(Batch.of(incoming), output);
    }

    /** Loads every graph of the batch, replacing a stored graph of the same name unless equal. */
    public LoadReport replaceGraphs(Batch incoming, MonitorOutput output) {
        return replaceGraphs(incoming, output, () -> { });
    }

    /**
     * Loads every graph of the batch, replacing a stored graph of the same name unless equal; {@code beforeWrite}
     * runs once before the store is written, if it is (to mark what depends on the store as stale).
     */
    @Override
    public LoadReport replaceGraphs(Batch incoming, MonitorOutput output, Runnable beforeWrite) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        List<Node> added = new ArrayList<>();
        List<Node> replaced = new ArrayList<>();
        int[] unchanged = {0};
        Txn.executeRead(dsg, () -> {
            for (Node g : incoming.graphNames()) {
                Graph stored = dsg.getGraph(g);
                if (stored.isEmpty()) {
                    added.add(g);
                } else if (sameTriples(stored, incoming.graph(g))) {
                    unchanged[0]++;
                } else {
                    replaced.add(g);
                }
            }
        });
        List<Node> toLoad = new ArrayList<>(added);
        toLoad.addAll(replaced);
        if (!toLoad.isEmpty()) {
            beforeWrite.run();
        }
        long quads = toLoad.isEmpty() ? 0 : load(incoming, toLoad, replaced, output);
        return new LoadReport(List.copyOf(added), List.copyOf(replaced), unchanged[0], quads, List.of());
    }

    private long load(Batch incoming, List<Node> graphs, List<Node> replaced, MonitorOutput output) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        DataLoader loader = replaced.isEmpty() ? LoaderFactory.sequentialLoader(dsg, output)
                : LoaderFactory.basicLoader(dsg, output);
        loader.startBulk();
        try {
            replaced.forEach(g -> dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
            var stream = loader.stream();
            stream.start();
            for (Node g : graphs) {
                incoming.graph(g).find().forEachRemaining(t -> stream.quad(Quad.create(g, t)));
            }
            stream.finish();
            loader.finishBulk();
            return loader.countQuads() + loader.countTriples();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw new StoreException("load failed, the store is unchanged: " + e.getMessage());
        }
    }

    /**
     * A fingerprint of the store's files (names, sizes, modification times; not the lock): every committed write
     * changes it, reading does not. Lets a run tell that nothing wrote the store since it last looked.
     */
    public String fingerprint() {
        try (java.util.stream.Stream<Path> files = Files.walk(directory)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("tdb.lock"))
                    .sorted().toList()) {
                sha.update((directory.relativize(f) + "\t" + Files.size(f) + "\t"
                        + Files.getLastModifiedTime(f).toMillis() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the store folder " + directory + ": " + e.getMessage());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public long quadCount() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> Iter.count(dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Names of the stored graphs, sorted. */
    public List<Node> graphNames() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return names;
        });
    }

    /**
     * The same triples: equal sizes and every incoming triple stored, looked up in the store's indexes; graphs with
     * blank nodes (the ontology and shapes) are matched by structure instead.
     */
    private static boolean sameTriples(Graph stored, Graph incoming) {
        if (stored.size() != incoming.size()) {
            return false;
        }
        boolean blank = incoming.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        if (blank) {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            stored.find().forEachRemaining(copy::add);
            return IsoMatcher.isomorphic(copy, incoming);
        }
        return incoming.stream().allMatch(stored::contains);
    }

    @Override
    public void close() {
        dataset.close();
    }

    /** A store problem a user can act on; the message is one line. */
    public static final class StoreException extends RuntimeException {
        public StoreException(String message) {
            super(message);
        }
    }
}
