package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import no.policylod.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run stopped midway leaves in a dumps folder, and {@link Releases#recover()} putting it in order: the states a
 * kill can leave, made by hand from two real releases (the child-process kill test, {@code CrashSafetyTest}, reaches
 * them at random).
 */
class RecoverTest {

    private static final List<String> TOP = List.of("policy-lod.nq.gz", "policy-lod.nq.gz.sha256", "policy-lod.trig",
            "policy-lod.trig.sha256", "catalog.ttl", "catalog.jsonld", "void.ttl", "feed.atom");

    @TempDir
    Path dir;

    private Path dumps;
    private Path first;
    private Path second;
    /** The top of the folder as the first release left it. */
    private Path firstTop;

    /** Two releases, the top of the folder of the first kept aside; the folder ends as the second left it. */
    private Releases twoReleases() throws IOException {
        dumps = dir.resolve("dumps");
        firstTop = dir.resolve("first-top");
        Releases releases = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"));
        try (Store store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds")) {
            first = ReleaseLayout.release(dumps, releases.publish(store.dataset()).release().name());
            Files.createDirectories(firstTop);
            for (String f : TOP) {
                Files.copy(dumps.resolve(f), firstTop.resolve(f));
            }
            store.replaceGraphs(ReleaseFixtures.data("pages/seeds", "pages/topic-with-url"), (fmt, args) -> { });
            second = ReleaseLayout.release(dumps, releases.publish(store.dataset()).release().name());
        }
        return releases;
    }

    @Test
    void aFolderInOrderIsLeftAsItIs() throws IOException {
        Releases releases = twoReleases();
        assertEquals(List.of(), releases.recover());
        assertTopIs(second);
    }

    @Test
    void killedJustAfterTheReleaseFolderAppearedTheTopIsMadeThatOfTheNewRelease() throws IOException {
        Releases releases = twoReleases();
        // as a kill between the rename of the release folder and the first copy leaves it
        for (String f : TOP) {
            Files.copy(firstTop.resolve(f), dumps.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(ReleaseLayout.releases(dumps).resolve("latest.txt"), first.getFileName() + "\n");
        List<String> done = releases.recover();
        assertEquals(1, done.size(), done.toString());
        assertTrue(done.get(0).contains(second.getFileName().toString()), done.get(0));
        assertTopIs(second);
        assertEquals(List.of(), releases.recover(), "in order once recovered");
    }

    @Test
    void topDumpsFromTwoReleasesAreMadeOne() throws IOException {
        Releases releases = twoReleases();
        // a kill between two copies: the N-Quads new, its checksum file old; the pointer not yet moved
        Files.copy(firstTop.resolve("policy-lod.nq.gz.sha256"), dumps.resolve("policy-lod.nq.gz.sha256"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(firstTop.resolve("policy-lod.trig"), dumps.resolve("policy-lod.trig"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(ReleaseLayout.releases(dumps).resolve("latest.txt"), first.getFileName() + "\n");
        assertFalse(releases.recover().isEmpty());
        assertTopIs(second);
    }

    @Test
    void aDamagedTopFileIsReplacedEvenWhenThePointerIsRight() throws IOException {
        Releases releases = twoReleases();
        Path nq = dumps.resolve("policy-lod.nq.gz");
        byte[] bytes = Files.readAllBytes(nq);
        Files.write(nq, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.delete(dumps.resolve("feed.atom"));
        String done = String.join("\n", releases.recover());
        assertTrue(done.contains("policy-lod.nq.gz") && done.contains("feed.atom"), done);
        assertTopIs(second);
    }

    @Test
    void unfinishedReleaseFoldersAndHalfWrittenFilesAreRemoved() throws IOException {
        Releases releases = twoReleases();
        Path staging = ReleaseLayout.releases(dumps).resolve(".staging-2026-11-21.3");
        Files.createDirectories(staging.resolve("sub"));
        Files.writeString(staging.resolve("policy-lod.nq.gz"), "half");
        Files.writeString(staging.resolve(".sort-1.tmp"), "spill");
        Files.writeString(dumps.resolve(".policy-lod.trig.tmp"), "half");
        Files.writeString(ReleaseLayout.releases(dumps).resolve(".latest.txt.tmp"), "2026-11-21.3");
        Files.createDirectories(dumps.resolve("feed"));
        Files.writeString(dumps.resolve("feed").resolve(".archive-1.atom.tmp"), "<feed");
        List<String> done = releases.recover();
        assertEquals(4, done.size(), done.toString());
        try (Stream<Path> all = Files.walk(dumps)) {
            List<Path> hidden = all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertEquals(List.of(), hidden);
        }
        assertTopIs(second);
        assertEquals(2, releases.list().size(), "complete releases are kept");
    }

    @Test
    void anEmptyFolderNeedsNothing() {
        Releases releases = Releases.of(dir.resolve("none"), ReleaseFixtures.SITE,
                ReleaseFixtures.clock("2026-11-21T10:00:00Z"));
        assertEquals(List.of(), releases.recover());
    }

    /** The top dumps are the release's bytes, the pointer names it, the feed's newest entry is it. */
    private void assertTopIs(Path release) throws IOException {
        String name = release.getFileName().toString();
        assertEquals(name + "\n", Files.readString(ReleaseLayout.releases(dumps).resolve("latest.txt")));
        for (String f : List.of("policy-lod.nq.gz", "policy-lod.nq.gz.sha256", "policy-lod.trig",
                "policy-lod.trig.sha256", "catalog.ttl", "catalog.jsonld", "void.ttl")) {
            assertEquals(-1, Files.mismatch(release.resolve(f), dumps.resolve(f)), f + " is release " + name + "'s");
        }
        String feed = Files.readString(dumps.resolve("feed.atom"));
        assertTrue(feed.contains(name), "the feed lists " + name);
    }
}
