package no.policylod.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * Where loaded graphs go: the local TDB2 {@link Store} or a SPARQL store over the Graph Store Protocol
 * ({@link RemoteStore}). Whoever loads does not know which.
 *
 * <pre>
 * try (GraphStore target = endpoint == null ? Store.open(dir) : RemoteStore.connect(remote)) {
 *     GraphStore.LoadReport r = target.replaceGraphs(batch, monitor, () -> { });
 * }
 * </pre>
 *
 * Each incoming named graph replaces the stored graph of the same name as a whole; graphs that are not in the batch
 * are never touched.
 */
public interface GraphStore extends AutoCloseable {

    /** Where the graphs go, for messages: a folder or an endpoint URL. */
    String location();

    /**
     * Loads every graph of the batch, replacing a stored graph of the same name; {@code beforeWrite} runs once
     * before the store is written, if it is (to mark what depends on the store as stale).
     */
    LoadReport replaceGraphs(Batch incoming, MonitorOutput output, Runnable beforeWrite);

    /** Number of quads in all named graphs. */
    long quadCount();

    @Override
    void close();

    /**
     * What a load did: the graphs added and replaced, how many were unchanged, how many quads were written, and the
     * graphs whose triple count the store reports differently from what was sent (none for a transactional store).
     */
    record LoadReport(List<Node> addedGraphs, List<Node> replacedGraphs, int unchanged, long quadsLoaded,
                      List<CountMismatch> mismatches) {
        public int added() {
            return addedGraphs.size();
        }

        public int replaced() {
            return replacedGraphs.size();
        }
    }

    /** A graph whose count in the store after loading is not the count that was sent. */
    record CountMismatch(Node graph, long sent, long stored) {
        /** One line: the graph and both counts. */
        public String describe() {
            return "<" + graph.getURI() + ">: sent " + sent + " triples, the store holds " + stored;
        }
    }

    /**
     * Named graphs to load, handed over one at a time so that a batch need not be in memory: the pipeline keeps
     * converted pages on disk, tests and small inputs pass a dataset ({@link #of}).
     */
    interface Batch {
        /** The names of the graphs in the batch. */
        List<Node> graphNames();

        /** One graph of the batch, in memory. */
        Graph graph(Node name);

        /** A batch of a dataset's named graphs. */
        static Batch of(DatasetGraph data) {
            return new Batch() {
                @Override
                public List<Node> graphNames() {
                    List<Node> names = new ArrayList<>();
                    data.listGraphNodes().forEachRemaining(names::add);
                    return names;
                }

                @Override
                public Graph graph(Node name) {
                    return data.getGraph(name);
                }
            };
        }
    }
}
