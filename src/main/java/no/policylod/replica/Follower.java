package no.policylod.replica;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import no.policylod.dump.Checksums;
import no.policylod.format.Format;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.ReleaseName;
import no.policylod.replica.ReplicaStore.Position;

/**
 * Keeps a replica in step with a primary, the way a query-service replica follows a change stream: the first time it
 * loads the newest release's full N-Quads dump, then applies each later release's RDF Patch in order, each in one
 * write transaction with the record of the release ({@link ReplicaStore}). Every file is checked against the
 * release's {@code SHA256SUMS} (and the manifest) before it is used, and every patch against the chain: the release's
 * {@code previous} and the patch header's {@code previous} must both name the release the replica holds.
 *
 * <pre>
 * Follower follower = new Follower(PrimarySite.of(url), new ReplicaStore(store), new Mirror(dumps),
 *         new Follower.Options(false, true), listener, out::println);
 * follower.syncOnce();                          // one round: load or apply what is new, or throw a FollowProblem
 * follower.run(Duration.ofSeconds(30));         // rounds until the thread is interrupted, with backoff
 * </pre>
 */
public final class Follower {

    private static final String NQ_GZ = Format.NQUADS.dump().orElseThrow().fileName();
    private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

    private final PrimarySite primary;
    private final ReplicaStore replica;
    private final Mirror mirror;
    private final Options options;
    private final Listener listener;
    private final Consumer<String> log;
    private boolean wrote;

    /**
     * How a replica follows.
     *
     * @param mirrorDumps also keep each release's data dumps (otherwise only its manifest, checksums, patch,
     *                    catalogue and VoID: the pages need those)
     * @param reload      when a release does not follow the one held, load the newest full dump instead
     */
    public record Options(boolean mirrorDumps, boolean reload) {
    }

    /** What depends on the store besides the store: told before each write and after a round that wrote. */
    public interface Listener {
        /** The store is about to change. */
        void beforeWrite();

        /** The store changed and now holds this release. */
        void afterWrites(Position now);
    }

    /**
     * What one round did.
     *
     * @param now     the release the store holds afterwards
     * @param applied releases applied as patches
     * @param loaded  whether a full dump was loaded
     */
    public record Outcome(Position now, int applied, boolean loaded) {
        public boolean changed() {
            return applied > 0 || loaded;
        }
    }

    public Follower(PrimarySite primary, ReplicaStore replica, Mirror mirror, Options options, Listener listener,
                    Consumer<String> log) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.replica = Objects.requireNonNull(replica, "replica");
        this.mirror = Objects.requireNonNull(mirror, "mirror");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * One round: reads the feed; loads the newest release's dump into an empty store, or applies the releases after
     * the one held, in order. Throws a {@link FollowProblem} at the first thing that stops it; what was applied before
     * stays.
     */
    public Outcome syncOnce() {
        PrimarySite.Feed feed = primary.feed();
        String newest = feed.newest().orElseThrow(() -> FollowProblem.unreachable(
                primary.base() + ReleaseLayout.FEED_PATH + " lists no release yet"));
        try {
            Optional<Position> held = replica.position();
            Outcome outcome = held.isEmpty() ? load(newest) : catchUp(held.get(), newest);
            if (outcome.now().release().equals(newest)) {
                keepFeed(feed);
            }
            return outcome;
        } finally {
            afterWrites();
        }
    }

    /** Replaces the store's data with the newest release's full dump, whatever it holds now. */
    public Outcome reload() {
        String newest = primary.feed().newest().orElseThrow(() -> FollowProblem.unreachable(
                primary.base() + ReleaseLayout.FEED_PATH + " lists no release yet"));
        try {
            return load(newest);
        } finally {
            afterWrites();
        }
    }

    /** Tells the listener the store is about to change; {@link #afterWrites} tells it the round is over. */
    private void beforeWrite() {
        wrote = true;
        listener.beforeWrite();
    }

    /** After a round that wrote, even one stopped part way: the listener learns what the store holds now. */
    private void afterWrites() {
        if (wrote) {
            wrote = false;
            replica.position().ifPresent(listener::afterWrites);
        }
    }

