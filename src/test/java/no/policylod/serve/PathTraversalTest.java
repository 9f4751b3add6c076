package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import no.policylod.config.Settings;
import no.policylod.serve.ld.LinkedData;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing outside a served folder is ever returned, however the way out is spelt: dot segments plain, percent-encoded
 * once or twice, as overlong UTF-8 or full-width dots, with path parameters, doubled slashes or backslashes; and no
 * hidden or partial file inside the dump folder (a file being written, a release being staged) is served or listed.
 */
class PathTraversalTest {

    private static final String SECRET = "SECRET-MARKER-7f3a";
    private static final List<String> PREFIXES = List.of("/dumps/", "/doc/", "/static/", "/id/");

    /** Ways out of a folder, each appended to every prefix; at least forty. */
    private static final List<String> SPELLINGS = List.of(
            "../secret.txt", "../../secret.txt", "../../../../../../etc/passwd",
            "%2e%2e/secret.txt", "%2E%2E/secret.txt", "%2e%2e%2fsecret.txt", "..%2fsecret.txt", "..%2Fsecret.txt",
            "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd",
            "%2e./secret.txt", ".%2e/secret.txt", "%252e%252e/secret.txt", "%252e%252e%252fsecret.txt",
            "..%252fsecret.txt", "..%255csecret.txt", "%25%32%65%25%32%65/secret.txt",
            "..%5csecret.txt", "..%5Csecret.txt", "%2e%2e%5csecret.txt", "..\\secret.txt", "\\..\\secret.txt",
            "..\\/secret.txt", "%5c..%5csecret.txt",
            "%c0%ae%c0%ae/secret.txt", "%c0%ae%c0%ae%c0%afsecret.txt", "..%c0%afsecret.txt", "%c0%2e%c0%2e/secret.txt",
            "%e0%80%ae%e0%80%ae/secret.txt", "%ef%bc%8e%ef%bc%8e/secret.txt", "%uff0e%uff0e/secret.txt",
            "..;/secret.txt", "..;x=y/secret.txt", ";/../secret.txt", "%2e%2e;/secret.txt", "x/..;/..;/secret.txt",
            "/../secret.txt", "//../secret.txt", ".//..//secret.txt", "..//secret.txt", "....//secret.txt",
            ".../secret.txt", "%2e%2e%00/secret.txt", "..%00/secret.txt", "..%0d%0a/secret.txt",
            "/etc/passwd", "%2fetc%2fpasswd", "x/../../secret.txt", "x/%2e%2e/%2e%2e/secret.txt");

    @TempDir
    static Path folder;

    private static PolicyLodServer server;

    @BeforeAll
    static void start() throws IOException {
        Path dumps = Files.createDirectories(folder.resolve("dumps"));
        TestData.dumps(dumps);
        Files.writeString(folder.resolve("secret.txt"), SECRET);
        Files.writeString(dumps.resolve(".hidden"), SECRET);
        Files.writeString(dumps.resolve(".policy-lod.nq.gz.tmp"), SECRET);
        Files.writeString(dumps.resolve("policy-lod.nq.gz.tmp"), SECRET);
        Files.writeString(dumps.resolve("policy-lod.trig.part"), SECRET);
        Files.writeString(Files.createDirectories(dumps.resolve(".staging-2026-12-03.1")).resolve("policy-lod.trig"),
                SECRET);
        Files.writeString(Files.createDirectories(dumps.resolve("releases")).resolve("changes.rdfp.tmp"), SECRET);
        Dataset dataset = TestData.dataset(5);
        Settings settings = Settings.defaults();
        server = PolicyLodServer.builder().settings(settings).dataset(dataset).dumps(dumps).host("127.0.0.1").port(0)
                .server(settings.server().withLogs(folder.resolve("logs")))
                .module(new LinkedData(settings, dataset)).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noSpellingOfAWayOutReturnsAnythingOutside() {
        assertTrue(SPELLINGS.size() >= 40);
        RawHttp client = RawHttp.from("127.0.0.1", server.port());
        List<String> leaks = new ArrayList<>();
        for (String prefix : PREFIXES) {
            for (String spelling : SPELLINGS) {
                RawHttp.Answer answer = client.get(prefix + spelling);
                if (leaked(answer)) {
                    leaks.add(prefix + spelling + " -> " + answer.status() + " " + answer.header("Location"));
                }
            }
        }
        assertTrue(leaks.isEmpty(), "answered from outside its folder:\n" + String.join("\n", leaks));
    }

    @Test
    void hiddenAndPartialFilesAreNeitherServedNorListed() {
        RawHttp client = RawHttp.from("127.0.0.1", server.port());
        for (String path : List.of(".hidden", "%2ehidden", ".policy-lod.nq.gz.tmp", "policy-lod.nq.gz.tmp",
                "policy-lod.trig.part", ".staging-2026-12-03.1/policy-lod.trig", ".staging-2026-12-03.1/",
                "%2estaging-2026-12-03.1/policy-lod.trig", "releases/changes.rdfp.tmp", "releases/./changes.rdfp.tmp")) {
            RawHttp.Answer answer = client.get("/dumps/" + path);
            assertTrue(answer.status() == 404 || answer.status() == 400, path + " -> " + answer.status());
            assertTrue(!answer.body().contains(SECRET), path + " was served");
        }
        for (String listing : List.of("/dumps/", "/dumps/releases/")) {
            RawHttp.Answer index = client.get(listing, "Accept", "application/json");
            assertEquals(200, index.status(), listing);
            for (String name : List.of("hidden", ".tmp", ".part", "staging")) {
                assertTrue(!index.body().contains(name), listing + " lists " + name + ": " + index.body());
            }
        }
        assertEquals(200, client.get("/dumps/" + TestData.TRIG).status(), "an ordinary file is still served");
    }

    /** Whether an answer could carry something from outside: a success with a marker of a file outside. */
    private static boolean leaked(RawHttp.Answer answer) {
        String body = answer.body();
        boolean marker = body.contains(SECRET) || body.contains("root:x:0:0") || body.contains("\u00ca\u00fe\u00ba\u00be")
                || body.contains("PREFIX");
        boolean escapes = answer.status() / 100 == 3 && String.valueOf(answer.header("Location")).contains("..");
        return marker || escapes || answer.status() == 200;
    }
}
