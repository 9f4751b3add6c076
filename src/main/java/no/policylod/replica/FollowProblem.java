package no.policylod.replica;

/**
 * Why a replica could not take the next step, as one line: the primary could not be reached, a download did not
 * match its published checksum, the replica could not write (all worth trying again later), or a release does not
 * follow the one the replica holds (a broken chain, which waiting does not mend).
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
        BROKEN_CHAIN,
        /** The replica could not write its own store, search index or folder. */
        LOCAL
    }

    private final Kind kind;
    private final int status;

    FollowProblem(Kind kind, String message, int status) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    static FollowProblem unreachable(String message) {
        return new FollowProblem(Kind.UNREACHABLE, message, 0);
    }

    /** The primary answered with an error status. */
    static FollowProblem answered(String message, int status) {
        return new FollowProblem(Kind.UNREACHABLE, message, status);
    }

    static FollowProblem badDownload(String message) {
        return new FollowProblem(Kind.BAD_DOWNLOAD, message, 0);
    }

    /** Something that went wrong on the replica's side, as a problem of kind {@link Kind#LOCAL}. */
    static FollowProblem local(RuntimeException e) {
        return new FollowProblem(Kind.LOCAL, e.getMessage() == null ? e.toString() : e.getMessage(), 0);
    }

    static FollowProblem brokenChain(String message) {
        return new FollowProblem(Kind.BROKEN_CHAIN, message, 0);
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the primary answered with, or 0 when it did not answer. */
    public int status() {
        return status;
    }
}
