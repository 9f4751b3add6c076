package no.policylod.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A program that is not part of the build, run as a process with its output captured: the independent parsers and
 * SPARQL engine the tests compare Jena with.
 *
 * <pre>
 * ExternalProcess.require(ExternalProcess.rdflibInstalled(), "rdflib (apt-get install python3-rdflib)");
 * ExternalProcess.Result r = ExternalProcess.run(List.of("/usr/bin/python3", "-c", script, arg));
 * </pre>
 */
public final class ExternalProcess {

    /** Debian's Python, not whatever python3 is first on the PATH: rdflib comes from python3-rdflib. */
    public static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long TIMEOUT_SECONDS = 120;

    private ExternalProcess() {
    }

    /** The exit code and the whole output of a finished process. */
    public record Result(int exit, String out, String err) {
    }

    /** Whether {@link #PYTHON} can import rdflib. */
    public static boolean rdflibInstalled() {
        return Files.isExecutable(PYTHON) && run(List.of(PYTHON.toString(), "-c", "import rdflib")).exit() == 0;
    }

    /** Skips the test when something is missing, unless on CI ({@code CI=true}), where that is a failure. */
    public static void require(boolean installed, String missing) {
        if (installed) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("this test needs " + missing + "; .ci/run installs it");
        }
        Assumptions.abort("skipped: this test needs " + missing + " (CI installs it)");
    }

    /** Runs a command to its end (two minutes at most); a command that cannot start gives exit code -1. */
    public static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("process", ".out");
            Path err = Files.createTempFile("process", ".err");
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command.get(0) + " took longer than two minutes");
            }
            Result result = new Result(p.exitValue(), Files.readString(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
