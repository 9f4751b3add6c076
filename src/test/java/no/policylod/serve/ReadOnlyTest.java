package no.policylod.serve;

import static no.policylod.serve.TestHttp.FORM;
import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.SPARQL_QUERY;
import static no.policylod.serve.TestHttp.SPARQL_UPDATE;
import static no.policylod.serve.TestHttp.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import no.policylod.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server cannot be made to write or to call out, however a request is spelt: ambiguous message framing is refused
 * (so no request can be smuggled behind another), no update, upload, Graph Store write or admin route answers in any
 * case or encoding, and SERVICE never contacts the remote. Requests go over raw sockets, exactly as written.
 */
class ReadOnlyTest {

    private static final int TRIPLES = 5;
    private static final String PROBE = TestData.NS + "written-by-test";
    private static final String INSERT = "INSERT DATA { <" + PROBE + "> <" + TestData.TITLE + "> \"x\" }";
    private static final String TURTLE = "<" + PROBE + "> <" + TestData.TITLE + "> \"x\" .";

    @TempDir
    static Path folder;

    private static PolicyLodServer server;
    private static HttpServer remote;
    private static final AtomicInteger remoteCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        server = PolicyLodServer.builder().dataset(TestData.dataset(TRIPLES)).dumps(TestData.dumps(folder))
                .host("127.0.0.1").port(0)
                .server(Settings.ServerSettings.defaults().withLogs(folder.resolve("logs"))).build().start();
        remote = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        remote.createContext("/", exchange -> {
            remoteCalls.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        remote.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        remote.stop(0);
    }

    // ---- message framing

    @Test
    void ambiguousMessageFramingIsRefusedWith400() {
        String smuggled = "GET /$/ping HTTP/1.1\r\nHost: x\r\n\r\n";
        String chunkedSmuggle = "0\r\n\r\n" + smuggled;
        List<String> heads = List.of(
                "Content-Length: " + chunkedSmuggle.length() + "\r\nTransfer-Encoding: chunked\r\n",
                "Transfer-Encoding: chunked\r\nContent-Length: " + chunkedSmuggle.length() + "\r\n",
                "Content-Length: 0\r\nContent-Length: " + chunkedSmuggle.length() + "\r\n",
                "Content-Length: " + chunkedSmuggle.length() + "\r\nContent-Length: " + chunkedSmuggle.length() + "\r\n",
                "Content-Length: 0, " + chunkedSmuggle.length() + "\r\n",
                "Content-Length: +" + chunkedSmuggle.length() + "\r\n",
                "Content-Length: -1\r\n",
                "Content-Length : " + chunkedSmuggle.length() + "\r\n",
                "Transfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n",
                "Transfer-Encoding: xchunked\r\n",
                "Transfer-Encoding : chunked\r\n",
                "Transfer-Encoding:\tchunked\r\nContent-Length: 0\r\n",
                "Content-Length: 0\r\n Transfer-Encoding: chunked\r\n");
        RawHttp client = RawHttp.from("127.0.0.1", server.port());
        // POST to ping is refused 405 once the message is read, so a 400 can only come from its framing
        RawHttp.Answer plain = client.send("POST /$/ping HTTP/1.1\r\nHost: x\r\nContent-Length: "
                + chunkedSmuggle.length() + "\r\n\r\n" + chunkedSmuggle);
        assertEquals(405, plain.status(), "a request with one Content-Length is read and refused for its method");
        List<String> accepted = new ArrayList<>();
        for (String head : heads) {
            RawHttp.Answer answer = client.send("POST /$/ping HTTP/1.1\r\nHost: x\r\n" + head + "\r\n"
                    + chunkedSmuggle);
            boolean answeredSmuggled = answer.body().contains("HTTP/1.1 200");
            if (answer.status() != 400 || answeredSmuggled) {
                accepted.add(head.replace("\r\n", "\\r\\n") + " -> " + answer.status()
                        + (answeredSmuggled ? " and the request behind it" : ""));
            }
        }
        assertTrue(accepted.isEmpty(), "not refused with 400:\n" + String.join("\n", accepted));
    }

    // ---- nothing writes

    @Test
    void noSpellingOfAWriteOrAdminRouteIsReachable() {
        String update = "update=" + encode(INSERT);
        List<String[]> attempts = new ArrayList<>();
        for (String path : List.of("/policy-lod/update", "/POLICY-LOD/update", "/policy-lod/UPDATE", "/Policy-Lod/Update",
                "/policy-lod/%75pdate", "/policy-lod/%75%70%64%61%74%65", "/policy-lod%2fupdate", "/policy-lod%2Fupdate",
                "/policy-lod/update;x=y", "/policy-lod//update", "/./policy-lod/update", "/sparql/../policy-lod/update",
                "/policy-lod/./update", "/policy-lod/update/", "/policy-lod/update.", "/%70olicy-lod/update",
                "/ds/update", "/ds", "/ds/sparql", "/update", "/sparql/update")) {
            attempts.add(new String[] {"POST", path, SPARQL_UPDATE, INSERT});
            attempts.add(new String[] {"POST", path, FORM, update});
            attempts.add(new String[] {"GET", path + "?" + update, null, null});
        }
        for (String path : List.of("/sparql", "/policy-lod", "/policy-lod/sparql", "/policy-lod/query", "/SPARQL",
                "/policy-lod/Query")) {
            attempts.add(new String[] {"POST", path, SPARQL_UPDATE, INSERT});
            attempts.add(new String[] {"POST", path, "Application/SPARQL-Update", INSERT});
            attempts.add(new String[] {"POST", path, SPARQL_UPDATE + "; charset=utf-8", INSERT});
            attempts.add(new String[] {"POST", path, FORM, update});
            attempts.add(new String[] {"POST", path, FORM, "query=" + encode("ASK {}") + "&" + update});
            attempts.add(new String[] {"POST", path + "?" + update, FORM, ""});
            attempts.add(new String[] {"GET", path + "?" + update, null, null});
            attempts.add(new String[] {"GET", path + "?UPDATE=" + encode(INSERT), null, null});
            attempts.add(new String[] {"POST", path + "?_method=PUT&default", "text/turtle", TURTLE});
            attempts.add(new String[] {"POST", path, "text/turtle", TURTLE});
            attempts.add(new String[] {"POST", path, "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: "
                    + "form-data; name=\"update\"\r\n\r\n" + INSERT + "\r\n--b--\r\n"});
            attempts.add(new String[] {"PUT", path + "?default", "text/turtle", TURTLE});
            attempts.add(new String[] {"DELETE", path + "?default", null, null});
            attempts.add(new String[] {"PATCH", path, "application/rdf-patch", "A <" + PROBE + "> <p> <o> ."});
        }
        for (String path : List.of("/policy-lod/data", "/ds/data", "/policy-lod/DATA", "/policy-lod/%64ata",
                "/policy-lod/upload", "/ds/upload", "/policy-lod/Upload", "/policy-lod/get", "/policy-lod/shacl",
                "/policy-lod/patch", "/policy-lod/prefixes")) {
            attempts.add(new String[] {"PUT", path + "?default", "text/turtle", TURTLE});
            attempts.add(new String[] {"POST", path + "?default", "text/turtle", TURTLE});
            attempts.add(new String[] {"POST", path, "multipart/form-data; boundary=b",
                    "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.ttl\"\r\nContent-Type: "
                            + "text/turtle\r\n\r\n" + TURTLE + "\r\n--b--\r\n"});
            attempts.add(new String[] {"DELETE", path + "?default", null, null});
        }
        for (String path : List.of("/$/datasets", "/$/DATASETS", "/%24/datasets", "/%24%2fdatasets", "/$%2fdatasets",
                "/$/datasets/policy-lod", "/$/backup/policy-lod", "/$/compact/policy-lod", "/$/reload", "/$/tasks",
                "/$/logs", "/$/metrics", "/$/stats", "/$/server", "/$/sleep", "/$/validate/update",
                "/ui/$/datasets", "/$/./datasets", "/$//datasets", "/x/../$/datasets")) {
            attempts.add(new String[] {"GET", path, null, null});
            attempts.add(new String[] {"POST", path, FORM, "dbName=evil&dbType=mem"});
            attempts.add(new String[] {"DELETE", path, null, null});
        }
        RawHttp client = RawHttp.from("127.0.0.1", server.port());
        List<String> reached = new ArrayList<>();
        for (String[] a : attempts) {
            RawHttp.Answer answer = client.send(request(a[0], a[1], a[2], a[3]));
            if (answer.status() < 400 || answer.status() > 499) {
                reached.add(a[0] + " " + a[1] + " " + a[2] + " -> " + answer.status());
            }
        }
        assertTrue(reached.isEmpty(), "not refused with 4xx:\n" + String.join("\n", reached));
        assertTrue(attempts.size() >= 200, attempts.size() + " attempts");
        RawHttp.Answer count = client.get("/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"),
                "Accept", "text/csv");
        assertEquals(List.of("n", String.valueOf(TRIPLES)), count.body().lines().map(String::strip).toList(),
                "the store is as it was");
    }

