package no.policylod.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import no.policylod.dump.AtomicFiles;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;

/**
 * The replica's dumps folder, laid out as the primary's ({@link ReleaseLayout}) so the same server serves it: the
 * files of each release the replica holds, the latest pointer naming the release its store holds, the catalogue and
 * VoID of that release at the top, and the primary's feed once the replica has caught up with it.
 *
 * <pre>
 * Mirror mirror = new Mirror(Path.of("replica-dumps"));
 * Path folder = mirror.stage("2026-12-03.2");     // a hidden folder, filled with the release's files
 * ...                                             // the store takes the release
 * mirror.publish("2026-12-03.2");                 // folder in place, pointer moved, catalogue and VoID at the top
 * </pre>
 */
public final class Mirror {

    private static final String STAGING = ".replica-";

    private final Path dumps;

    public Mirror(Path dumps) {
        this.dumps = dumps;
    }

    public Path folder() {
        return dumps;
    }

    /** Whether the release's files are in place. */
    public boolean has(String release) {
        return Files.isRegularFile(ReleaseLayout.release(dumps, release).resolve(Release.MANIFEST));
    }

    /** An empty hidden folder for a release's files, which the server does not serve. */
    public Path stage(String release) {
        Path staging = ReleaseLayout.releases(dumps).resolve(STAGING + release);
        AtomicFiles.deleteTree(staging);
        try {
            return Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + staging + ": " + e.getMessage(), e);
        }
    }

    /** Writes one file of a staged release. */
    public void write(String release, String file, byte[] bytes) {
        AtomicFiles.write(ReleaseLayout.releases(dumps).resolve(STAGING + release).resolve(file),
                out -> out.write(bytes));
    }

    /**
     * Puts a staged release in place (a release folder already there is the same release, kept), points the latest
     * pointer at it and copies its catalogue and VoID to the top of the folder.
     */
    public void publish(String release) {
        Path staging = ReleaseLayout.releases(dumps).resolve(STAGING + release);
        Path target = ReleaseLayout.release(dumps, release);
        try {
            if (Files.exists(target)) {
                AtomicFiles.deleteTree(staging);
            } else {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        }
        point(release);
    }

    /** The pointer and the top-level catalogue and VoID, for a release in place. */
    public void point(String release) {
        Path folder = ReleaseLayout.release(dumps, release);
        for (String file : new String[] {ReleaseLayout.CATALOG_TTL, ReleaseLayout.CATALOG_JSONLD,
                ReleaseLayout.VOID_TTL}) {
            if (Files.isRegularFile(folder.resolve(file))) {
                AtomicFiles.copy(folder.resolve(file), dumps.resolve(file));
            }
        }
        AtomicFiles.writeString(ReleaseLayout.releases(dumps).resolve(ReleaseLayout.LATEST_POINTER), release + "\n");
    }

    /** Keeps the primary's feed document as published. */
    public void feed(byte[] atom) {
        AtomicFiles.write(dumps.resolve(ReleaseLayout.FEED), out -> out.write(atom));
    }

    /** Whether an archive page of the feed is kept (complete pages never change). */
    public boolean hasArchivePage(int page) {
        return Files.isRegularFile(archivePage(page));
    }

    /** Keeps an archive page of the feed as published. */
    public void archivePage(int page, byte[] atom) {
        AtomicFiles.write(archivePage(page), out -> out.write(atom));
    }

    private Path archivePage(int page) {
        return dumps.resolve(ReleaseLayout.FEED_ARCHIVE).resolve(ReleaseLayout.archivePage(page));
    }
}
