package no.policylod.serve.ld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;

/**
 * One real server for the linked-data tests, started once per test JVM on a free loopback port: a TDB2 store with
 * the 65-page corpus, plus two hand-made snapshot graphs (a title with markup and a retrieval time; a topic listed
 * by {@value #MANY} documents), and a plain HTTP client that follows no redirects.
 *
 * <pre>
 * HttpResponse&lt;String&gt; r = TestServer.get("/doc/doc/xss", "Accept", "text/html");
 * </pre>
 */
final class TestServer {

    static final String BASE = Fixtures.BASE;
    static final int MANY = 250;
    static final String XSS_TITLE = "<script>alert('x')</script> & \"quoted\"";
    static final String XSS_DOC = BASE + "/id/doc/xss";
    static final String MANY_TOPIC = BASE + "/id/topic/test-many";
    static final String TIMED_SNAPSHOT = BASE + "/graph/snapshot/test000000000001";
    static final String RETRIEVED = "2024-05-01T10:00:00Z";
    /** A story two snapshots of one page (1 May and 2 June 2024) title differently. */
    static final String TWO_VIEWS = BASE + "/id/doc/test-two-views";
    /** A snapshot of a page file kept without its address, named by its bytes (RFC 6920), with no time. */
    static final String HASH_NAMED = BASE + "/graph/snapshot/test000000000005";
    /** A corpus news story (file 081.txt) with two budget amounts. */
    static final String STORY = BASE + "/id/doc/id3058695";
    static final String STORY_TITLE = "Norwegian Government earmarks NOK 967 million for boosting the defence industry";

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static PolicyLodServer server;
    private static Store store;

    private TestServer() {
    }

    static synchronized URI base() {
        if (server == null) {
            start();
        }
        return server.baseUrl();
    }

    static Dataset dataset() {
        base();
        return store.dataset();
    }

    private static void start() {
        store = Fixtures.store(Fixtures.tempDir("ld-store"), "corpus/pages");
        addTestGraphs(store.dataset().asDatasetGraph());
        Settings settings = Settings.defaults();
        PolicyLodServer.Builder builder = PolicyLodServer.builder().settings(settings).dataset(store.dataset())
                .host("127.0.0.1").port(0);
        builder.module(new LinkedData(settings, store.dataset()));
        server = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
    }

    private static void addTestGraphs(DatasetGraph dsg) {
        Node timed = uri(TIMED_SNAPSHOT);
        Node listing = uri(BASE + "/graph/snapshot/test000000000002");
        Node xss = uri(XSS_DOC);
        Node topic = uri(MANY_TOPIC);
        Txn.executeWrite(dsg, () -> {
            dsg.add(timed, timed, RDF.type.asNode(), PL.Snapshot.asNode());
            dsg.add(timed, timed, Prov.wasDerivedFrom.asNode(), uri("https://www.regjeringen.no/no/test/id999/"));
            dsg.add(timed, timed, Prov.generatedAtTime.asNode(),
                    NodeFactory.createLiteralDT(RETRIEVED, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
            dsg.add(timed, timed, PL.fileName.asNode(), NodeFactory.createLiteralString("test.html"));
            dsg.add(timed, timed, PL.snapshotOf.asNode(), xss);
            dsg.add(timed, xss, RDF.type.asNode(), PL.NewsStory.asNode());
            dsg.add(timed, xss, DCTerms.title.asNode(), NodeFactory.createLiteralLang(XSS_TITLE, "en"));
            dsg.add(timed, xss, DCTerms.publisher.asNode(), uri(BASE + "/id/ministry/ud"));
            dsg.add(timed, xss, DCTerms.subject.asNode(), topic);
            dsg.add(listing, topic, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Many stories", "en"));
            twoViews(dsg, "test000000000003", RETRIEVED, "Early title");
            twoViews(dsg, "test000000000004", "2024-06-02T10:00:00Z", "Later title");
            Node kept = uri(HASH_NAMED);
            dsg.add(kept, kept, RDF.type.asNode(), PL.Snapshot.asNode());
            dsg.add(kept, kept, Prov.wasDerivedFrom.asNode(),
                    uri("ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk"));
            dsg.add(kept, kept, PL.fileName.asNode(), NodeFactory.createLiteralString("kept.txt"));
            dsg.add(kept, uri(BASE + "/id/doc/test-kept"), DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang("Kept without address", "en"));
            for (int i = 0; i < MANY; i++) {
                Node doc = uri(BASE + "/id/doc/many-%03d".formatted(i));
                dsg.add(Quad.create(listing, doc, DCTerms.subject.asNode(), topic));
                dsg.add(Quad.create(listing, doc, DCTerms.title.asNode(),
                        NodeFactory.createLiteralLang("Story " + i, "en")));
            }
        });
    }

    /** One of two snapshots of one page that title {@link #TWO_VIEWS} differently; both name the same publisher. */
    private static void twoViews(DatasetGraph dsg, String snapshot, String retrieved, String title) {
        Node g = uri(BASE + "/graph/snapshot/" + snapshot);
        Node doc = uri(TWO_VIEWS);
        dsg.add(g, g, RDF.type.asNode(), PL.Snapshot.asNode());
        dsg.add(g, g, Prov.wasDerivedFrom.asNode(), uri("https://www.regjeringen.no/no/test/id998/"));
        dsg.add(g, g, Prov.generatedAtTime.asNode(),
                NodeFactory.createLiteralDT(retrieved, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        dsg.add(g, g, PL.snapshotOf.asNode(), doc);
        dsg.add(g, doc, RDF.type.asNode(), PL.NewsStory.asNode());
        dsg.add(g, doc, DCTerms.title.asNode(), NodeFactory.createLiteralLang(title, "en"));
        dsg.add(g, doc, DCTerms.publisher.asNode(), uri(BASE + "/id/ministry/fd"));
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** A local path for an IRI under the base: {@code /id/doc/x}. */
    static String path(String iri) {
        return iri.substring(BASE.length());
    }

    static HttpResponse<String> get(String path, String... headers) {
        return send("GET", path, headers);
    }

    static HttpResponse<String> head(String path, String... headers) {
        return send("HEAD", path, headers);
    }

    static HttpResponse<String> send(String method, String path, String... headers) {
        return send(base(), method, path, headers);
    }

    /** A request to another server (its base URL ends in {@code /}), with the same client. */
    static HttpResponse<String> send(URI base, String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString() + path.substring(1)))
                .timeout(Duration.ofSeconds(20)).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The status of a GET sent over a plain socket, for request targets {@link HttpClient} refuses to send
     * ({@code %ZZ}, a literal {@code ..}).
     */
    static int rawStatus(String rawPath) {
        URI base = base();
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            String request = "GET " + rawPath + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nAccept: text/plain\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }
}
