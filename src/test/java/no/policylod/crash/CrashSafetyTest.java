package no.policylod.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.policylod.config.Settings;
import no.policylod.dump.Checksums;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.Releases;
import no.policylod.release.Site;
import no.policylod.store.Store;
import no.policylod.testing.Launched;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} and {@code serve} killed with SIGKILL, as a crash or the out-of-memory killer would, each in a JVM
 * of its own on this build's classpath. After every kill, every release made before it is intact (its
 * {@code SHA256SUMS} hold) and the latest pointer names a whole release; the next run puts the folder in order, and
 * in the end the store holds exactly what the latest release holds. Seeded ({@code -Dcrash.seed=N},
 * {@code -Dcrash.kills=N}): a failure names the seed and the moment of the kill, to run it again.
 */
class CrashSafetyTest {

    private static final long SEED = Long.getLong("crash.seed", 20261204L);
    private static final int KILLS = Integer.getInteger("crash.kills", 20);

    @TempDir
    Path dir;

    private Path store;
    private Path dumps;

    @Test
    void publishKilledAtRandomMomentsLosesNoReleaseAndTheNextRunCompletes() throws IOException {
        store = dir.resolve("store");
        dumps = dir.resolve("dumps");
        // one input folder; each run adds a page to it, so that every run has something new to release
        Path input = pages("live", 1, 12);
        long whole;
        try (Launched run = publish(input, "first")) {
            long started = System.nanoTime();
            assertEquals(0, run.awaitExit(), run.output());
            whole = System.nanoTime() - started;
        }
        Random random = new Random(SEED);
        List<String> moments = new ArrayList<>();
        int kills = 0;
        for (int run = 0; kills < KILLS; run++) {
            if (run >= KILLS * 2 || 13 + run > 107) {
                fail("only " + kills + " of " + run + " runs were killed before they ended (seed " + SEED + "):\n"
                        + String.join("\n", moments));
            }
            Map<String, String> before = intactReleases();
            addPage(input, 13 + run);
            // kills spread over the whole run, over the release stage, and just after a release folder appears
            int when = run % 3;
            long delay = switch (when) {
                case 0 -> (long) (random.nextDouble() * whole * 0.8);
                case 1 -> (long) (random.nextDouble() * 400_000_000L);
                default -> (long) (random.nextDouble() * 40_000_000L);
            };
            String moment = "run " + run + " (seed " + SEED + "): kill " + delay / 1_000 + " us after "
                    + List.of("the start", "the load", "a release folder appeared").get(when);
            try (Launched publish = publish(input, "run-" + run)) {
                if (when == 1) {
                    awaitLine(publish, "loaded into ");
                } else if (when == 2) {
                    awaitNewRelease(publish, before.keySet());
                }
                pauseNanos(delay);
                if (!publish.isAlive()) {
                    assertEquals(0, publish.awaitExit(), moment + ": the run failed\n" + publish.output());
                    moments.add(moment + ": ended before");
                    continue;
                }
                publish.kill();
                kills++;
                moments.add(moment + ": " + lastLine(publish.output()));
            }
            Map<String, String> after = intactReleases();
            before.forEach((name, sums) -> assertEquals(sums, after.get(name),
                    moment + ": release " + name + " changed or went missing"));
            String pointer = Releases.latestName(dumps).orElseThrow(() -> new AssertionError(moment + ": no pointer"));
            assertTrue(after.containsKey(pointer), moment + ": the pointer names " + pointer + ", not a whole release");
            if (kills % 2 == 0) {
                // what a serve started now would do first; the other kills are left to the next publish
                List<String> recovered = Releases.of(dumps, Site.of(Settings.defaults()), Clock.systemUTC()).recover();
                moments.set(moments.size() - 1, moments.get(moments.size() - 1) + "; recovered " + recovered);
                assertTopIsNewest(moment);
            }
        }
        System.out.println(String.join("\n", moments));
        // a run to its end: recovers what the last kill left, and releases what the store holds
        try (Launched last = publish(input, "last")) {
            assertEquals(0, last.awaitExit(), last.output());
        }
        assertInOrder(String.join("\n", moments));
    }

    @Test
    void aPublishKilledBetweenLoadAndReleaseIsReleasedByTheNextRunThoughNoPageChanged() throws IOException {
        store = dir.resolve("store");
        dumps = dir.resolve("dumps");
        Path a = pages("a", 1, 8);
        Path b = pages("b", 5, 12);
        try (Launched first = publish(a, "first")) {
            assertEquals(0, first.awaitExit(), first.output());
        }
        String firstRelease = Releases.latestName(dumps).orElseThrow();
        try (Launched killed = publish(b, "killed")) {
            awaitLine(killed, "loaded into ");
            killed.kill();
        }
        if (!Releases.latestName(dumps).orElseThrow().equals(firstRelease)) {
            fail("the kill came after the release was made; the store was meant to be ahead of the dumps");
        }
        String out;
        try (Launched again = publish(b, "again")) {
            assertEquals(0, again.awaitExit(), again.output());
            out = again.output();
        }
        assertTrue(out.contains("unchanged since they were loaded"), "no page is converted again:\n" + out);
        assertTrue(out.contains("release 20"), "a release is made of what the store holds:\n" + out);
        assertInOrder(out);
    }

