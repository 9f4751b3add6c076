package no.policylod.serve;

import static no.policylod.serve.TestHttp.JSON_RESULTS;
import static no.policylod.serve.TestHttp.queryPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.policylod.config.AddressBlock;
import no.policylod.config.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behind a load balancer: requests from a trusted proxy (here 127.0.0.2) count as from the client its
 * {@code X-Forwarded-For} names, for the per-client query share and in the access log; the same header from any
 * other address is ignored; the proxy's many connections are not cut at the per-client connection limit.
 */
class TrustedProxiesTest {

    private static final String PROXY = "127.0.0.2";
    private static final String SLOW_QUERY = "SELECT ?s WHERE { ?s <http://example.org/text> ?t "
            + "FILTER(REGEX(?t, \"((a+)+)+b\")) }";
    private static final String CHEAP_QUERY = "ASK { ?s ?p ?o }";

    @TempDir
    static Path folder;

    private static PolicyLodServer server;
    private static ExecutorService threads;

    @BeforeAll
    static void start() {
        Settings.ServerSettings limits = new Settings.ServerSettings(4, 8, 1, 4, 1, 30, 5, 5, folder.resolve("logs"),
                0, 60_000, 2, List.of(PROXY, "10.0.0.0/8"));
        server = PolicyLodServer.builder().dataset(TestData.withRegexBait(5)).dumps(folder).host("127.0.0.1").port(0)
                .queryTimeout(Duration.ofSeconds(3)).server(limits).build().start();
        threads = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        server.close();
    }

    @Test
    void addressesAndBlocksAreReadFromLiteralsOnly() throws Exception {
        AddressBlock ten = AddressBlock.parse("10.0.0.0/8");
        assertTrue(ten.matches(InetAddress.getByName("10.200.3.4")));
        assertFalse(ten.matches(InetAddress.getByName("11.0.0.1")));
        AddressBlock odd = AddressBlock.parse("192.168.4.0/22");
        assertTrue(odd.matches(InetAddress.getByName("192.168.7.255")));
        assertFalse(odd.matches(InetAddress.getByName("192.168.8.0")));
        AddressBlock six = AddressBlock.parse("fd00::/8");
        assertTrue(six.matches(InetAddress.getByName("fd12:3456::1")));
        assertFalse(six.matches(InetAddress.getByName("10.0.0.1")));
        assertTrue(AddressBlock.parse("127.0.0.1").matches(InetAddress.getByName("127.0.0.1")));
        for (String bad : List.of("localhost", "example.org", "10.0.0.0/33", "300.1.1.1", "10.0.0.0/x", "", "::1/129")) {
            assertThrows(IllegalArgumentException.class, () -> AddressBlock.parse(bad), bad);
        }
        assertEquals(Optional.empty(), AddressBlock.literal("proxy.internal"), "a name is never looked up");
        assertEquals(Optional.of(InetAddress.getByName("::1")), AddressBlock.literal("[::1]"));
    }

    @Test
    void aMisspeltProxyIsRefusedWithTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Settings.ServerSettings(
                0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, List.of("10.0.0.0/8", "lb.internal")));
        assertTrue(e.getMessage().contains("trustedProxies") && e.getMessage().contains("lb.internal"),
                e.getMessage());
    }

    @Test
    void theClientIsTheNearestAddressThatIsNotATrustedProxy() throws Exception {
        TrustedProxies proxies = new TrustedProxies(List.of(AddressBlock.parse("10.0.0.0/8")));
        InetAddress client = InetAddress.getByName("203.0.113.9");
        assertEquals(Optional.of(client), proxies.client(List.of("203.0.113.9")));
        assertEquals(Optional.of(client), proxies.client(List.of("203.0.113.9, 10.1.1.1")), "through two proxies");
        assertEquals(Optional.of(client), proxies.client(List.of("198.51.100.1, 203.0.113.9", "10.1.1.1")),
                "what a client wrote itself (left) is not believed");
        assertEquals(Optional.of(InetAddress.getByName("10.1.1.2")), proxies.client(List.of("10.1.1.2, 10.1.1.1")),
                "all trusted: the leftmost");
        assertEquals(Optional.empty(), proxies.client(List.of("203.0.113.9, unknown")), "not an address: the peer");
        assertEquals(Optional.empty(), proxies.client(List.of()));
    }

    @Test
    void throughTheProxyEachForwardedClientHasItsOwnQueryShare() throws Exception {
        Future<RawHttp.Answer> slow = threads.submit(() -> viaProxy("198.51.100.7", SLOW_QUERY));
        Thread.sleep(500);
        RawHttp.Answer same = viaProxy("198.51.100.7", CHEAP_QUERY);
        assertEquals(429, same.status(), "the forwarded client is over its share: " + same.body());
        assertEquals(200, viaProxy("198.51.100.8", CHEAP_QUERY).status(), "another client behind the same proxy");
        RawHttp.Answer spoofed = RawHttp.from("127.0.0.3", server.port()).get(queryPath("/sparql", CHEAP_QUERY),
                "Accept", JSON_RESULTS, TrustedProxies.HEADER, "198.51.100.7");
        assertEquals(200, spoofed.status(), "a header from an untrusted address is ignored: " + spoofed.body());
        assertEquals(503, slow.get().status(), "the slow query ran to its timeout");
        String log = eventually(() -> read("access-"), text -> text.contains("198.51.100.8 ")
                && text.lines().anyMatch(l -> l.startsWith("127.0.0.3 ")));
        assertTrue(log.contains("198.51.100.8 "), log);
        assertTrue(log.lines().anyMatch(l -> l.startsWith("127.0.0.3 ")), "the untrusted sender logged as itself");
        assertFalse(log.lines().anyMatch(l -> l.startsWith(PROXY + " ")), "no request logged as the proxy's:\n" + log);
    }

    @Test
    void aTrustedProxyMayHoldMoreConnectionsThanOneClient() throws Exception {
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                open.add(RawHttp.from(PROXY, server.port()).open());
            }
            Thread.sleep(300);
            RawHttp.Answer answer = RawHttp.from(PROXY, server.port()).get("/$/ping", TrustedProxies.HEADER,
                    "198.51.100.9");
            assertEquals(200, answer.status(), "the ninth connection of the proxy is served");
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
        List<Socket> other = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                other.add(RawHttp.from("127.0.0.4", server.port()).open());
            }
            Thread.sleep(300);
            RawHttp.Answer refused = RawHttp.from("127.0.0.4", server.port()).get("/$/ping");
            assertEquals(0, refused.status(), "an ordinary client's connection over the limit is closed");
        } finally {
            for (Socket s : other) {
                s.close();
            }
        }
    }

    private static RawHttp.Answer viaProxy(String client, String query) {
        return RawHttp.from(PROXY, server.port()).get(queryPath("/sparql", query), "Accept", JSON_RESULTS,
                TrustedProxies.HEADER, client);
    }

    private static String read(String log) {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(folder.resolve("logs"))) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().startsWith(log)) {
                    text.append(Files.readString(file));
                }
            }
        } catch (IOException e) {
            return "";
        }
        return text.toString();
    }

    private static String eventually(java.util.function.Supplier<String> read,
                                     java.util.function.Predicate<String> done) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        String text = read.get();
        while (!done.test(text) && System.nanoTime() < end) {
            Thread.sleep(100);
            text = read.get();
        }
        return text;
    }
}
