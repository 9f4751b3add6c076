package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import no.policylod.store.TextIndex;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /sparql} without a query: the SPARQL 1.1 Service Description, in Turtle, JSON-LD and HTML. */
class ServiceDescriptionTest {

    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";
    /** Where the server says it is reached: the description names this, not the address a request came to. */
    private static final String PUBLIC = "https://data.example.no/pl";

    @TempDir
    static Path dumps;
    @TempDir
    static Path textFolder;

    private static PolicyLodServer server;
    private static PolicyLodServer withText;
    private static TextIndex index;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = PolicyLodServer.builder().settings(no.policylod.config.Settings.defaults()
                        .withPublicUrl(java.net.URI.create(PUBLIC)))
                .dataset(TestData.dataset(5)).dumps(dumps).host("127.0.0.1").port(0)
                .maxResultRows(5000).maxResultBytes(1024 * 1024).maxRequestBytes(4096)
                .queryTimeout(java.time.Duration.ofSeconds(7)).build().start();
        index = TextIndex.open(textFolder);
        withText = PolicyLodServer.builder().dataset(index.wrap(TestData.dataset(5))).dumps(dumps)
                .host("127.0.0.1").port(0).build().start();
        http = new TestHttp(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
        withText.close();
        index.close();
    }

    @Test
    void describesTheServiceInTurtleByDefault() {
        HttpResponse<String> response = http.get("/sparql");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("text/turtle"), contentType(response));
        Graph sd = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        String endpoint = PUBLIC + "/sparql";
        Node service = NodeFactory.createURI(endpoint + "#service");
        assertTrue(sd.contains(service, RDF.type.asNode(), sd("Service")));
        assertTrue(sd.contains(service, sd("endpoint"), NodeFactory.createURI(endpoint)));
        assertTrue(sd.contains(service, sd("supportedLanguage"), sd("SPARQL11Query")));
        assertTrue(sd.contains(service, sd("feature"), sd("UnionDefaultGraph")));
        assertEquals(Set.of("JSON-LD", "N-Quads", "N-Triples", "RDF_XML", "SPARQL_Results_CSV", "SPARQL_Results_JSON",
                "SPARQL_Results_TSV", "SPARQL_Results_XML", "TriG", "Turtle"), resultFormats(sd, service));
        assertEquals("PT7S", value(sd, service, PL.queryTimeout.asNode()));
        assertEquals("5000", value(sd, service, PL.maxResultRows.asNode()));
        assertEquals("1048576", value(sd, service, PL.maxResultBytes.asNode()));
        assertEquals("4096", value(sd, service, PL.maxRequestBytes.asNode()));
        assertFalse(sd.contains(Node.ANY, Node.ANY, NodeFactory.createURI(TEXT_QUERY)), "no text index here");
    }

    @Test
    void jsonLdSaysTheSameAsTurtle() {
        Graph turtle = RDFParser.fromString(http.get("/sparql", "Accept", "text/turtle").body(), Lang.TURTLE).toGraph();
        HttpResponse<String> response = http.get("/sparql", "Accept", "application/ld+json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("application/ld+json"), contentType(response));
        Graph jsonld = RDFParser.fromString(response.body(), Lang.JSONLD).toGraph();
        assertTrue(IsoMatcher.isomorphic(turtle, jsonld), response.body());
    }

    @Test
    void browsersGetAReadablePage() {
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        HttpResponse<String> response = http.get("/sparql", "Accept", browser);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(contentType(response).startsWith("text/html"), contentType(response));
        Document page = Jsoup.parse(response.body());
        assertTrue(page.title().startsWith("SPARQL endpoint"), page.title());
        String limits = page.select("table").text();
        assertTrue(limits.contains("7 s") && limits.contains("5000") && limits.contains("1048576 bytes (1 MiB)")
                && limits.contains("4096 bytes (4 KiB)"), limits);
        assertEquals(PUBLIC + "/dumps/", page.select("a[href$=/dumps/]").attr("href"));
        assertFalse(page.select("a[href=?format=ttl]").isEmpty(), response.body());
    }

    @Test
    void everyQueryEndpointDescribesItselfAndHeadWorks() {
        for (String path : List.of("/sparql", "/policy-lod/sparql", "/policy-lod/query")) {
            HttpResponse<String> get = http.get(path, "Accept", "text/turtle");
            assertEquals(200, get.statusCode(), path);
            HttpResponse<String> head = http.send("HEAD", path, null, null, "Accept", "text/turtle");
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            assertEquals(get.headers().firstValue("Content-Length"), head.headers().firstValue("Content-Length"), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
        }
    }

    @Test
    void formatParameterAndRefusals() {
        assertTrue(contentType(http.get("/sparql?format=jsonld")).startsWith("application/ld+json"));
        HttpResponse<String> png = http.get("/sparql", "Accept", "image/png");
        assertEquals(406, png.statusCode());
        assertEquals(1, png.body().lines().count(), png.body());
        String update = "/sparql?update=" + TestHttp.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }");
        assertEquals(400, http.get(update).statusCode());
    }

    @Test
    void textQueryIsStatedWhenTheDatasetHasATextIndex() {
        HttpResponse<String> response = new TestHttp(withText.baseUrl()).get("/sparql");
        Graph sd = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        Node service = NodeFactory.createURI("https://w3id.org/policy-lod/sparql#service");
        Node textQuery = NodeFactory.createURI(TEXT_QUERY);
        assertTrue(sd.contains(service, sd("languageExtension"), textQuery), response.body());
        assertTrue(sd.contains(textQuery, RDF.type.asNode(), sd("Feature")), response.body());
    }

    private static Set<String> resultFormats(Graph sd, Node service) {
        Set<String> names = new TreeSet<>();
        sd.find(service, sd("resultFormat"), Node.ANY)
                .forEach(t -> names.add(t.getObject().getURI().substring(FORMATS.length())));
        return names;
    }

    private static String value(Graph sd, Node service, Node property) {
        List<Triple> found = sd.find(service, property, Node.ANY).toList();
        assertEquals(1, found.size(), property.toString());
        return found.get(0).getObject().getLiteralLexicalForm();
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
