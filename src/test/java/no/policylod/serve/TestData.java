package no.policylod.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * Small fixtures for the server tests: a TDB2 dataset shaped like the production store, and a dump folder.
 *
 * <pre>
 * Dataset ds = TestData.dataset(10);         // 10 triples in graph GRAPH, default graph = union
 * Path dumps = TestData.dumps(tempDir);
 * </pre>
 */
final class TestData {

    static final String NS = "https://w3id.org/policy-lod/id/";
    static final String GRAPH = "https://w3id.org/policy-lod/graph/test";
    static final String TITLE = "http://purl.org/dc/terms/title";

    static final String NQ_GZ = "policy-lod.nq.gz";
    static final String TRIG = "policy-lod.trig";
    static final String SHA256 = "policy-lod.nq.gz.sha256";

    private TestData() {
    }

    /** In-memory TDB2 with {@code size} triples {@code <id/doc-i> dct:title "Document i"} in {@link #GRAPH}. */
    static Dataset dataset(int size) {
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        DatasetGraph dsg = dataset.asDatasetGraph();
        Node graph = NodeFactory.createURI(GRAPH);
        Node title = NodeFactory.createURI(TITLE);
        Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < size; i++) {
                Node doc = NodeFactory.createURI(NS + "doc-" + i);
                dsg.add(Quad.create(graph, doc, title, NodeFactory.createLiteralString("Document " + i)));
            }
        });
        return dataset;
    }

    /**
     * {@link #dataset(int)} and five texts {@code <http://example.org/text>} of 40 a's and a digit, on which a REGEX
     * with catastrophic backtracking ({@code ((a+)+)+b}) runs for minutes.
     */
    static Dataset withRegexBait(int size) {
        Dataset dataset = dataset(size);
        Node graph = NodeFactory.createURI(GRAPH);
        Txn.executeWrite(dataset, () -> {
            for (int i = 0; i < 5; i++) {
                dataset.asDatasetGraph().add(Quad.create(graph, NodeFactory.createURI("http://example.org/a-" + i),
                        NodeFactory.createURI("http://example.org/text"),
                        NodeFactory.createLiteralString("a".repeat(40) + i)));
            }
        });
        return dataset;
    }

    /** A dump folder with a gzipped N-Quads file, a TriG file and a checksum. */
    static Path dumps(Path folder) {
        try {
            Files.write(folder.resolve(NQ_GZ), gzip(nquads(200)));
            Files.writeString(folder.resolve(TRIG), "<" + GRAPH + "> { <" + NS + "doc-0> <" + TITLE + "> \"x\" . }\n");
            Files.writeString(folder.resolve(SHA256), "0123abcd  " + NQ_GZ + "\n");
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nquads(int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            sb.append('<').append(NS).append("doc-").append(i).append("> <").append(TITLE).append("> \"Document ")
              .append(i).append("\" <").append(GRAPH).append("> .\n");
        }
        return sb.toString();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
