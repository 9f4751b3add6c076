package no.policylod.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Converted graphs kept on disk between the stages of a run, so that memory holds one page's graph at a time and not
 * the site: each graph is appended to a temporary file (RDF Thrift) as it comes, and read back by name (validation,
 * comparison with the store, loading, output). A graph added again replaces the earlier one. The file is removed on
 * {@link #close()}.
 *
 * <pre>
 * try (StagedGraphs graphs = StagedGraphs.create()) {
 *     graphs.put(graphName, pageGraph);
 *     Graph back = graphs.graph(graphName);
 * }
 * </pre>
 */
final class StagedGraphs implements AutoCloseable {

    private record Entry(long offset, int length) {
    }

    /** Jena's binary RDF: read back several times faster than N-Triples. */
    private static final Lang FORMAT = Lang.RDFTHRIFT;

    private final Path file;
    private final FileChannel channel;
    private final Map<Node, Entry> entries = new HashMap<>();
    private final List<Node> order = new ArrayList<>();
    private long end;

    private StagedGraphs(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A new, empty set in a temporary file. */
    static StagedGraphs create() {
        try {
            Path file = Files.createTempFile("policy-lod-staged-", ".rt");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            try {
                // Unnamed while open: a run killed midway leaves nothing behind (systems that refuse to delete an
                // open file keep it until the JVM exits normally).
                Files.delete(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
            return new StagedGraphs(file, channel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for converted pages (is "
                    + System.getProperty("java.io.tmpdir") + " writable and not full?): " + e.getMessage(), e);
        }
    }

    /** Keeps a graph under its name, replacing one of the same name. */
    void put(Node name, Graph graph) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
        StreamRDF out = StreamRDFWriter.getWriterStream(bytes, FORMAT);
        out.start();
        graph.find().forEachRemaining(out::triple);
        out.finish();
        append(name, bytes);
    }

    private synchronized void append(Node name, java.io.ByteArrayOutputStream bytes) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
            long at = end;
            while (buffer.hasRemaining()) {
                end += channel.write(buffer, end);
            }
            if (entries.put(name, new Entry(at, bytes.size())) == null) {
                order.add(name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write converted pages to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Forgets a graph (one held back by validation). */
    synchronized void remove(Node name) {
        if (entries.remove(name) != null) {
            order.remove(name);
        }
    }

    synchronized boolean contains(Node name) {
        return entries.containsKey(name);
    }

    /** The names, in the order first added. */
    synchronized List<Node> names() {
        return List.copyOf(order);
    }

    synchronized int size() {
        return entries.size();
    }

    /** The graph of a name, read back into memory (one page: small). */
    Graph graph(Node name) {
        Graph graph = GraphFactory.createDefaultGraph();
        read(name, StreamRDFLib.graph(graph));
        return graph;
    }

    private void read(Node name, StreamRDF sink) {
        Entry entry;
        synchronized (this) {
            entry = entries.get(name);
        }
        if (entry == null) {
            throw new IllegalArgumentException("no staged graph " + name);
        }
        ByteBuffer buffer = ByteBuffer.allocate(entry.length());
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, entry.offset() + buffer.position()) < 0) {
                    throw new IOException("the file ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read converted pages from " + file + ": " + e.getMessage(), e);
        }
        RDFParser.source(new java.io.ByteArrayInputStream(buffer.array())).lang(FORMAT).parse(sink);
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
