package no.policylod.serve;

import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import no.policylod.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access log and the query log: one line per request and per query, in the documented format, in files named by
 * the day, so that one client's traffic can be traced with {@code grep}.
 */
class ServerLogsTest {

    private static final String TIME = "\\[\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z\\]";
    private static final String AGENT = "log-test/1.0 (\"quoted\")";

    @TempDir
    static Path folder;

    private static PolicyLodServer server;
    private static Path logs;

    @BeforeAll
    static void start() {
        logs = folder.resolve("logs");
        server = PolicyLodServer.builder().dataset(TestData.dataset(5)).dumps(TestData.dumps(folder))
                .host("127.0.0.1").port(0).server(Settings.ServerSettings.defaults().withLogs(logs)).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyRequestIsALineOfTheAccessLog() throws Exception {
        RawHttp client = RawHttp.from("127.0.0.41", server.port());
        assertEquals(200, client.get("/dumps/" + TestData.TRIG, "User-Agent", AGENT).status());
        assertEquals(404, client.get("/dumps/missing.nq", "User-Agent", AGENT).status());
        String file = "access-";   // quotes in the user agent are escaped
        String ok = "127.0.0.41 " + TIME + " \"GET /dumps/policy-lod.trig HTTP/1.1\" 200 \\d+ \\d+ \""
                + Pattern.quote(AGENT.replace("\"", "\\\"")) + "\"";
        String missing = "127.0.0.41 " + TIME + " \"GET /dumps/missing.nq HTTP/1.1\" 404 \\d+ \\d+ \""
                + Pattern.quote(AGENT.replace("\"", "\\\"")) + "\"";
        assertTrue(eventuallyHas(file, ok), "no line like " + ok + " in " + read(file));
        assertTrue(eventuallyHas(file, missing), "no line like " + missing + " in " + read(file));
    }

    @Test
    void everyQueryIsALineOfTheQueryLogWithItsHashAndHowItEnded() throws Exception {
        RawHttp client = RawHttp.from("127.0.0.42", server.port());
        String good = "SELECT ?s\nWHERE { ?s ?p \"say \\\"hi\\\"\" }";
        String bad = "SELECT ?s WHERE { ?s ?p }";
        String longQuery = "ASK {} #" + "x".repeat(1000);
        assertEquals(200, client.get(queryPath("/sparql", good), "Accept", JSON_RESULTS).status());
        assertEquals(400, client.get(queryPath("/sparql", bad), "Accept", JSON_RESULTS).status());
        assertEquals(200, client.get(queryPath("/sparql", longQuery), "Accept", JSON_RESULTS).status());
        String file = "query-";
        String goodLine = "127.0.0.42 " + TIME + " q:" + hash(good) + " 200 \\d+ms "
                + Pattern.quote("\"SELECT ?s WHERE { ?s ?p \\\"say \\\\\\\"hi\\\\\\\"\\\" }\"");
        String badLine = "127.0.0.42 " + TIME + " q:" + hash(bad) + " 400 \\d+ms " + Pattern.quote("\"" + bad + "\"");
        String longLine = "127.0.0.42 " + TIME + " q:" + hash(longQuery) + " 200 \\d+ms \"ASK \\{\\} #x{292}…\"";
        for (String line : List.of(goodLine, badLine, longLine)) {
            assertTrue(eventuallyHas(file, line), "no line like " + line + " in " + read(file));
        }
    }

    /** The lines of every file of one log (a new file starts each day, maybe during the test). */
    private static String read(String log) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(log) + "\\d{4}_\\d\\d_\\d\\d\\.log");
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(logs)) {
            for (Path file : files.sorted().toList()) {
                if (name.matcher(file.getFileName().toString()).matches()) {
                    text.append(Files.readString(file));
                }
            }
        }
        return text.toString();
    }

    private static String hash(String query) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 16);
    }

    /** Whether a line of the file matches, looking again for up to 5 s (a request is logged once it is complete). */
    private static boolean eventuallyHas(String file, String regex) throws Exception {
        Pattern pattern = Pattern.compile(regex);
        long end = System.nanoTime() + 5_000_000_000L;
        do {
            if (read(file).lines().anyMatch(line -> pattern.matcher(line).matches())) {
                return true;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < end);
        return false;
    }

}
