package no.policylod.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
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
 * </pre>
 */
public final class CanonicalRdf {

    /** The formats by file-name ending; {@code .gz} may follow any of them. */
    private static final Map<String, RDFFormat> FORMATS = Map.of(
            ".nq", RDFFormat.NQUADS_UTF8, ".trig", RDFFormat.TRIG_BLOCKS, ".ttl", RDFFormat.TURTLE_BLOCKS,
            ".nt", RDFFormat.NTRIPLES_UTF8, ".jsonld", RDFFormat.JSONLD11);

    private CanonicalRdf() {
    }

    /** The format for a file name, or null when the ending is not one of .nq .trig .ttl .nt .jsonld (+ .gz). */
    public static RDFFormat formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
        return FORMATS.entrySet().stream().filter(e -> name.endsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** Writes the dataset to a file in the format its name asks for, atomically. */
    public static void write(DatasetGraph data, PrefixMapping prefixes, Path file) {
        RDFFormat format = formatOf(file.getFileName().toString());
        if (format == null) {
            throw new IllegalArgumentException("unknown RDF file ending: " + file.getFileName()
                    + " (use .nq, .trig, .ttl, .nt or .jsonld, optionally with .gz)");
        }
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (OutputStream raw = Files.newOutputStream(tmp);
                 OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw) {
                write(data, prefixes, format, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
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
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        if (format != RDFFormat.NQUADS_UTF8 && format != RDFFormat.NTRIPLES_UTF8) {
            new java.util.TreeMap<>(prefixes.getNsPrefixMap()).forEach(stream::prefix);
        }
        boolean triplesOnly = format == RDFFormat.TURTLE_BLOCKS || format == RDFFormat.NTRIPLES_UTF8;
        for (Quad q : triplesOnly ? distinctTriples(quads) : quads) {
            if (triplesOnly) {
                stream.triple(q.asTriple());
            } else {
                stream.quad(q);
            }
        }
        stream.finish();
    }

    /** Every quad of the dataset's named graphs (and default graph), sorted. */
    public static List<Quad> sorted(DatasetGraph data) {
        List<Keyed> keyed = new ArrayList<>();
        for (Iterator<Quad> it = data.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            keyed.add(new Keyed(key(q), q));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.stream().map(Keyed::quad).toList();
    }

    private static List<Quad> distinctTriples(List<Quad> quads) {
        List<Keyed> keyed = new ArrayList<>();
        for (Quad q : quads) {
            keyed.add(new Keyed(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                    + NodeFmtLib.strNT(q.getObject()), Quad.create(Quad.defaultGraphIRI, q.asTriple())));
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

    private static String key(Quad q) {
        String g = q.isDefaultGraph() ? "" : NodeFmtLib.strNT(q.getGraph());
        return g + " " + NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject());
    }

    private record Keyed(String key, Quad quad) {
    }
}
