package no.policylod.dump;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import no.policylod.format.Format;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes RDF in a canonical order (graph, subject, predicate, object), so that the same data gives the same bytes,
 * and streams it: no pretty-printing writer that would go quadratic. Files are written beside their target and moved
 * into place, so a reader never sees half a file.
 *
 * <pre>
 * CanonicalRdf.write(datasetGraph, prefixes, Path.of("out.nq.gz"));   // format from the file name
 * List&lt;Quad&gt; quads = CanonicalRdf.skolemized(datasetGraph, base);  // no blank nodes, sorted once
 * CanonicalRdf.writeSorted(quads, prefixes, Path.of("out.ttl"));       // ... written in any format
 * </pre>
 */
public final class CanonicalRdf {

    private CanonicalRdf() {
    }

    /**
     * The streaming writer for a file name, or null when the ending is not one of the dump formats of {@link Format}
     * (.nq .trig .ttl .nt .jsonld, each optionally with .gz).
     */
    public static RDFFormat formatOf(String fileName) {
        return Format.byFileName(fileName).filter(f -> f != Format.RDF_XML).map(Format::writer).orElse(null);
    }

    /** Writes the dataset to a file in the format its name asks for, atomically. */
    public static void write(DatasetGraph data, PrefixMapping prefixes, Path file) {
        RDFFormat format = formatFor(file);
        AtomicFiles.write(file, out -> write(data, prefixes, format, out));
    }

    /**
     * Writes quads already in canonical order ({@link #sorted}, {@link #skolemized}) to a file in the format its name
     * asks for, atomically. JSON-LD is written by {@link JsonLdWriter} with the context inline.
     */
    public static void writeSorted(List<Quad> sortedQuads, PrefixMapping prefixes, Path file) {
        RDFFormat format = formatFor(file);
        AtomicFiles.write(file, out -> {
            if (format == RDFFormat.JSONLD11) {
                JsonLdWriter.write(sortedQuads, prefixes, null, out);
            } else {
                writeSorted(sortedQuads, prefixes, format, out);
            }
        });
    }

    private static RDFFormat formatFor(Path file) {
        RDFFormat format = formatOf(file.getFileName().toString());
        if (format == null) {
            throw new IllegalArgumentException("unknown RDF file ending: " + file.getFileName()
                    + " (use .nq, .trig, .ttl, .nt or .jsonld, optionally with .gz)");
        }
        return format;
    }

    /** Writes the dataset to a stream in canonical order. */
    public static void write(DatasetGraph data, PrefixMapping prefixes, RDFFormat format, OutputStream out) {
        List<Quad> quads = sorted(data);
        if (format == RDFFormat.JSONLD11) {
            DatasetGraph ordered = DatasetGraphFactory.create();
            quads.forEach(ordered::add);
            ordered.prefixes().putAll(prefixes);
            RDFDataMgr.write(out, ordered, format);
            return;
        }
        writeSorted(quads, prefixes, format, out);
    }

    /**
     * Streams quads already in canonical order in one of the streaming formats (N-Quads, N-Triples, TriG and Turtle
     * blocks); the triple formats get the union, each triple once.
     */
    public static void writeSorted(List<Quad> quads, PrefixMapping prefixes, RDFFormat format, OutputStream out) {
        StreamRDF stream = startStream(out, format, prefixes);
        for (Quad q : triplesOnly(format) ? distinctTriples(quads) : quads) {
            if (triplesOnly(format)) {
                stream.triple(q.asTriple());
            } else {
                stream.quad(q);
            }
        }
        stream.finish();
    }

