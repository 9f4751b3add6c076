package no.policylod.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import no.policylod.dump.CanonicalRdf;
import no.policylod.dump.Skolem;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.system.Id;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * What changed between two releases, quad by quad: both sides are canonical (sorted, no blank nodes), so a merge of
 * the two sorted lists finds the quads only in one of them. Written as an RDF Patch (text format, one transaction,
 * deletions then additions, each in canonical order) with the patch ids in its header.
 *
 * <pre>
 * ReleaseDiff diff = ReleaseDiff.between(ReleaseDiff.readNQuads(previousNqGz), currentQuads);
 * diff.writePatch(ReleaseDiff.patchId(site.version(name)), previousPatchIdOrNull, out);
 * SortedSet&lt;String&gt; changed = diff.changedResources();
 * </pre>
 *
 * @param added   quads in the new release and not in the old one, in canonical order
 * @param removed quads in the old release and not in the new one, in canonical order
 */
public record ReleaseDiff(List<Quad> added, List<Quad> removed) {

    /** The difference from {@code before} to {@code after}, both in canonical order ({@link CanonicalRdf#key}). */
    public static ReleaseDiff between(List<Quad> before, List<Quad> after) {
        List<Quad> added = new ArrayList<>();
        List<Quad> removed = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            int cmp = i == before.size() ? 1 : j == after.size() ? -1
                    : CanonicalRdf.key(before.get(i)).compareTo(CanonicalRdf.key(after.get(j)));
            if (cmp < 0) {
                removed.add(before.get(i++));
            } else if (cmp > 0) {
                added.add(after.get(j++));
            } else {
                i++;
                j++;
            }
        }
        return new ReleaseDiff(List.copyOf(added), List.copyOf(removed));
    }

    /** The quads of a canonical N-Quads dump ({@code .nq} or {@code .nq.gz}), in canonical order. */
    public static List<Quad> readNQuads(Path file) {
        List<Quad> quads = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            quads.add(quad);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        quads.sort(Comparator.comparing(CanonicalRdf::key));
        return quads;
    }

    /** The RDF Patch id of a release: a name-based UUID of its IRI, so the same release always has the same id. */
    public static Node patchId(String releaseIri) {
        return Id.fromUUID(UUID.nameUUIDFromBytes(releaseIri.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .asNode();
    }

    /**
     * The resources whose description changed: subjects (IRIs) of the added and removed quads, sorted. Skolem IRIs
     * (the blank nodes of the ontology and shapes) are left out: they are parts of another resource's description.
     */
    public SortedSet<String> changedResources() {
        SortedSet<String> subjects = new TreeSet<>();
        for (List<Quad> quads : List.of(added, removed)) {
            for (Quad q : quads) {
                Node s = q.getSubject();
                if (s.isURI() && !s.getURI().contains(Skolem.PATH)) {
                    subjects.add(s.getURI());
                }
            }
        }
        return subjects;
    }

    /** Writes the difference as an RDF Patch: header {@code id} ({@code previous} unless null), one transaction. */
    public void writePatch(Node id, Node previous, OutputStream out) {
        RDFChangesWriterText patch = RDFChangesWriterText.create(out);
        patch.start();
        patch.header(RDFPatchConst.ID, id);
        if (previous != null) {
            patch.header(RDFPatchConst.PREV, previous);
        }
        patch.txnBegin();
        removed.forEach(q -> patch.delete(graphOf(q), q.getSubject(), q.getPredicate(), q.getObject()));
        added.forEach(q -> patch.add(graphOf(q), q.getSubject(), q.getPredicate(), q.getObject()));
        patch.txnCommit();
        patch.finish();
        patch.close();
    }

    private static Node graphOf(Quad q) {
        return q.isDefaultGraph() ? null : q.getGraph();
    }
}
