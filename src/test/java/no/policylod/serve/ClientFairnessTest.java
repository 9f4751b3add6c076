package no.policylod.serve;

import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.SPARQL_QUERY;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import no.policylod.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fair to every client: a client's queries, requests and connections are bounded, the server's query slots are
 * shared with a short queue, slow heads and bodies are cut off, and meanwhile other clients' cheap requests are
 * answered at once. Clients are loopback addresses of their own ({@code 127.0.0.N}), as the server tells clients
 * apart by address.
 */
class ClientFairnessTest {

    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);
    private static final String SLOW_QUERY = "SELECT ?s WHERE { ?s <http://example.org/text> ?t "
            + "FILTER(REGEX(?t, \"((a+)+)+b\")) }";
    private static final String CHEAP_QUERY = "ASK { ?s ?p ?o }";
    private static final Settings.ServerSettings LIMITS = new Settings.ServerSettings(4, 3, 1, 2, 1, 30, 1, 2,
            null, 0, 60_000, 2);

    @TempDir
    static Path folder;

    private static PolicyLodServer server;
    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        server = PolicyLodServer.builder().dataset(TestData.withRegexBait(10)).dumps(folder).host("127.0.0.1").port(0)
                .queryTimeout(QUERY_TIMEOUT).server(LIMITS.withLogs(folder.resolve("logs"))).build().start();
        threads = Executors.newCachedThreadPool();
        assertEquals(200, query("127.0.0.1", CHEAP_QUERY).status(), "warm-up");
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        server.close();
    }

    @Test
    void aClientOverItsQueryShareIsRefusedWhileOthersAreAnswered() throws Exception {
        Future<RawHttp.Answer> slow = threads.submit(() -> query("127.0.0.2", SLOW_QUERY));
        Thread.sleep(500);
        RawHttp.Answer second = query("127.0.0.2", CHEAP_QUERY);
        assertEquals(429, second.status(), second.body());
        assertEquals("1", second.header("Retry-After"));
        assertCheapAnswerFrom("127.0.0.3");
        assertEquals(503, slow.get().status(), "the slow query ran to its timeout");
        assertEquals(200, query("127.0.0.2", CHEAP_QUERY).status(), "the client's share is free again");
    }

    @Test
    void whenEverySlotIsTakenAQueryWaitsBrieflyThenIsRefusedWhileOtherRequestsGoOn() throws Exception {
        List<Future<RawHttp.Answer>> slow = List.of(threads.submit(() -> query("127.0.0.4", SLOW_QUERY)),
                threads.submit(() -> query("127.0.0.5", SLOW_QUERY)));
        Thread.sleep(500);
        long started = System.nanoTime();
        RawHttp.Answer refused = query("127.0.0.6", CHEAP_QUERY);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(503, refused.status(), refused.body());
        assertEquals("1", refused.header("Retry-After"));
        assertTrue(waited.compareTo(Duration.ofMillis(900)) > 0, "it waited for a slot first: " + waited);
        RawHttp.Answer ping = RawHttp.from("127.0.0.7", server.port()).get("/$/ping");
        assertEquals(200, ping.status(), "requests that are not queries are not queued");
        for (Future<RawHttp.Answer> f : slow) {
            assertEquals(503, f.get().status());
        }
    }

    @Test
    void aClientOverItsRequestShareIsRefusedAndSlowBodiesAreCutOff() throws Exception {
        RawHttp client = RawHttp.from("127.0.0.8", server.port());
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < LIMITS.maxRequestsPerClient(); i++) {
                Socket socket = client.open();
                String head = "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: " + SPARQL_QUERY
                        + "\r\nContent-Length: 100\r\n\r\nASK";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            Thread.sleep(300);
            RawHttp.Answer refused = client.get("/$/ping");
            assertEquals(429, refused.status(), refused.headers() + refused.body());
            assertEquals("1", refused.header("Retry-After"));
            assertCheapAnswerFrom("127.0.0.9");
            long started = System.nanoTime();
            for (Socket socket : stalled) {
                assertClosed(socket);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(6)) < 0, "slow bodies were cut off after " + took);
            assertEquals(200, statusWithin(client, Duration.ofSeconds(5)), "the client may send again once the "
                    + "requests whose bodies were cut off have ended");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void slowHeadsAreCutOffAndDoNotStarveOtherClients() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int address = 10; address < 15; address++) {
                RawHttp client = RawHttp.from("127.0.0." + address, server.port());
                for (int i = 0; i < LIMITS.maxConnectionsPerClient(); i++) {
                    Socket socket = client.open();
                    socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
                    slow.add(socket);
                }
            }
            long started = System.nanoTime();
            for (int second = 0; second < 4; second++) {
                for (Socket socket : slow) {
                    trickle(socket);
                }
                assertCheapAnswerFrom("127.0.0.20");
                Thread.sleep(1000);
            }
            for (Socket socket : slow) {
                assertClosed(socket);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "slow heads were cut off after " + took
                    + "; the idle timeout alone would have taken 30 s");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void connectionsOverAClientsShareAreClosedAtOnce() throws Exception {
        RawHttp client = RawHttp.from("127.0.0.30", server.port());
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < LIMITS.maxConnectionsPerClient(); i++) {
                held.add(client.open());
            }
            Thread.sleep(300);   // the server takes each connection in on its own threads, in no set order
            try (Socket extra = client.open()) {
                assertClosed(extra);
            }
            assertCheapAnswerFrom("127.0.0.31");
            held.remove(0).close();
            Thread.sleep(200);
            try (Socket again = client.open()) {
                again.getOutputStream().write(("GET /$/ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String status = new String(again.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertEquals("HTTP/1.1 200", status);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aLongQueryFindingTheLongLaneFullIsStoppedAndItsClientWaitsWhileCheapQueriesGoOn() throws Exception {
        Settings.ServerSettings lanes = new Settings.ServerSettings(4, 3, 1, 2, 1, 30, 1, 2, null, 0, 300, 1);
        try (PolicyLodServer lanesServer = PolicyLodServer.builder().dataset(TestData.withRegexBait(10)).dumps(folder)
                .host("127.0.0.1").port(0).queryTimeout(Duration.ofSeconds(6))
                .server(lanes.withLogs(folder.resolve("lane-logs"))).build().start()) {
            int port = lanesServer.port();
            Future<RawHttp.Answer> first = threads.submit(() -> RawHttp.from("127.0.0.40", port)
                    .get(queryPath("/sparql", SLOW_QUERY), "Accept", JSON_RESULTS));
            Thread.sleep(800);
            long started = System.nanoTime();
            RawHttp.Answer second = RawHttp.from("127.0.0.41", port).get(queryPath("/sparql", SLOW_QUERY),
                    "Accept", JSON_RESULTS);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(503, second.status(), second.body());
            assertTrue(second.body().contains("long queries"), second.body());
            assertTrue(second.header("Retry-After") != null, "Retry-After: " + second.headers());
            assertTrue(took.compareTo(Duration.ofSeconds(4)) < 0, "stopped soon after it turned long: " + took);
            RawHttp.Answer waiting = RawHttp.from("127.0.0.41", port).get(queryPath("/sparql", CHEAP_QUERY),
                    "Accept", JSON_RESULTS);
            assertEquals(429, waiting.status(), "its client waits before querying again: " + waiting.body());
            for (String other : List.of("127.0.0.42", "127.0.0.43")) {
                RawHttp.Answer cheap = RawHttp.from(other, port).get(queryPath("/sparql", CHEAP_QUERY),
                        "Accept", JSON_RESULTS);
                assertEquals(200, cheap.status(), "the long query left its slot to cheap ones: " + cheap.body());
            }
            assertEquals(503, first.get().status(), "the query in the long lane ran on to its timeout");
        }
    }

    private static RawHttp.Answer query(String client, String query) {
        return RawHttp.from(client, server.port()).get(queryPath("/sparql", query), "Accept", JSON_RESULTS);
    }

    /** A cheap query from another client is answered 200 within a second. */
    private static void assertCheapAnswerFrom(String client) {
        long started = System.nanoTime();
        RawHttp.Answer answer = query(client, CHEAP_QUERY);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(200, answer.status(), answer.body());
        assertTrue(took.compareTo(Duration.ofSeconds(1)) < 0, "the cheap query took " + took);
    }

    /** The status of a ping, asked again every 200 ms until it is 200 or the time is up. */
    private static int statusWithin(RawHttp client, Duration time) throws InterruptedException {
        long end = System.nanoTime() + time.toNanos();
        int status = client.get("/$/ping").status();
        while (status != 200 && System.nanoTime() < end) {
            Thread.sleep(200);
            status = client.get("/$/ping").status();
        }
        return status;
    }

    /** One more header line, slowly; the server may have closed the connection already. */
    private static void trickle(Socket socket) {
        try {
            socket.getOutputStream().write("X-Slow: 1\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException closed) {
            // cut off already
        }
    }

    /** The server closes the connection (end of stream or reset), before the socket's read timeout. */
    private static void assertClosed(Socket socket) throws IOException {
        try {
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // an answer may come first
            }
        } catch (SocketException reset) {
            // closed by the server
        }
    }

    /** A few texts on which {@code ((a+)+)+b} backtracks until the query timeout stops it. */
}