    /** A started streaming writer, the prefixes declared (sorted) where the format has them. */
    public static StreamRDF startStream(OutputStream out, RDFFormat format, PrefixMapping prefixes) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        if (format != RDFFormat.NQUADS_UTF8 && format != RDFFormat.NTRIPLES_UTF8) {
            new java.util.TreeMap<>(prefixes.getNsPrefixMap()).forEach(stream::prefix);
        }
        return stream;
    }

    /** The sort key of a quad's triple in the union of the graphs: subject, predicate, object in N-Triples. */
    static String tripleKey(Quad q) {
        return NtTerms.of(q.getSubject()) + " " + NtTerms.of(q.getPredicate()) + " "
                + NtTerms.of(q.getObject());
    }

    /** The triple of a {@link #tripleKey}. */
    static org.apache.jena.graph.Triple parseTripleKey(String key) {
        org.apache.jena.riot.tokens.Tokenizer tokens = org.apache.jena.riot.tokens.TokenizerText.fromString(key);
        Node s = tokens.next().asNode();
        Node p = tokens.next().asNode();
        Node o = tokens.next().asNode();
        return org.apache.jena.graph.Triple.create(s, p, o);
    }

    /**
     * Streams a graph's triples, distinct and already in canonical order ({@link #sortedTriples}), in one of the
     * streaming formats: the bytes {@link #write} gives for the graph as a dataset's default graph, without sorting
     * again.
     */
    public static void writeSortedTriples(List<org.apache.jena.graph.Triple> sortedTriples, PrefixMapping prefixes,
                                          RDFFormat format, OutputStream out) {
        StreamRDF stream = startStream(out, format, prefixes);
        for (org.apache.jena.graph.Triple t : sortedTriples) {
            if (triplesOnly(format)) {
                stream.triple(t);
            } else {
                stream.quad(Quad.create(Quad.defaultGraphIRI, t));
            }
        }
        stream.finish();
    }

    /** A graph's triples in canonical order (subject, predicate, object in N-Triples), each key made once. */
    public static List<org.apache.jena.graph.Triple> sortedTriples(org.apache.jena.graph.Graph graph) {
        List<Map.Entry<String, org.apache.jena.graph.Triple>> keyed = new ArrayList<>();
        graph.find().forEachRemaining(t -> keyed.add(Map.entry(NtTerms.of(t.getSubject()) + " "
                + NtTerms.of(t.getPredicate()) + " " + NtTerms.of(t.getObject()), t)));
        keyed.sort(Map.Entry.comparingByKey());
        return keyed.stream().map(Map.Entry::getValue).toList();
    }

    private static boolean triplesOnly(RDFFormat format) {
        return format == RDFFormat.TURTLE_BLOCKS || format == RDFFormat.NTRIPLES_UTF8;
    }

    /**
     * Every quad with its blank nodes replaced by content-named Skolem IRIs under {@code base} ({@link Skolem}),
     * sorted: what the dumps of a release hold, the same bytes for the same data in any store.
     */
    public static List<Quad> skolemized(DatasetGraph data, String base) {
        List<Quad> all = new ArrayList<>();
        forEachSorted(data, base, all::add);
        return all;
    }

    /** The union of the quads' graphs, each triple once, sorted; the quads must be in canonical order. */
    public static List<org.apache.jena.graph.Triple> unionTriples(List<Quad> quads) {
        return distinctTriples(quads).stream().map(Quad::asTriple).toList();
    }

    /** Every quad of the dataset's named graphs (and default graph), sorted. */
    public static List<Quad> sorted(DatasetGraph data) {
        List<Quad> all = new ArrayList<>();
        forEachSorted(data, null, all::add);
        return all;
    }

    /**
     * Hands every quad of the dataset to {@code sink} in canonical order, one graph at a time: the default graph,
     * then the named graphs in the order of their N-Triples form, each graph's quads sorted in memory. Memory holds
     * one graph, never the dataset. With a {@code skolemBase}, blank nodes are replaced by Skolem IRIs ({@link
     * Skolem}), named within their graph (policy-lod's blank nodes never cross graphs); with null they are kept.
     * The data must be readable (inside a read transaction if it needs one).
     */
    public static void forEachSorted(DatasetGraph data, String skolemBase, Consumer<Quad> sink) {
        List<Node> names = new ArrayList<>();
        data.listGraphNodes().forEachRemaining(names::add);
        forEachSorted(data.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY), names,
                g -> data.find(g, Node.ANY, Node.ANY, Node.ANY), skolemBase, sink);
    }

    /**
     * The same for data kept elsewhere (on disk, one graph at a time): the default graph's quads, the names of the
     * named graphs, and how to read the quads of one.
     */
    public static void forEachSorted(Iterator<Quad> defaultGraph, List<Node> graphNames,
                                     java.util.function.Function<Node, Iterator<Quad>> quadsOf, String skolemBase,
                                     Consumer<Quad> sink) {
        emitSorted(defaultGraph, skolemBase, sink);
        List<Keyed> graphs = new ArrayList<>();
        graphNames.forEach(g -> graphs.add(new Keyed(NtTerms.of(g), null, g)));
        graphs.sort(Comparator.comparing(Keyed::key));
        for (Keyed g : graphs) {
            emitSorted(quadsOf.apply(g.node()), skolemBase, sink);
        }
    }

    private static void emitSorted(Iterator<Quad> quads, String skolemBase, Consumer<Quad> sink) {
        List<Quad> one = new ArrayList<>();
        boolean blank = false;
        while (quads.hasNext()) {
            Quad q = quads.next();
            one.add(q);
            blank |= q.getSubject().isBlank() || q.getObject().isBlank();
        }
        org.apache.jena.atlas.iterator.Iter.close(quads);
        if (blank && skolemBase != null) {
            DatasetGraph graph = DatasetGraphFactory.create();
            one.forEach(graph::add);
            Map<Node, Node> iris = Skolem.iris(graph, skolemBase);
            one.replaceAll(q -> Skolem.apply(q, iris));
        }
        List<Keyed> keyed = new ArrayList<>(one.size());
        for (Quad q : one) {
            keyed.add(new Keyed(key(q), q, null));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        for (Keyed k : keyed) {
            sink.accept(k.quad());
        }
    }

    private static List<Quad> distinctTriples(List<Quad> quads) {
        List<Keyed> keyed = new ArrayList<>();
        for (Quad q : quads) {
            keyed.add(new Keyed(tripleKey(q), Quad.create(Quad.defaultGraphIRI, q.asTriple()), null));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        List<Quad> out = new ArrayList<>();
        String last = null;
        for (Keyed k : keyed) {
            if (!k.key().equals(last)) {
                out.add(k.quad());
                last = k.key();
            }
        }
        return out;
    }

    /** The canonical sort key of a quad: graph (empty for the default one), subject, predicate, object in N-Triples. */
    public static String key(Quad q) {
        String g = q.isDefaultGraph() ? "" : NtTerms.of(q.getGraph());
        return g + " " + NtTerms.of(q.getSubject()) + " " + NtTerms.of(q.getPredicate()) + " "
                + NtTerms.of(q.getObject());
    }

    /** A sort key with the quad (or graph name) it belongs to. */
    private record Keyed(String key, Quad quad, Node node) {
    }
}
