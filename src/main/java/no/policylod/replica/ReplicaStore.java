package no.policylod.replica;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import no.policylod.store.Store;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.RDFChangesApply;
import org.apache.jena.rdfpatch.changes.RDFChangesExternalTxn;
import org.apache.jena.rdfpatch.system.Id;
import org.apache.jena.rdfpatch.text.RDFPatchReaderText;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A replica's TDB2 store and the release it holds. The release is recorded in the store itself, in the store's own
 * default graph (which queries do not see: their default graph is the union of the named graphs), and every change
 * is one write transaction that also moves that record: a reader sees one release's data or the next one's, never a
 * mixture, and a replica stopped at any moment restarts at the release its store holds.
 *
 * <pre>
 * ReplicaStore replica = new ReplicaStore(store);
 * replica.replaceAll(Path.of("policy-lod.nq.gz"), new Position("2026-12-03.1", "uuid:...", "9f2c..."), 2796);  // a full dump
 * replica.apply(Path.of("changes.rdfp"), replica.position().orElseThrow(), next, 2810);             // one patch
 * </pre>
 *
 * Each write checks, before it commits, that the store holds as many quads as the release states; a patch whose
 * header does not name the held release as its {@code previous} is refused unread.
 */
public final class ReplicaStore {

    private static final String NS = "urn:x-policy-lod:replica:";
    private static final Node STATE = NodeFactory.createURI(NS + "state");
    private static final Node RELEASE = NodeFactory.createURI(NS + "release");
    private static final Node PATCH = NodeFactory.createURI(NS + "patch");
    private static final Node CONTENT = NodeFactory.createURI(NS + "content");

    private final Store store;
    private final DatasetGraph dsg;

    public ReplicaStore(Store store) {
        this.store = store;
        this.dsg = store.dataset().asDatasetGraph();
    }

    /**
     * A release as the replica records it: its name, the id of its RDF Patch (which the next release's patch names as
     * its {@code previous}) and the SHA-256 of its canonical N-Quads (its manifest's {@code contentSha256}), which
     * tells the release from another one of the same name, should the primary start over.
     */
    public record Position(String release, String patchId, String contentSha256) {
        /** The position a release's manifest describes. */
        public static Position of(no.policylod.release.Release release) {
            return new Position(release.name(), release.patchId(), release.contentSha256());
        }
    }

    public Store store() {
        return store;
    }

    /** The release the store holds; empty for a store no release was loaded into. */
    public Optional<Position> position() {
        return Txn.calculateRead(dsg, this::readPosition);
    }

    /** True when the store holds quads but no release record: not a replica's store. */
    public boolean holdsOtherData() {
        return Txn.calculateRead(dsg, () -> readPosition().isEmpty() && dsg.find().hasNext());
    }

    /**
     * Replaces everything with a release's canonical N-Quads dump ({@code .nq.gz}), in one write transaction that
     * also records the release; the old data stays visible to readers until it commits.
     */
    public void replaceAll(Path nquadsGz, Position at, long quads) {
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(nquadsGz), 1 << 16)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(StreamRDFLib.dataset(dsg));
            } catch (IOException | RiotException e) {
                throw FollowProblem.badDownload(nquadsGz.getFileName() + " of release " + at.release()
                        + " cannot be read: " + e.getMessage());
            }
            record(at, quads);
        });
    }

    /**
     * Applies a release's RDF Patch to the release before it, in one write transaction that also records the new
     * release. Refused, with nothing written, when the patch's header does not say it goes from {@code from} to
     * {@code to}, or the store does not hold {@code from}, or the result does not hold {@code quads} quads.
     */
    public void apply(Path patch, Position from, Position to, long quads) {
        checkHeader(patch, from, to);
        Txn.executeWrite(dsg, () -> {
            Optional<Position> held = readPosition();
            if (!held.equals(Optional.of(from))) {
                throw FollowProblem.brokenChain("the patch of release " + to.release() + " applies to release "
                        + from.release() + "; the store holds " + held.map(Position::release).orElse("none"));
            }
            try (InputStream in = Files.newInputStream(patch)) {
                new RDFPatchReaderText(in).apply(new RDFChangesExternalTxn(new RDFChangesApply(dsg)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + patch + ": " + e.getMessage(), e);
            } catch (RiotException e) {
                throw FollowProblem.badDownload("the patch of release " + to.release() + " cannot be read: "
                        + e.getMessage());
            }
            record(to, quads);
        });
    }

    private static void checkHeader(Path patch, Position from, Position to) {
        PatchHeader header;
        try (InputStream in = Files.newInputStream(patch)) {
            header = RDFPatchOps.readHeader(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + patch + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw FollowProblem.badDownload("the patch of release " + to.release() + " has no readable header: "
                    + e.getMessage());
        }
        String id = idOf(header.getId());
        String previous = idOf(header.getPrevious());
        if (!to.patchId().equals(id)) {
            throw FollowProblem.brokenChain("the patch of release " + to.release() + " has id " + id
                    + ", its manifest says " + to.patchId());
        }
        if (!from.patchId().equals(previous)) {
            throw FollowProblem.brokenChain("the patch of release " + to.release() + " follows " + previous
                    + ", not release " + from.release() + " (" + from.patchId() + ") which this replica holds");
        }
    }

    private static String idOf(Node node) {
        return node == null ? "none" : "uuid:" + Id.fromNode(node).asPlainString();
    }

    /** Moves the record to a release, after checking the data has the release's size; inside a write. */
    private void record(Position at, long quads) {
        dsg.deleteAny(Quad.defaultGraphIRI, STATE, Node.ANY, Node.ANY);
        long held = dataQuads();
        if (held != quads) {
            throw FollowProblem.brokenChain("after the change the store would hold " + held + " quads; release "
                    + at.release() + " has " + quads);
        }
        dsg.add(Quad.defaultGraphIRI, STATE, RELEASE, NodeFactory.createLiteralString(at.release()));
        dsg.add(Quad.defaultGraphIRI, STATE, PATCH, NodeFactory.createLiteralString(at.patchId()));
        dsg.add(Quad.defaultGraphIRI, STATE, CONTENT, NodeFactory.createLiteralString(at.contentSha256()));
    }

    /** Every quad, named graphs and the stored default graph, without the release record; inside a transaction. */
    private long dataQuads() {
        return Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY))
                + Iter.count(dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY))
                - Iter.count(dsg.find(Quad.defaultGraphIRI, STATE, Node.ANY, Node.ANY));
    }

    private Optional<Position> readPosition() {
        String release = value(RELEASE);
        String patch = value(PATCH);
        String content = value(CONTENT);
        return release == null || patch == null || content == null ? Optional.empty()
                : Optional.of(new Position(release, patch, content));
    }

    private String value(Node property) {
        var it = dsg.find(Quad.defaultGraphIRI, STATE, property, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        } finally {
            Iter.close(it);
        }
    }
}
