package no.policylod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code .jsonld} input never makes us fetch its {@code @context}: a local HTTP server that would serve one
 * records every request, and a {@code file:} context would add a term; each such file is one line, nothing fetched.
 */
class JsonLdContextTest {

    private static final String CONTEXT = "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}}";
    private static final String BODY = "\"@id\": \"https://example.org/doc/1\", \"title\": \"Hav\"";

    @TempDir
    Path dir;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = CONTEXT.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private record Case(String name, String json, boolean refused) {
    }

    private List<Case> cases() throws Exception {
        String http = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
        String file = Files.writeString(dir.resolve("context.jsonld"), CONTEXT).toUri().toString();
        return List.of(
                new Case("http.jsonld", "{\"@context\": \"" + http + "\", " + BODY + "}", true),
                new Case("array.jsonld", "{\"@context\": [\"" + http + "\", {\"x\": \"http://x/\"}], " + BODY + "}",
                        true),
                new Case("import.jsonld", "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + http + "\"}, "
                        + BODY + "}", true),
                new Case("file.jsonld", "{\"@context\": \"" + file + "\", " + BODY + "}", true),
                new Case("inline.jsonld", "{\"@context\": {\"title\": \"http://purl.org/dc/terms/title\"}, "
                        + "\"@graph\": [{" + BODY + "}], \"@id\": \"https://example.org/graph/1\"}", false));
    }

    @Test
    void noContextIsFetchedAndEachFileThatWantsOneGivesOneLine() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Case> cases = cases();
        String[] args = new String[cases.size() + 3];
        args[0] = "convert";
        for (int i = 0; i < cases.size(); i++) {
            args[i + 1] = Files.writeString(in.resolve(cases.get(i).name()), cases.get(i).json()).toString();
        }
        Path out = dir.resolve("out.nq");
        args[cases.size() + 1] = "--out";
        args[cases.size() + 2] = out.toString();
        CliRun r = CliRun.run(args);
        assertEquals(List.of(), requests, r.toString());
        List<String> lines = r.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
        for (Case c : cases) {
            String prefix = in.resolve(c.name()) + ": not valid RDF: ";
            long said = lines.stream().filter(l -> l.startsWith(prefix) && l.contains("never fetched")).count();
            assertEquals(c.refused() ? 1 : 0, said, c.name() + "\n" + r);
        }
        assertEquals(cases.stream().filter(Case::refused).count(), lines.size(), r.toString());
        assertFalse(r.err().contains("\tat "), r.toString());
        assertEquals(Main.DATA_PROBLEMS, r.exitCode(), r.toString());
        assertTrue(Files.readString(out).contains("<http://purl.org/dc/terms/title> \"Hav\""), r.toString());
    }
}