    // ---- SERVICE

    @Test
    void serviceIsRefusedInEverySpellingWithoutContactingTheRemote() {
        String url = "http://127.0.0.1:" + remote.getAddress().getPort() + "/sparql";
        List<String> queries = List.of(
                "SELECT * { SERVICE <" + url + "> { ?s ?p ?o } }",
                "SELECT * { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                "select * { service <" + url + "> { ?s ?p ?o } }",
                "SELECT * { VALUES ?e { <" + url + "> } SERVICE ?e { ?s ?p ?o } }",
                "SELECT * { BIND(<" + url + "> AS ?e) SERVICE SILENT ?e { ?s ?p ?o } }",
                "SELECT * { ?x ?y ?z OPTIONAL { SERVICE <" + url + "> { ?s ?p ?o } } }",
                "SELECT * { { ?x ?y ?z } UNION { SERVICE <" + url + "> { ?s ?p ?o } } }",
                "ASK { FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } }",
                "SELECT * { { SELECT * { SERVICE <" + url + "> { ?s ?p ?o } } LIMIT 1 } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                "DESCRIBE ?s WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                "PREFIX r: <" + url.substring(0, url.length() - "sparql".length()) + "> SELECT * { SERVICE r:sparql { ?s ?p ?o } }",
                "SELECT * FROM <" + url + "?query=ASK%7B%7D> { ?s ?p ?o }",
                "SELECT * FROM NAMED <" + url + "> { GRAPH ?g { ?s ?p ?o } }");
        RawHttp client = RawHttp.from("127.0.0.1", server.port());
        for (String query : queries) {
            client.get("/sparql?query=" + encode(query), "Accept", JSON_RESULTS);
            client.send(request("POST", "/sparql", SPARQL_QUERY, query));
            client.send(request("POST", "/policy-lod/query", FORM, "query=" + encode(query)));
        }
        assertEquals(0, remoteCalls.get(), "the remote was contacted");
        RawHttp.Answer plain = client.get("/sparql?query=" + encode(queries.get(0)), "Accept", JSON_RESULTS);
        assertTrue(plain.status() >= 400 && plain.status() < 500, "SERVICE answered " + plain.status());
    }

    private static String request(String method, String target, String contentType, String body) {
        StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        request.append("Content-Length: ").append(bytes.length).append("\r\nConnection: close\r\n\r\n");
        return request + (body == null ? "" : new String(bytes, StandardCharsets.ISO_8859_1));
    }
}
