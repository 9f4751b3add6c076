package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import no.policylod.dump.Checksums;
import no.policylod.format.Format;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.jena.rdfpatch.RDFPatch;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.rdfpatch.changes.PatchSummary;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Releases of real TDB2 stores built from the fixture pages: what a release folder holds, that unchanged data makes
 * no release, that the same data gives the same bytes in two stores, and that a release's RDF Patch turns the
 * previous release's data into its own.
 */
class ReleasesTest {

    private static final String DAY1 = "2026-11-21T10:00:00Z";

    @TempDir
    Path dir;

    @Test
    void firstPublishMakesAReleaseWithEveryFileChecksummed() throws IOException {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Releases.Outcome o = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1))
                    .publish(store.dataset());
            assertTrue(o.created());
            Release r = o.release();
            assertEquals("2026-11-21.1", r.name());
            assertEquals("2026-11-21T10:00:00Z", r.issued());
            assertNull(r.previous());
            assertEquals(store.quadCount(), r.quads(), "every quad of the store is in the release");
            assertEquals(r.quads(), r.added(), "the first release adds everything");
            assertEquals(0, r.removed());
            Path folder = ReleaseLayout.release(dumps, r.name());
            assertEquals(new TreeSet<>(List.of("SHA256SUMS", "catalog.jsonld", "catalog.ttl", "changed-resources.txt",
                    "changes.rdfp", "context.jsonld", "policy-lod.jsonld", "policy-lod.jsonld.sha256",
                    "policy-lod.nq.gz", "policy-lod.nq.gz.sha256", "policy-lod.nt.gz", "policy-lod.nt.gz.sha256",
                    "policy-lod.trig", "policy-lod.trig.sha256", "policy-lod.ttl", "policy-lod.ttl.sha256",
                    "release.json", "void.ttl")), names(folder));
            assertSumsHold(folder);
            for (Release.Artifact a : r.dumps()) {
                Path file = folder.resolve(a.file());
                assertEquals(Files.size(file), a.bytes(), a.file());
                assertEquals(Checksums.sha256(file), a.sha256(), a.file());
                assertEquals(Checksums.sha1(file), a.sha1(), a.file());
                assertEquals(a.sha256() + "  " + a.file() + "\n",
                        Files.readString(folder.resolve(a.file() + ".sha256")));
            }
            assertEquals(Format.dumps().size(), r.dumps().size());
            assertFalse(nquads(folder.resolve("policy-lod.nq.gz")).contains("_:"), "no blank nodes in the dumps");
        }
    }

    @Test
    void topOfTheDumpsFolderServesTheLatestRelease() throws IOException {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Release r = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1)).publish(store.dataset())
                    .release();
            Path folder = ReleaseLayout.release(dumps, r.name());
            for (String file : List.of("policy-lod.nq.gz", "policy-lod.nq.gz.sha256", "policy-lod.trig",
                    "policy-lod.trig.sha256", "catalog.ttl", "catalog.jsonld", "void.ttl")) {
                assertArrayEquals(Files.readAllBytes(folder.resolve(file)), Files.readAllBytes(dumps.resolve(file)),
                        file);
            }
            assertEquals("2026-11-21.1\n", Files.readString(dumps.resolve("releases/latest.txt")));
            assertEquals("2026-11-21.1", Releases.latestName(dumps).orElseThrow());
            assertTrue(Files.isRegularFile(dumps.resolve("feed.atom")));
        }
    }

    @Test
    void unchangedDataMakesNoNewRelease() throws IOException {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Release first = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1))
                    .publish(store.dataset()).release();
            byte[] feed = Files.readAllBytes(dumps.resolve("feed.atom"));
            Releases later = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-23T08:00:00Z"));
            Releases.Outcome again = later.publish(store.dataset());
            assertFalse(again.created(), "same content, no release");
            assertEquals(first, again.release());
            assertEquals(List.of(first), later.list());
            assertEquals(Set.of("2026-11-21.1", "latest.txt"), names(dumps.resolve("releases")));
            assertArrayEquals(feed, Files.readAllBytes(dumps.resolve("feed.atom")));
        }
    }

    @Test
    void aNewPublicUrlReachesTheCatalogueVoidAndFeedWithoutANewRelease() throws IOException {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Release first = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1))
                    .publish(store.dataset()).release();
            byte[] releaseCatalogue = Files.readAllBytes(ReleaseLayout.release(dumps, first.name())
                    .resolve(ReleaseLayout.CATALOG_TTL));
            Site moved = ReleaseFixtures.SITE.withPublicUrl("https://data.example.no/pl");
            Releases.Outcome again = Releases.of(dumps, moved, ReleaseFixtures.clock("2026-11-23T08:00:00Z"))
                    .publish(store.dataset());
            assertFalse(again.created(), "same content, no release");
            String download = "https://data.example.no/pl/dumps/releases/" + first.name() + "/policy-lod.nq.gz";
            for (String file : List.of(ReleaseLayout.CATALOG_TTL, ReleaseLayout.VOID_TTL, ReleaseLayout.FEED)) {
                String text = Files.readString(dumps.resolve(file));
                assertTrue(text.contains(download), file + " links the downloads at the new public URL");
                assertFalse(text.contains("https://w3id.org/policy-lod/dumps/"), file + " still links the old one");
            }
            assertArrayEquals(releaseCatalogue, Files.readAllBytes(ReleaseLayout.release(dumps, first.name())
                    .resolve(ReleaseLayout.CATALOG_TTL)), "the release folder keeps the files it was made with");
        }
    }

    @Test
    void theSameDataInTwoStoresGivesTheSameBytes() throws IOException {
        List<Path> folders = new ArrayList<>();
        for (String run : List.of("a", "b")) {
            try (Store store = ReleaseFixtures.store(dir.resolve("store-" + run), "pages/seeds",
                    "pages/topic-with-url")) {
                Release r = Releases.of(dir.resolve("dumps-" + run), ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1))
                        .publish(store.dataset()).release();
                folders.add(ReleaseLayout.release(dir.resolve("dumps-" + run), r.name()));
            }
        }
        for (String file : names(folders.get(0))) {
            assertArrayEquals(Files.readAllBytes(folders.get(0).resolve(file)),
                    Files.readAllBytes(folders.get(1).resolve(file)), file + " differs between two stores");
        }
        assertTrue(nquads(folders.get(0).resolve("policy-lod.nq.gz")).contains("/.well-known/genid/"),
                "the ontology's blank nodes are Skolem IRIs");
    }

    @Test
    void theSecondReleasesPatchTurnsTheFirstIntoTheSecond() throws IOException {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Release first = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1))
                    .publish(store.dataset()).release();
            store.replaceGraphs(ReleaseFixtures.data("pages/seeds", "pages/topic-with-url"), (fmt, args) -> { });
            Release second = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T15:30:00Z"))
                    .publish(store.dataset()).release();
            assertEquals("2026-11-21.2", second.name(), "the second release of the day");
            assertEquals(first.name(), second.previous());

            Path patchFile = ReleaseLayout.release(dumps, second.name()).resolve("changes.rdfp");
            RDFPatch patch;
            try (InputStream in = Files.newInputStream(patchFile)) {
                patch = RDFPatchOps.read(in);
            }
            PatchHeader header = patch.header();
            assertEquals(ReleaseDiff.patchId(ReleaseFixtures.SITE.version(second.name())), header.getId());
            assertEquals(ReleaseDiff.patchId(ReleaseFixtures.SITE.version(first.name())), header.getPrevious());
            assertEquals("uuid:" + header.getId().getURI().substring("uuid:".length()), second.patchId());
            PatchSummary summary = RDFPatchOps.summary(patch);
            assertEquals(second.added(), summary.getCountAddData());
            assertEquals(second.removed(), summary.getCountDeleteData());
            assertTrue(second.added() > 0, "a new page adds quads");

            DatasetGraph applied = DatasetGraphFactory.createTxnMem();
            Txn.executeWrite(applied, () -> parse(ReleaseLayout.release(dumps, first.name()), applied));
            RDFPatchOps.applyChange(applied, patch);
            DatasetGraph expected = DatasetGraphFactory.create();
            parse(ReleaseLayout.release(dumps, second.name()), expected);
            Txn.executeRead(applied, () -> GraphAssert.assertIsomorphic(expected, applied));

            List<String> changed = Files.readAllLines(ReleaseLayout.release(dumps, second.name())
                    .resolve("changed-resources.txt"));
            assertEquals(second.changedResources(), changed.size());
            assertTrue(changed.contains(Fixtures.BASE + "/id/topic/id1111"), changed.toString());
        }
    }

    @Test
    void theFirstReleaseOfALaterDayStartsAtOne() {
        Path dumps = dir.resolve("dumps");
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock(DAY1)).publish(store.dataset());
            store.replaceGraphs(ReleaseFixtures.data("pages/seeds", "pages/topic-with-url"), (fmt, args) -> { });
            Releases next = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-22T00:00:01Z"));
            assertEquals("2026-11-22.1", next.publish(store.dataset()).release().name());
            assertEquals(List.of("2026-11-21.1", "2026-11-22.1"), next.list().stream().map(Release::name).toList());
        }
    }

    /** Every line of SHA256SUMS matches its file, and every file but the .sha256 ones is listed. */
    private static void assertSumsHold(Path folder) throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(folder.resolve("SHA256SUMS"))) {
            String[] parts = line.split("  ", 2);
            assertEquals(Checksums.sha256(folder.resolve(parts[1])), parts[0], parts[1]);
            listed.add(parts[1]);
        }
        Set<String> expected = new TreeSet<>(names(folder));
        expected.removeIf(n -> n.endsWith(".sha256") || n.equals("SHA256SUMS"));
        assertEquals(expected, listed);
    }

    static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new TreeSet<>(files.map(p -> p.getFileName().toString()).toList());
        }
    }

    /** Parses a release's N-Quads dump into a dataset. */
    static void parse(Path releaseFolder, DatasetGraph into) {
        RDFParser.fromString(nquads(releaseFolder.resolve("policy-lod.nq.gz")), Lang.NQUADS).parse(into);
    }

    static String nquads(Path gz) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
