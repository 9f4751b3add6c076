package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import no.policylod.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code policy-lod replica}: what it refuses before following anything, as one line and exit code 2. */
class ReplicaCommandTest {

    @TempDir
    Path dir;

    @Test
    void aUrlThatIsNoPrimaryIsAUsageError() {
        CliRun r = CliRun.run("replica", "--follow", "ftp://example.org/feed.atom", "--store",
                dir.resolve("store").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertEquals("policy-lod: --follow ftp://example.org/feed.atom: not an http(s) URL of a primary: "
                + "ftp://example.org/feed.atom", r.err().strip(), r.toString());
    }

    @Test
    void anIntervalOfNothingIsAUsageError() {
        CliRun r = CliRun.run("replica", "--follow", "http://127.0.0.1:1/", "--interval", "0", "--store",
                dir.resolve("store").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertEquals("policy-lod: --interval 0.0: give seconds between 0 and 86400", r.err().strip(), r.toString());
    }

    @Test
    void aStoreThatSomethingElseFilledIsNotTaken() {
        Path store = dir.resolve("store");
        CliRun published = CliRun.run("publish", "--no-serve", "--store", store.toString(), "--dumps",
                dir.resolve("dumps").toString(), Fixtures.resource("pages/seeds").toString());
        assertEquals(Main.OK, published.exitCode(), published.toString());
        CliRun r = CliRun.run("replica", "--follow", "http://127.0.0.1:1/", "--store", store.toString(), "--dumps",
                dir.resolve("replica-dumps").toString());
        assertEquals(Main.USAGE, r.exitCode(), r.toString());
        assertEquals("policy-lod: the store at " + store + " holds data that no release of a primary put there: a "
                + "replica needs a store of its own (--store)", r.err().strip(), r.toString());
    }
}