    /**
     * Rounds every {@code interval} until the thread is interrupted. A primary that cannot be reached, a download that
     * does not match its checksum, or a write that fails here, is one line however long it lasts; the replica keeps
     * serving what it holds and tries again, waiting twice as long each time (at most 16 intervals, and 10 minutes),
     * and says so in one line when the primary answers again. A release that does not follow the one held is refused
     * in one line, and the newest full dump is loaded instead when {@link Options#reload()} allows.
     */
    public void run(Duration interval) {
        run(interval, () -> false);
    }

    /** As {@link #run(Duration)}, returning after the first round that leaves {@code done} true. */
    public void run(Duration interval, java.util.function.BooleanSupplier done) {
        Duration longest = min(interval.multipliedBy(16), LONGEST_WAIT);
        Duration wait = interval;
        FollowProblem.Kind trouble = null;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                round();
                if (trouble != null) {
                    log.accept("primary " + primary.base() + " answers again; " + holding());
                }
                trouble = null;
                wait = interval;
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (FollowProblem p) {
                boolean known = p.kind() == trouble;
                if (!known) {
                    log.accept(lineFor(p, longest));
                }
                trouble = p.kind() == FollowProblem.Kind.BROKEN_CHAIN && options.reload() ? reloadAfter(p, known)
                        : p.kind();
                wait = trouble == null ? interval : min(wait.multipliedBy(2), longest);
            }
            sleep(wait);
        }
    }

    /** One round; what fails on the replica's side is a problem like the others, so it does not end the replica. */
    private void round() {
        try {
            syncOnce();
        } catch (FollowProblem p) {
            throw p;
        } catch (RuntimeException e) {
            throw FollowProblem.local(e);
        }
    }

    /** The newest full dump loaded after a refused release; the trouble that remains, or null. */
    private FollowProblem.Kind reloadAfter(FollowProblem refused, boolean quiet) {
        try {
            reload();
            return null;
        } catch (RuntimeException e) {
            FollowProblem again = e instanceof FollowProblem p ? p : FollowProblem.local(e);
            if (!quiet) {
                log.accept("cannot load the newest full dump: " + again.getMessage() + "; " + holding());
            }
            return refused.kind();
        }
    }

    private String lineFor(FollowProblem p, Duration longest) {
        return switch (p.kind()) {
            case BROKEN_CHAIN -> "refused: " + p.getMessage() + "; " + holding()
                    + (options.reload() ? "; loading the newest full dump" : "");
            case UNREACHABLE, BAD_DOWNLOAD -> "primary: " + p.getMessage() + "; " + holding()
                    + ", trying again, waiting up to " + longest.toSeconds() + " s";
            case LOCAL -> "replica: " + p.getMessage() + "; " + holding() + ", trying again, waiting up to "
                    + longest.toSeconds() + " s";
        };
    }

    private String holding() {
        return replica.position().map(p -> "serving release " + p.release()).orElse("nothing to serve yet");
    }

    /** Loads a release's full N-Quads dump, checked, in one transaction. */
    private Outcome load(String name) {
        long t0 = System.nanoTime();
        PrimarySite.Manifest manifest = primary.release(name);
        PrimarySite.Sums sums = primary.sums(name);
        Release release = manifest.release();
        Path staging = stage(manifest, sums, true);
        Path dump = staging.resolve(NQ_GZ);
        if (!Files.isRegularFile(dump)) {
            throw FollowProblem.badDownload("release " + name + " has no " + NQ_GZ + " to start from");
        }
        beforeWrite();
        Position at = Position.of(release);
        replica.replaceAll(dump, at, release.quads());
        dropDumpsUnlessMirrored(staging);
        mirror.publish(name);
        log.accept(String.format("loaded release %s from its full dump: %d quads (%.1f s)", name, release.quads(),
                seconds(t0)));
        return new Outcome(at, 0, true);
    }

    /** Applies the releases after the one held, up to the newest, in order. */
    private Outcome catchUp(Position held, String newest) {
        PrimarySite.Manifest mine = primary.release(held.release());
        if (!Position.of(mine.release()).equals(held)) {
            throw FollowProblem.brokenChain("the primary's release " + held.release() + " is not the one this replica "
                    + "holds (other content): the primary has started over");
        }
        if (!mirror.has(held.release())) {
            stage(mine, primary.sums(held.release()), false);
            mirror.publish(held.release());
        }
        Position at = held;
        int applied = 0;
        for (PrimarySite.Manifest next : chain(held, newest)) {
            at = apply(at, next);
            applied++;
        }
        return new Outcome(at, applied, false);
    }

    /** The manifests of the releases after {@code held} up to {@code newest}, oldest first, read back from the newest. */
    private List<PrimarySite.Manifest> chain(Position held, String newest) {
        List<PrimarySite.Manifest> chain = new ArrayList<>();
        ReleaseName mine = ReleaseName.parse(held.release());
        String name = newest;
        while (!name.equals(held.release())) {
            if (ReleaseName.parse(name).compareTo(mine) < 0) {
                throw FollowProblem.brokenChain("the primary's releases up to " + newest + " do not pass through "
                        + held.release() + ", which this replica holds");
            }
            PrimarySite.Manifest manifest = primary.release(name);
            chain.add(0, manifest);
            name = manifest.release().previous();
            if (name == null) {
                throw FollowProblem.brokenChain("the primary's releases up to " + newest + " do not include "
                        + held.release() + ", which this replica holds");
            }
        }
        return chain;
    }

    /** Applies one release's patch to the release before it, checked, in one transaction. */
    private Position apply(Position from, PrimarySite.Manifest manifest) {
        long t0 = System.nanoTime();
        Release release = manifest.release();
        Position to = Position.of(release);
        Path staging = stage(manifest, primary.sums(release.name()), false);
        beforeWrite();
        replica.apply(staging.resolve(ReleaseLayout.PATCH), from, to, release.quads());
        mirror.publish(release.name());
        log.accept(String.format("applied release %s: %d quads added, %d removed, %d resources changed (%.1f s)",
                release.name(), release.added(), release.removed(), release.changedResources(), seconds(t0)));
        return to;
    }

    /**
     * Fetches a release's files into a hidden folder of the mirror, each checked against {@code SHA256SUMS}: all but
     * the data dumps, which come only when mirrored or {@code withNQuads} asks for the N-Quads.
     */
    private Path stage(PrimarySite.Manifest manifest, PrimarySite.Sums sums, boolean withNQuads) {
        Release release = manifest.release();
        String name = release.name();
        check(Checksums.sha256(manifest.bytes()), sums.of(Release.MANIFEST), name, Release.MANIFEST);
        check(release.patch().sha256(), sums.of(ReleaseLayout.PATCH), name, ReleaseLayout.PATCH);
        Path staging = mirror.stage(name);
        mirror.write(name, Release.MANIFEST, manifest.bytes());
        mirror.write(name, Checksums.SHA256SUMS, sums.bytes());
        Set<String> dumps = release.dumps().stream().map(Release.Artifact::file).collect(Collectors.toSet());
        for (String file : sums.byFile().keySet()) {
            boolean dump = dumps.contains(file);
            if (!PLAIN_NAME.matcher(file).matches() || file.equals(Release.MANIFEST)
                    || dump && !options.mirrorDumps() && !(withNQuads && file.equals(NQ_GZ))) {
                continue;
            }
            if (dump || file.equals(ReleaseLayout.PATCH)) {
                primary.download(name, file, sums.of(file), staging.resolve(file));
            } else {
                mirror.write(name, file, primary.releaseFile(name, file, sums.of(file)));
            }
        }
        for (Release.Artifact a : release.dumps()) {
            check(a.sha256(), sums.of(a.file()), name, a.file());
            mirror.write(name, a.file() + ".sha256", (sums.of(a.file()) + "  " + a.file() + "\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return staging;
    }

    private static void check(String stated, String summed, String release, String file) {
        if (!stated.equals(summed)) {
            throw FollowProblem.badDownload("release " + release + ": the manifest and " + Checksums.SHA256SUMS
                    + " disagree about " + file);
        }
    }

    private void dropDumpsUnlessMirrored(Path staging) {
        if (options.mirrorDumps()) {
            return;
        }
        try {
            Files.deleteIfExists(staging.resolve(NQ_GZ));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot remove " + staging.resolve(NQ_GZ) + ": " + e.getMessage(), e);
        }
    }

    /** The primary's feed, and the archive pages the mirror lacks (complete pages never change). */
    private void keepFeed(PrimarySite.Feed feed) {
        for (int page = 1; page <= feed.archivePages(); page++) {
            if (!mirror.hasArchivePage(page)) {
                mirror.archivePage(page, primary.archivePage(page));
            }
        }
        mirror.feed(feed.atom());
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
