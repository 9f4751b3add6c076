package no.policylod.replica;

/**
 * Why a replica could not take the next step, as one line: the primary could not be reached, a download did not
 * match its published checksum (both worth trying again later), or a release does not follow the one the replica
 * holds (a broken chain, which waiting does not mend).
 *
 * <pre>
 * try { follower.syncOnce(); } catch (FollowProblem p) { if (p.kind() == FollowProblem.Kind.BROKEN_CHAIN) ... }
 * </pre>
 */
public final class FollowProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The primary did not answer, or answered with an error status. */
        UNREACHABLE,
        /** A file's bytes do not match the checksum the release publishes. */
        BAD_DOWNLOAD,
        /** The release, or its patch, does not follow the release the replica holds. */
        BROKEN_CHAIN
    }

    private final Kind kind;

    FollowProblem(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static FollowProblem unreachable(String message) {
        return new FollowProblem(Kind.UNREACHABLE, message);
    }

    static FollowProblem badDownload(String message) {
        return new FollowProblem(Kind.BAD_DOWNLOAD, message);
    }

    static FollowProblem brokenChain(String message) {
        return new FollowProblem(Kind.BROKEN_CHAIN, message);
    }

    public Kind kind() {
        return kind;
    }
}
