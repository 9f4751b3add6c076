package no.policylod.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A program run as a process of its own, its output in a file: {@code policy-lod} commands on this build's classpath
 * (a JVM each), or HAProxy. Killed by {@link #kill()} (SIGKILL) or {@link #stop()} (SIGTERM), by its own id.
 *
 * <pre>
 * Launched primary = Launched.policyLod(dir.resolve("primary.log"), "serve", "--store", store, "--port", port);
 * primary.awaitHttp(URI.create("http://127.0.0.1:" + port + "/$/ping"));
 * </pre>
 */
public final class Launched implements AutoCloseable {

    public static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;

    private Launched(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a program with its arguments; its standard output and error go to {@code log}. */
    public static Launched start(Path log, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Launched(p, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Starts {@code policy-lod ARGS...} in a JVM of its own, on the test's classpath. */
    public static Launched policyLod(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "no.policylod.cli.Main"));
        command.addAll(List.of(args));
        return start(log, command);
    }

    /** Runs {@code policy-lod ARGS...} to its end and fails unless it exits with 0. */
    public static String runPolicyLod(Path log, String... args) {
        try (Launched run = policyLod(log, args)) {
            if (!run.process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
                fail("policy-lod " + args[0] + " took longer than " + START.toSeconds() + " s:\n" + run.output());
            }
            if (run.process.exitValue() != 0) {
                fail("policy-lod " + args[0] + " exited with " + run.process.exitValue() + ":\n" + run.output());
            }
            return run.output();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Whether the program still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the program to end (failing when it takes too long) and gives its exit code. */
    public int awaitExit() {
        try {
            if (!process.waitFor(START.toSeconds(), TimeUnit.SECONDS)) {
                fail("the program took longer than " + START.toSeconds() + " s:\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port no one listens on now, on loopback. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the program printed so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Waits until a URL answers 200; fails when the program ends first or it takes too long. */
    public void awaitHttp(URI url) {
        awaitThat(() -> status(url) == 200, "waiting for " + url);
    }

    /** Waits until a condition holds; fails when the program ends first or it takes too long. */
    public void awaitThat(BooleanSupplier condition, String what) {
        long end = System.nanoTime() + START.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                fail(what + ": the program ended with " + process.exitValue() + ":\n" + output());
            }
            if (System.nanoTime() > end) {
                fail(what + ": gave up after " + START.toSeconds() + " s:\n" + output());
            }
            pause(100);
        }
    }

    /** The status of a GET, or -1 when nothing answers. */
    public static int status(URI url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL, as a crash or an out-of-memory killer would. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM, as an operator stopping it would. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
