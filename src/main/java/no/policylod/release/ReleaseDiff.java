package no.policylod.release;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import no.policylod.dump.AtomicFiles;
import no.policylod.dump.CanonicalRdf;
import no.policylod.dump.Skolem;
import no.policylod.dump.SortedLines;
import org.apache.jena.atlas.iterator.IteratorCloseable;
import org.apache.jena.graph.Node;
import org.apache.jena.rdfpatch.RDFPatchConst;
import org.apache.jena.rdfpatch.system.Id;
import org.apache.jena.rdfpatch.text.RDFChangesWriterText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;

/**
 * What changed between two releases, quad by quad, in one streaming pass: both sides are canonical (sorted, no blank
 * nodes), so a merge of the previous release's N-Quads dump with the new release's quads, as they come, finds the
 * quads only in one of them. Memory does not grow with the data: the deletions and additions go to files, the changed
 * resources to {@link SortedLines}. Written as an RDF Patch (text format, one transaction, deletions then additions,
 * each in canonical order) with the patch ids in its header.
 *
 * <pre>
 * try (ReleaseDiff diff = ReleaseDiff.from(previousNqGzOrNull, stagingFolder)) {
 *     CanonicalRdf.forEachSorted(data, base, diff::accept);
 *     ReleaseDiff.Summary s = diff.finish(ReleaseDiff.patchId(iri), previousPatchIdOrNull, patchFile, changedFile);
 * }
 * </pre>
 */
public final class ReleaseDiff implements AutoCloseable {

    /** What the diff found: quads added and removed, and how many resources they are about. */
    public record Summary(long added, long removed, long changedResources) {
    }

    private final Path previousFile;
    private final IteratorCloseable<Quad> previous;
    private final Side added;
    private final Side removed;
    private final SortedLines changed;
    private Quad head;
    private String headKey;
    private String lastKey;

    private ReleaseDiff(Path previousFile, Path work) {
        this.previousFile = previousFile;
        this.previous = previousFile == null ? null : parse(previousFile);
        this.added = new Side(work.resolve(".added.rdfp"));
        this.removed = new Side(work.resolve(".removed.rdfp"));
        this.changed = new SortedLines(work);
        advance();
    }

    /**
     * A diff against the canonical N-Quads dump of the previous release ({@code .nq} or {@code .nq.gz}), or against
     * nothing (a first release: every quad is added) when {@code previousNQuads} is null. Working files go in
     * {@code work}, hidden, and are removed by {@link #close()}.
     */
    public static ReleaseDiff from(Path previousNQuads, Path work) {
        return new ReleaseDiff(previousNQuads, work);
    }

    private static IteratorCloseable<Quad> parse(Path file) {
        try {
            InputStream raw = Files.newInputStream(file);
            InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return AsyncParser.asyncParseQuads(in, Lang.NQUADS, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void advance() {
        if (previous == null || !previous.hasNext()) {
            head = null;
            headKey = null;
            return;
        }
        head = previous.next();
        String key = CanonicalRdf.key(head);
        if (headKey != null && key.compareTo(headKey) <= 0) {
            throw new IllegalStateException(previousFile + " is not in canonical order (or repeats a quad) near "
                    + key + "; restore the release folder from a backup");
        }
        headKey = key;
    }

    /** The next quad of the new release, in canonical order. */
    public void accept(Quad q) {
        String key = CanonicalRdf.key(q);
        if (lastKey != null && key.compareTo(lastKey) <= 0) {
            throw new IllegalArgumentException("quads must come in canonical order, once each: " + key);
        }
        lastKey = key;
        while (head != null && headKey.compareTo(key) < 0) {
            removed(head);
            advance();
        }
        if (head != null && headKey.equals(key)) {
            advance();
        } else {
            added.writer.add(graphOf(q), q.getSubject(), q.getPredicate(), q.getObject());
            added.count++;
            changed(q);
        }
    }

    private void removed(Quad q) {
        removed.writer.delete(graphOf(q), q.getSubject(), q.getPredicate(), q.getObject());
        removed.count++;
        changed(q);
    }

    /** Subjects (IRIs) of changed quads; Skolem IRIs (parts of another resource's description) are left out. */
    private void changed(Quad q) {
        Node s = q.getSubject();
        if (s.isURI() && !s.getURI().contains(Skolem.PATH)) {
            changed.add(s.getURI());
        }
    }

    /**
     * Ends the diff: writes the RDF Patch (header {@code id}, and {@code previousId} unless null; one transaction)
     * and the sorted list of changed resources, one per line.
     */
    public Summary finish(Node id, Node previousId, Path patchFile, Path changedFile) {
        while (head != null) {
            removed(head);
            advance();
        }
        added.close();
        removed.close();
        byte[] header = text(w -> {
            w.header(RDFPatchConst.ID, id);
            if (previousId != null) {
                w.header(RDFPatchConst.PREV, previousId);
            }
            w.txnBegin();
        });
        byte[] trailer = text(RDFChangesWriterText::txnCommit);
        AtomicFiles.write(patchFile, out -> {
            out.write(header);
            Files.copy(removed.file, out);
            Files.copy(added.file, out);
            out.write(trailer);
        });
        long[] resources = {0};
        AtomicFiles.write(changedFile, out -> {
            OutputStream buffered = new java.io.BufferedOutputStream(out, 1 << 16);
            changed.forEachSorted(iri -> {
                try {
                    buffered.write((iri + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    resources[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            buffered.flush();
        });
        return new Summary(added.count, removed.count, resources[0]);
    }

    private static byte[] text(java.util.function.Consumer<RDFChangesWriterText> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RDFChangesWriterText w = RDFChangesWriterText.create(bytes);
        w.start();
        lines.accept(w);
        w.finish();
        w.close();
        return bytes.toByteArray();
    }

    /** Removes the working files and stops reading the previous release. */
    @Override
    public void close() {
        if (previous != null) {
            previous.close();
        }
        added.close();
        removed.close();
        changed.close();
        try {
            Files.deleteIfExists(added.file);
            Files.deleteIfExists(removed.file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove working files of the change feed: " + e.getMessage(), e);
        }
    }

    /** The RDF Patch id of a release: a name-based UUID of its IRI, so the same release always has the same id. */
    public static Node patchId(String releaseIri) {
        return Id.fromUUID(UUID.nameUUIDFromBytes(releaseIri.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .asNode();
    }

    private static Node graphOf(Quad q) {
        return q.isDefaultGraph() ? null : q.getGraph();
    }

    /** The patch lines of one kind, in a working file. */
    private static final class Side {
        private final Path file;
        private final RDFChangesWriterText writer;
        private long count;
        private boolean closed;

        Side(Path file) {
            this.file = file;
            try {
                this.writer = RDFChangesWriterText.create(
                        new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            writer.start();
        }

        void close() {
            if (!closed) {
                closed = true;
                writer.finish();
                writer.close();
            }
        }
    }
}
