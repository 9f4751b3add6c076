package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import no.policylod.config.Settings;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up: binding to the configured host and port, clear failures, builder checks. */
class ServerStartTest {

    @TempDir
    Path dumps;

    // ---- 9. Host and port

    @Test
    void listensOnTheSettingsHostAndUrlsUseIt() {
        Settings settings = Settings.defaults().withDumps(dumps);
        try (PolicyLodServer server = PolicyLodServer.builder().settings(settings).dataset(dataset()).port(0)
                .build().start()) {
            assertEquals("localhost", server.host());
            assertTrue(server.port() > 0);
            assertEquals("http://localhost:" + server.port() + "/sparql", server.sparqlEndpoint().toString());
            assertEquals(200, new TestHttp(server.baseUrl()).get("/$/ping").statusCode());
        }
    }

    @Test
    void twoServersOnPortZeroStartSideBySideAndReportTheirRealPorts() {
        Settings anyPort = Settings.defaults().withDumps(dumps).withPort(0);
        try (PolicyLodServer first = PolicyLodServer.builder().settings(anyPort).host("127.0.0.1").dataset(dataset())
                     .build().start();
             PolicyLodServer second = loopbackServer(0).start()) {
            assertTrue(first.port() > 0 && second.port() > 0);
            assertNotEquals(first.port(), second.port());
            for (PolicyLodServer server : List.of(first, second)) {
                assertEquals("http://127.0.0.1:" + server.port() + "/sparql", server.sparqlEndpoint().toString());
                assertEquals(200, new TestHttp(server.baseUrl()).get("/$/ping").statusCode());
            }
        }
    }

    @Test
    void portZeroWorksWhileSomethingElseHoldsTheDefaultPort() throws IOException {
        ServerSocket holder = holdDefaultPort();
        try (PolicyLodServer server = PolicyLodServer.builder().settings(Settings.defaults().withPort(0))
                .host("127.0.0.1").dumps(dumps).dataset(dataset()).build().start()) {
            assertNotEquals(Settings.DEFAULT_PORT, server.port());
            assertEquals(200, new TestHttp(server.baseUrl()).get("/$/ping").statusCode());
        } finally {
            if (holder != null) {
                holder.close();
            }
        }
    }

    @Test
    void loopbackServerIsNotReachableOnOtherInterfaces() throws IOException {
        Optional<InetAddress> external = nonLoopbackAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        try (PolicyLodServer server = loopbackServer(0).start()) {
            assertTrue(canConnect(InetAddress.getLoopbackAddress(), server.port()));
            assertFalse(canConnect(external.get(), server.port()), "reachable on " + external.get());
        }
    }

    // ---- 10. Clear start-up failures

    @Test
    void portInUseIsReportedInOneLine() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            PolicyLodServer server = loopbackServer(port);
            ServeException e = assertThrows(ServeException.class, server::start);
            assertEquals("port " + port + " is already in use (set --port)", e.getMessage());
        }
    }

    @Test
    void builderChecksItsArguments() {
        assertThrows(IllegalStateException.class, () -> PolicyLodServer.builder().build());
        assertThrows(IllegalArgumentException.class, () -> PolicyLodServer.builder().port(70000));
        assertThrows(IllegalArgumentException.class, () -> PolicyLodServer.builder().maxRequestBytes(0));
        assertThrows(IllegalArgumentException.class, () -> PolicyLodServer.builder().maxResultRows(0));
        assertThrows(IllegalArgumentException.class, () -> PolicyLodServer.builder().maxResultBytes(-1));
        assertThrows(IllegalArgumentException.class,
                () -> PolicyLodServer.builder().queryTimeout(java.time.Duration.ZERO));
    }

    @Test
    void stoppedServerReleasesItsPort() {
        PolicyLodServer first = loopbackServer(0).start();
        int port = first.port();
        first.stop();
        try (PolicyLodServer second = loopbackServer(port).start()) {
            assertEquals(port, second.port());
        }
    }

    /** A socket on 127.0.0.1:3030, or null when something else already holds that port (which serves as well). */
    private static ServerSocket holdDefaultPort() {
        try {
            return new ServerSocket(Settings.DEFAULT_PORT, 50, InetAddress.getByName("127.0.0.1"));
        } catch (IOException alreadyHeld) {
            return null;
        }
    }

    private PolicyLodServer loopbackServer(int port) {
        return PolicyLodServer.builder().dataset(dataset()).dumps(dumps).host("127.0.0.1").port(port).build();
    }

    private static Dataset dataset() {
        return DatasetFactory.createTxnMem();
    }

    private static boolean canConnect(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