    @Test
    void aServerKilledWithSigkillRestartsOnItsStore() throws Exception {
        store = dir.resolve("store");
        dumps = dir.resolve("dumps");
        try (Launched first = publish(pages("a", 1, 6), "publish")) {
            assertEquals(0, first.awaitExit(), first.output());
        }
        String query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String answer = null;
        for (int round = 0; round < 3; round++) {
            int port = Launched.freePort();
            try (Launched serve = Launched.policyLod(dir.resolve("serve-" + round + ".log"), "serve", "--store",
                    store.toString(), "--dumps", dumps.toString(), "--port", String.valueOf(port))) {
                serve.awaitHttp(URI.create("http://127.0.0.1:" + port + "/$/ping"));
                String now = ask(port, query);
                if (answer == null) {
                    answer = now;
                    assertTrue(answer.contains("\"n\""), answer);
                } else {
                    assertEquals(answer, now, "after a SIGKILL the store answers as before");
                }
                serve.kill();
            }
        }
    }

    private static String ask(int port, String query) throws Exception {
        URI url = URI.create("http://127.0.0.1:" + port + "/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpResponse<String> r = Launched.HTTP.send(HttpRequest.newBuilder(url)
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("\\s+", "");
    }

    /** After a run to its end: nothing unfinished left, the top from the newest release, the store equal to it. */
    private void assertInOrder(String context) throws IOException {
        String newest = assertTopIsNewest(context);
        try (Store opened = Store.open(store)) {
            // reads the whole store and compares its canonical content with the newest release's
            Releases.Outcome check = Releases.of(dumps, Site.of(Settings.defaults()), Clock.systemUTC())
                    .publish(opened.dataset(), false);
            assertFalse(check.created(), "the store holds what release " + newest + " holds\n" + context);
        }
    }

    /** Nothing unfinished in the dumps folder, its top that of the newest release; that release's name. */
    private String assertTopIsNewest(String context) throws IOException {
        try (Stream<Path> all = Files.walk(dumps)) {
            List<Path> hidden = all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertEquals(List.of(), hidden, "left behind:\n" + context);
        }
        Map<String, String> releases = intactReleases();
        String newest = ((TreeMap<String, String>) releases).lastKey();
        assertEquals(newest, Releases.latestName(dumps).orElseThrow(), "the pointer names the newest release");
        Path folder = ReleaseLayout.release(dumps, newest);
        for (String f : List.of("policy-lod.nq.gz", "policy-lod.nq.gz.sha256", "policy-lod.trig",
                "policy-lod.trig.sha256", "catalog.ttl", "void.ttl")) {
            assertEquals(-1, Files.mismatch(folder.resolve(f), dumps.resolve(f)), f + " at the top is " + newest
                    + "'s\n" + context);
        }
        String feed = Files.readString(dumps.resolve("feed.atom"));
        for (String name : releases.keySet()) {
            assertTrue(feed.contains(name), "the feed lists " + name + "\n" + context);
        }
        return newest;
    }

    /** Waits until a release folder not among {@code known} appears (or the program ends). */
    private void awaitNewRelease(Launched run, java.util.Set<String> known) throws IOException {
        Path folder = ReleaseLayout.releases(dumps);
        while (run.isAlive()) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> children = Files.list(folder)) {
                    if (children.map(p -> p.getFileName().toString())
                            .anyMatch(n -> !n.startsWith(".") && !known.contains(n) && n.matches("\\d{4}-.*"))) {
                        return;
                    }
                }
            }
            Thread.onSpinWait();
        }
    }

    private static void pauseNanos(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            Launched.pause(Math.min(5, Math.max(0, (end - System.nanoTime()) / 1_000_000)));
        }
    }

    /** Every whole release folder, by name, with the text of its SHA256SUMS, each sum checked against its file. */
    private Map<String, String> intactReleases() throws IOException {
        Map<String, String> found = new TreeMap<>();
        Path folder = ReleaseLayout.releases(dumps);
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path release : children.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                Path sums = release.resolve(Checksums.SHA256SUMS);
                assertTrue(Files.isRegularFile(sums) && Files.isRegularFile(release.resolve(Release.MANIFEST)),
                        release + " is visible but not whole");
                String text = Files.readString(sums);
                for (String line : text.strip().split("\n")) {
                    String[] parts = line.split("\\s+", 2);
                    String file = parts[1].replaceFirst("^\\*", "");
                    assertEquals(parts[0], Checksums.sha256(release.resolve(file)), release + "/" + file);
                }
                found.put(release.getFileName().toString(), text);
            }
        }
        return found;
    }

    private Launched publish(Path input, String label) {
        return Launched.policyLod(dir.resolve(label + ".log"), "publish", "--no-serve", "--store", store.toString(),
                "--dumps", dumps.toString(), input.toString());
    }

    /** Waits until the program prints a line starting so (or ends); the time it was seen. */
    private static long awaitLine(Launched run, String start) {
        while (run.isAlive() && !run.output().contains("\n" + start) && !run.output().startsWith(start)) {
            Launched.pause(5);
        }
        return System.nanoTime();
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        return lines.length == 0 ? "(nothing printed)" : "last printed: " + lines[lines.length - 1];
    }

    /** Copies corpus page {@code n} (byte-exact) into the folder, under a name of its own. */
    private static void addPage(Path folder, int n) {
        String file = String.format("%03d.txt", n);
        try (InputStream in = CrashSafetyTest.class.getResourceAsStream("/corpus/pages/" + file)) {
            if (in == null) {
                fail("no corpus page " + file + " among the test resources");
            }
            Files.copy(in, folder.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of the corpus pages numbered from {@code from} to {@code to}, copied byte-exact. */
    private Path pages(String name, int from, int to) {
        Path folder = dir.resolve("input-" + name);
        try {
            Files.createDirectories(folder);
            for (int n = from; n <= to; n++) {
                String file = String.format("%03d.txt", n);
                try (InputStream in = CrashSafetyTest.class.getResourceAsStream("/corpus/pages/" + file)) {
                    if (in != null) {
                        Files.copy(in, folder.resolve(file));
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
