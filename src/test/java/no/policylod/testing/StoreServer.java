package no.policylod.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A SPARQL store run as a process of its own on loopback, on free ports, with its data in a test's folder: the
 * standalone Fuseki jar that Maven copies into {@code target/fuseki-server/}, or Debian's Virtuoso. Stopped with
 * SIGTERM (then SIGKILL) by its own process id.
 *
 * <pre>
 * try (StoreServer fuseki = StoreServer.fuseki(dir, "loader", "s3cret")) {
 *     URI gsp = fuseki.url("/ds/data");
 * }
 * </pre>
 */
public final class StoreServer implements AutoCloseable {

    /** The Fuseki server jar, copied by the build (maven-dependency-plugin). */
    public static final Path FUSEKI_JAR = Path.of("target", "fuseki-server", "jena-fuseki-server.jar");
    /** Debian's Virtuoso server ({@code virtuoso-opensource}). */
    public static final Path VIRTUOSO = Path.of("/usr/bin/virtuoso-t");
    private static final Duration START = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private StoreServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Fuseki with {@code src/test/resources/remote/fuseki-config.ttl}: {@code /ds} (open query at {@code /ds/sparql},
     * Graph Store writes at {@code /ds/data} for {@code user} only) and an empty {@code /empty}.
     */
    public static StoreServer fuseki(Path dir, String user, String password) {
        ExternalProcess.require(Files.isRegularFile(FUSEKI_JAR), FUSEKI_JAR + " (mvn generate-test-resources)");
        try {
            Files.createDirectories(dir);
            Files.copy(Fixtures.resource("remote/fuseki-config.ttl"), dir.resolve("config.ttl"));
            Files.writeString(dir.resolve("passwd"), user + ": " + password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = Launched.freePort();
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", FUSEKI_JAR.toAbsolutePath().toString(), "--config", "config.ttl", "--localhost",
                "--port", String.valueOf(port)).directory(dir.toFile());
        pb.environment().put("FUSEKI_BASE", dir.resolve("base").toString());
        StoreServer server = start(pb, dir.resolve("fuseki.log"), port);
        server.awaitHttp("/ds/sparql?query=ASK%7B%7D");
        return server;
    }

    /** Virtuoso with {@code src/test/resources/remote/virtuoso.ini}: a new database, user dba with password dba. */
    public static StoreServer virtuoso(Path dir) {
        ExternalProcess.require(Files.isExecutable(VIRTUOSO), "virtuoso-t (apt-get install virtuoso-opensource)");
        int sql = Launched.freePort();
        int port = Launched.freePort();
        try {
            Files.createDirectories(dir.resolve("db"));
            Files.createDirectories(dir.resolve("vsp"));
            Files.writeString(dir.resolve("virtuoso.ini"), Files.readString(Fixtures.resource("remote/virtuoso.ini"))
                    .replace("SQL_PORT", String.valueOf(sql)).replace("HTTP_PORT", String.valueOf(port)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ProcessBuilder pb = new ProcessBuilder(VIRTUOSO.toString(), "+configfile", "virtuoso.ini", "+foreground")
                .directory(dir.toFile());
        StoreServer server = start(pb, dir.resolve("virtuoso.log"), port);
        server.awaitHttp("/sparql?query=ASK%7B%7D");
        return server;
    }

    /** A URL on the server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** What the server printed so far. */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static StoreServer start(ProcessBuilder pb, Path log, int port) {
        try {
            return new StoreServer(pb.redirectErrorStream(true).redirectOutput(log.toFile()).start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + pb.command().get(0) + ": " + e.getMessage(), e);
        }
    }

    private void awaitHttp(String path) {
        long end = System.nanoTime() + START.toNanos();
        while (Launched.status(url(path)) != 200) {
            if (!process.isAlive()) {
                fail("the store ended with " + process.exitValue() + " before it answered:\n" + output());
            }
            if (System.nanoTime() > end) {
                close();
                fail("the store did not answer " + path + " within " + START.toSeconds() + " s:\n" + output());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
