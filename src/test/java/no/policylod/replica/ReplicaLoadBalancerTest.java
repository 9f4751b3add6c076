package no.policylod.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import no.policylod.testing.Launched;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import no.policylod.testing.ExternalProcess;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas behind a load balancer, as processes on loopback: a primary ({@code publish}, then {@code serve}), two
 * {@code replica} processes following it, and Debian's HAProxy in front of the replicas with health checks (the
 * configuration of the README). Two releases are published (the primary stopped, published again with a changed
 * page and a new folder, and started again); both replicas converge on each (the same release, the same answers as
 * the primary, compared as result multisets and as graphs); then one replica is killed with SIGKILL while requests
 * run through HAProxy, none of which may fail; restarted, it resumes from the release its store holds.
 *
 * <p>Needs {@code /usr/sbin/haproxy} ({@code .ci/run} installs it): without it the test is skipped locally and fails
 * when {@code CI=true}.
 */
@Timeout(180)
class ReplicaLoadBalancerTest {

    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final String BASE = Fixtures.BASE;
    private static final List<String> QUERIES = List.of("budget-amounts.rq", "documents-by-type-and-year.rq",
            "ministries-and-publications.rq", "largest-amounts.rq");
    private static final String SNAPSHOTS = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER(STRSTARTS(STR(?g), '" + BASE + "/graph/snapshot/')) }";

    @TempDir
    Path dir;

    private final List<Launched> running = new ArrayList<>();

    @AfterEach
    void stopAll() {
        running.forEach(Launched::close);
    }

    @Test
    void replicasConvergeAndTheBalancerAnswersThroughAKilledReplica() throws Exception {
        ExternalProcess.require(Files.isExecutable(HAPROXY), "HAProxy (apt-get install haproxy)");
        Path pages = copy(Fixtures.resource("pages/seeds"), dir.resolve("pages/seeds"));
        Path config = Files.writeString(dir.resolve("settings.json"), """
                {"host": "127.0.0.1", "server": {"trustedProxies": ["127.0.0.1"], "maxRequestsPerClient": 256,
                 "maxQueriesPerClient": 64}}
                """); // the balancer trusted (README); the test, one client asking much, has a larger share
        int primaryPort = Launched.freePort();
        int[] replicaPorts = {Launched.freePort(), Launched.freePort()};
        int balancerPort = Launched.freePort();

        publish(config, pages.getParent());
        Launched primary = primary(config, primaryPort);
        String first = latest(primaryPort);
        Launched[] replicas = {replica(config, 1, replicaPorts[0], primaryPort),
            replica(config, 2, replicaPorts[1], primaryPort)};
        Launched balancer = balancer(balancerPort, primaryPort, replicaPorts);
        for (int i = 0; i < 2; i++) {
            awaitRelease(replicas[i], replicaPorts[i], first);
            assertSameAnswers(primaryPort, replicaPorts[i]);
        }
        assertSameAnswers(primaryPort, balancerPort);

        primary.stop();
        running.remove(primary);
        changePages(pages);
        publish(config, pages.getParent());
        primary = primary(config, primaryPort);
        String second = latest(primaryPort);
        assertFalse(second.equals(first), "the second publish made a release");
        for (int i = 0; i < 2; i++) {
            awaitRelease(replicas[i], replicaPorts[i], second);
            assertSameAnswers(primaryPort, replicaPorts[i]);
            String log = replicas[i].output();
            assertEquals(1, count(log, "primary: "), "one line for the primary being away:\n" + log);
            assertTrue(log.contains("applied release " + second), log);
        }
        assertSameAnswers(primaryPort, balancerPort);

        int[] served = throughTheBalancerWhileKilling(balancerPort, replicas[1]);
        assertEquals(0, served[1], "failed requests through HAProxy while a replica was killed ("
                + served[0] + " answered)\n" + balancer.output());
        assertTrue(served[0] > 20, "requests answered: " + served[0]);

        Launched again = replica(config, 2, replicaPorts[1], primaryPort);
        awaitRelease(again, replicaPorts[1], second);
        assertTrue(again.output().contains("resuming at release " + second), again.output());
        assertFalse(again.output().contains("loaded release"), "no second full load:\n" + again.output());
        assertSameAnswers(primaryPort, replicaPorts[1]);
    }

    // ---- the processes

    private void publish(Path config, Path pages) {
        Launched.runPolicyLod(dir.resolve("publish.log"), "publish", "--no-serve", "--config", config.toString(),
                "--store", dir.resolve("primary-store").toString(), "--dumps", dir.resolve("primary-dumps").toString(),
                pages.toString());
    }

    private Launched primary(Path config, int port) {
        Launched primary = started(Launched.policyLod(dir.resolve("primary.log"), "serve", "--config",
                config.toString(), "--store", dir.resolve("primary-store").toString(), "--dumps",
                dir.resolve("primary-dumps").toString(), "--port", Integer.toString(port)));
        primary.awaitHttp(url(port, "/$/ping"));
        return primary;
    }

    private Launched replica(Path config, int n, int port, int primaryPort) {
        Launched replica = started(Launched.policyLod(dir.resolve("replica-" + n + "-" + running.size() + ".log"),
                "replica", "--follow", "http://127.0.0.1:" + primaryPort + "/feed.atom", "--interval", "0.5",
                "--config", config.toString(), "--store", dir.resolve("replica-" + n).toString(),
                "--dumps", dir.resolve("replica-" + n + "-dumps").toString(), "--port", Integer.toString(port)));
        return replica;
    }

    private Launched balancer(int port, int primaryPort, int[] replicaPorts) throws IOException {
        String template = new String(getClass().getResourceAsStream("/replica/haproxy.cfg").readAllBytes(),
                StandardCharsets.UTF_8);
        Path cfg = Files.writeString(dir.resolve("haproxy.cfg"), template.replace("@BALANCER@", "127.0.0.1:" + port)
                .replace("@PRIMARY@", "127.0.0.1:" + primaryPort)
                .replace("@REPLICA1@", "127.0.0.1:" + replicaPorts[0])
                .replace("@REPLICA2@", "127.0.0.1:" + replicaPorts[1]));
        Launched balancer = started(Launched.start(dir.resolve("haproxy.log"),
                List.of(HAPROXY.toString(), "-db", "-f", cfg.toString())));
        balancer.awaitHttp(url(port, "/$/ping"));
        return balancer;
    }

    private Launched started(Launched launched) {
        running.add(launched);
        return launched;
    }

    // ---- what is compared

    /** The release a server holds, as its {@code latest} alias redirects. */
    private static String latest(int port) {
        try {
            HttpResponse<Void> r = Launched.HTTP.send(HttpRequest.newBuilder(url(port,
                    "/dumps/releases/latest/release.json")).build(), HttpResponse.BodyHandlers.discarding());
            String location = r.headers().firstValue("Location").orElse("");
            String[] parts = location.split("/");
            return r.statusCode() == 302 ? parts[parts.length - 2] : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static void awaitRelease(Launched replica, int port, String release) {
        replica.awaitThat(() -> Launched.status(url(port, "/$/ping")) == 200 && release.equals(latest(port)),
                "waiting for release " + release + " on port " + port);
    }

    /** Every compared query answers the same on both servers: rows as multisets, graphs as graphs. */
    private static void assertSameAnswers(int primaryPort, int port) throws IOException {
        for (String name : QUERIES) {
            String query = new String(Launched.class.getResourceAsStream("/policylod/queries/" + name)
                    .readAllBytes(), StandardCharsets.UTF_8);
            ResultSetRewindable expected = rows(primaryPort, query);
            ResultSetRewindable actual = rows(port, query);
            assertTrue(expected.size() > 0, name + " answers something");
            assertTrue(ResultSetCompare.equalsByTerm(expected, actual), name + " differs on port " + port);
        }
        GraphAssert.assertIsomorphic(graph(primaryPort, SNAPSHOTS).getGraph(), graph(port, SNAPSHOTS).getGraph());
    }

    private static ResultSetRewindable rows(int port, String query) {
        byte[] json = sparql(port, query, "application/sparql-results+json");
        return ResultSetFactory.makeRewindable(ResultSetFactory.load(new ByteArrayInputStream(json),
                ResultsFormat.FMT_RS_JSON));
    }

    private static Model graph(int port, String query) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(sparql(port, query, "application/n-triples"))).lang(Lang.NTRIPLES)
                .parse(model);
        return model;
    }

    private static byte[] sparql(int port, String query, String accept) {
        URI url = url(port, "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> r = Launched.HTTP.send(HttpRequest.newBuilder(url).header("Accept", accept)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
            return r.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Four clients send queries and page requests through the balancer for six seconds; after two, the replica is
     * killed. Returns the requests answered with 200 and those that were not (any other status, or no answer).
     */
    private static int[] throughTheBalancerWhileKilling(int port, Launched victim) throws InterruptedException {
        AtomicBoolean go = new AtomicBoolean(true);
        AtomicInteger ok = new AtomicInteger();
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        List<URI> urls = List.of(url(port, "/sparql?query=" + URLEncoder.encode(
                        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)),
                url(port, "/ontology.ttl"), url(port, "/sparql?query=" + URLEncoder.encode(
                        "ASK { ?s a <https://w3id.org/policy-lod/ontology#BudgetAmount> }", StandardCharsets.UTF_8)));
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            int offset = c;
            Thread client = new Thread(() -> {
                for (int i = offset; go.get(); i++) {
                    URI u = urls.get(i % urls.size());
                    int status = Launched.status(u);
                    if (status == 200) {
                        ok.incrementAndGet();
                    } else {
                        failed.add(status + " " + u);
                    }
                }
            }, "client-" + c);
            client.start();
            clients.add(client);
        }
        Launched.pause(2000);
        victim.kill();
        Launched.pause(4000);
        go.set(false);
        for (Thread t : clients) {
            t.join();
        }
        assertEquals(List.of(), List.copyOf(failed));
        return new int[] {ok.get(), failed.size()};
    }

    // ---- files

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    /** One page loses its last line (a new snapshot of it), and another folder of pages is added. */
    private static void changePages(Path seeds) throws IOException {
        Path page;
        try (Stream<Path> files = Files.list(seeds)) {
            page = files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(page, StandardCharsets.UTF_8));
        while (lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        lines.remove(lines.size() - 1);
        Files.write(page, lines, StandardCharsets.UTF_8);
        copy(Fixtures.resource("pages/topic-with-url"), seeds.resolveSibling("topic-with-url"));
    }

    private static int count(String text, String start) {
        return (int) text.lines().filter(l -> l.startsWith(start)).count();
    }

    private static URI url(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
