package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import no.policylod.store.Store;
import no.policylod.store.StoreCheck;
import no.policylod.testing.Fixtures;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that fails its own checks is not served: copies of a small store, each damaged in one file (the node file
 * truncated, garbled or gone, an index truncated or garbled, the journal garbled), make {@code serve} stop with one
 * line naming the store folder and exit code 1; the undamaged copy passes the same checks.
 */
class DamagedStoreTest {

    @TempDir
    static Path dir;

    private static Path original;

    @BeforeAll
    static void makeStore() {
        original = dir.resolve("store");
        Store store = Fixtures.store(original, "pages/seeds");
        TDBInternal.expel(store.dataset().asDatasetGraph());
    }

    @Test
    void anUndamagedCopyPassesTheChecks() throws IOException {
        Path copy = copy("undamaged");
        try (Store store = Store.open(copy)) {
            StoreCheck.Report report = StoreCheck.verify(store);
            assertTrue(report.quads() > 100 && report.nodes() > 100, report.toString());
        } finally {
            release(copy);
        }
    }

    @Test
    void everyDamageIsFoundByTheChecks() throws IOException {
        List<String> damages = List.of("garble GSPO.bpt", "truncate nodes-data.obj", "garble nodes-data.obj", "delete nodes-data.obj",
                "garble journal.jrnl", "truncate GSPO.dat", "garble POSG.dat",
                "garble nodes.dat", "truncate SPOG.idn");
        for (String damage : damages) {
            Path copy = copy(damage.replace(' ', '-'));
            damage(copy, damage);
            Store.StoreException e = assertThrows(Store.StoreException.class, () -> {
                try (Store store = Store.open(copy)) {
                    StoreCheck.verify(store);
                } finally {
                    release(copy);
                }
            }, damage + " was not found");
            assertTrue(e.getMessage().contains(copy.toString()), damage + ": " + e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), damage + ": " + e.getMessage());
        }
    }

    @Test
    void serveRefusesADamagedStoreInOneLine() throws IOException {
        for (String damage : List.of("truncate nodes-data.obj", "garble journal.jrnl")) {
            Path copy = copy("served-" + damage.replace(' ', '-'));
            damage(copy, damage);
            CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.run("serve", "--store",
                    copy.toString(), "--dumps", dir.resolve("dumps").toString(), "--port", "0"), "serve did not stop");
            assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
            assertEquals(1, r.err().strip().lines().count(), r.toString());
            assertTrue(r.err().startsWith("policy-lod: the store " + copy + " is damaged ("), r.toString());
            assertFalse(r.err().contains("\tat ") || r.out().contains("serving"), r.toString());
        }
    }

    private static Path copy(String name) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> files = Files.walk(original)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(original.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** Truncates a file of the store's data folder to half (at most 1000 bytes), overwrites its first 40 000 bytes, or deletes it. */
    private static void damage(Path store, String damage) throws IOException {
        String[] words = damage.split(" ");
        Path file = store.resolve("Data-0001").resolve(words[1]);
        switch (words[0]) {
            case "truncate" -> {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    channel.truncate(Math.min(channel.size() / 2, 1000));
                }
            }
            case "garble" -> {
                Random random = new Random(1);
                try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
                    byte[] junk = new byte[40_000];
                    random.nextBytes(junk);
                    out.write(junk);
                }
            }
            case "delete" -> Files.delete(file);
            default -> throw new IllegalArgumentException(damage);
        }
    }

    /** Lets go of the store's files, so that the next test does not find it open. */
    private static void release(Path store) {
        try {
            TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString()), true);
        } catch (RuntimeException alreadyGone) {
            // nothing was left open
        }
    }
}
