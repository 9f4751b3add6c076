package no.policylod.serve.ld;

import static no.policylod.serve.ld.TestServer.STORY;
import static no.policylod.serve.ld.TestServer.STORY_TITLE;
import static no.policylod.serve.ld.TestServer.get;
import static no.policylod.serve.ld.TestServer.head;
import static no.policylod.serve.ld.TestServer.header;
import static no.policylod.serve.ld.TestServer.path;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import no.policylod.testing.Headers;
import no.policylod.format.Format;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/**
 * The URI policy over real HTTP: 303 from {@code /id/}, every format at {@code /doc/} by {@code Accept},
 * {@code ?format=} and suffix, the caching and negotiation headers, conditional requests, HEAD, and the errors.
 */
class DereferencingTest {

    private static final String DOC = "/doc/doc/id3058695";

    @Test
    void resourceUrisAnswer303ToTheirGenericDescription() {
        HttpResponse<String> r = get(path(STORY), "Accept", "text/turtle");
        assertAll(() -> assertEquals(303, r.statusCode()),
                () -> assertEquals(DOC, header(r, "Location")),
                () -> assertTrue(Headers.vary(r).contains("Accept")),
                () -> assertTrue(r.headers().allValues("Link").contains("<" + DOC + ">; rel=\"describedby\"")));
        assertEquals(DOC + "?format=nt", header(get(path(STORY) + "?format=nt"), "Location"));
    }

    @Test
    void everyFormatByAcceptParsesAndHoldsTheTitle() {
        for (Format f : Format.rdf()) {
            HttpResponse<String> r = get(DOC, "Accept", f.mediaType());
            assertEquals(200, r.statusCode(), f.name());
            assertTrue(header(r, "Content-Type").startsWith(f.mediaType()), header(r, "Content-Type"));
            assertTrue(hasTitle(parse(r.body(), f)), f + " lacks the title:\n" + r.body());
            assertEquals(DOC + "." + f.fileSuffix(), header(r, "Content-Location"));
            assertEquals("Accept", Headers.vary(r));
        }
        HttpResponse<String> html = get(DOC, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertTrue(header(html, "Content-Type").startsWith("text/html"));
        assertTrue(html.body().contains(STORY_TITLE));
        assertEquals("Accept, Accept-Language, Cookie", Headers.vary(html));
    }

    @Test
    void aDocumentsDescriptionHoldsItsAmountsWithTheirValues() {
        String query = "PREFIX pl: <https://w3id.org/policy-lod/ontology#> PREFIX schema: <https://schema.org/> "
                + "SELECT ?doc ?a ?v { ?a pl:statedIn ?doc ; schema:value ?v } ORDER BY ?doc ?a";
        Map<String, Map<String, String>> byDoc = new java.util.TreeMap<>();
        try (QueryExecution qe = QueryExecution.dataset(TestServer.dataset()).query(query).build()) {
            Txn.executeRead(TestServer.dataset(), () -> qe.execSelect().forEachRemaining(row -> byDoc
                    .computeIfAbsent(row.getResource("doc").getURI(), k -> new java.util.TreeMap<>())
                    .put(row.getResource("a").getURI(), row.getLiteral("v").getLexicalForm())));
        }
        assertTrue(byDoc.size() > 10, "the corpus states amounts in many documents: " + byDoc.size());
        for (var doc : byDoc.entrySet().stream().limit(12).toList()) {
            Graph described = parse(get(path(doc.getKey()).replace("/id/", "/doc/"), "Accept", "text/turtle").body(), Format.TURTLE);
            for (var amount : doc.getValue().entrySet()) {
                Node a = NodeFactory.createURI(amount.getKey());
                assertTrue(described.find(a, NodeFactory.createURI("https://schema.org/value"), Node.ANY)
                        .mapWith(t -> t.getObject().getLiteralLexicalForm()).toList().contains(amount.getValue()),
                        doc.getKey() + " does not give the value of " + a);
            }
        }
    }

    @Test
    void formatParameterAndSuffixGiveTheSameBytesAsAccept() {
        for (Format f : Format.describing()) {
            String byAccept = header(get(DOC, "Accept", f.mediaType()), "ETag");
            HttpResponse<String> byParameter = get(DOC + "?format=" + f.fileSuffix());
            HttpResponse<String> bySuffix = get(DOC + "." + f.fileSuffix(), "Accept", "application/pdf");
            assertEquals(200, bySuffix.statusCode(), "a suffix wins over Accept");
            assertEquals(byAccept, header(byParameter, "ETag"), f.name());
            assertEquals(byAccept, header(bySuffix, "ETag"), f.name());
        }
        assertEquals(400, get(DOC + "?format=pdf").statusCode());
    }

    @Test
    void linkHeadersNameEveryRepresentation() {
        List<String> links = get(DOC, "Accept", "text/turtle").headers().allValues("Link");
        for (Format f : Format.describing()) {
            assertTrue(links.contains("<" + DOC + "." + f.fileSuffix() + ">; rel=\"alternate\"; type=\""
                    + f.mediaType() + "\""), links.toString());
        }
    }

    @Test
    void etagsAreStrongStableAndRevalidate() {
        HttpResponse<String> first = get(DOC, "Accept", "text/turtle");
        String etag = header(first, "ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals(etag, header(get(DOC, "Accept", "text/turtle"), "ETag"), "same bytes, same tag");
        HttpResponse<String> again = get(DOC, "Accept", "text/turtle", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        assertEquals(200, get(DOC, "Accept", "text/turtle", "If-None-Match", "\"other\"").statusCode());
        assertFalse(etag.equals(header(get(DOC, "Accept", "application/n-triples"), "ETag")));
    }

    @Test
    void lastModifiedComesFromTheSnapshotAndRevalidates() {
        HttpResponse<String> r = get(path(TestServer.XSS_DOC).replace("/id/", "/doc/"), "Accept", "text/turtle");
        String lastModified = header(r, "Last-Modified");
        assertEquals(httpDate(Instant.parse(TestServer.RETRIEVED)), lastModified);
        String doc = path(TestServer.XSS_DOC).replace("/id/", "/doc/");
        assertEquals(304, get(doc, "Accept", "text/turtle", "If-Modified-Since", lastModified).statusCode());
        assertEquals(200, get(doc, "Accept", "text/turtle", "If-Modified-Since",
                httpDate(Instant.parse(TestServer.RETRIEVED).minusSeconds(60))).statusCode());
        String undated = header(get(DOC, "Accept", "text/turtle"), "Last-Modified");
        assertNotNull(undated);
        assertEquals(undated, header(get(DOC, "Accept", "text/turtle"), "Last-Modified"), "stable, not the clock");
    }

    @Test
    void headAnswersWithHeadersAndNoBody() {
        HttpResponse<String> full = get(DOC, "Accept", "text/turtle");
        HttpResponse<String> r = head(DOC, "Accept", "text/turtle");
        assertAll(() -> assertEquals(200, r.statusCode()),
                () -> assertEquals("", r.body()),
                () -> assertEquals(header(full, "ETag"), header(r, "ETag")),
                () -> assertEquals(header(full, "Content-Length"), header(r, "Content-Length")),
                () -> assertEquals(header(full, "Content-Location"), header(r, "Content-Location")));
        assertEquals(303, head(path(STORY)).statusCode());
    }

    @Test
    void corsAllowsReads() {
        HttpResponse<String> r = get(DOC, "Accept", "text/turtle", "Origin", "https://example.org");
        assertEquals("*", header(r, "Access-Control-Allow-Origin"));
    }

    @Test
    void unknownUrisAre404WithAHelpfulBody() {
        HttpResponse<String> id = get("/id/doc/does-not-exist", "Accept", "text/html");
        assertEquals(404, id.statusCode());
        assertTrue(header(id, "Content-Type").startsWith("text/html"));
        assertTrue(id.body().contains("/id/doc/does-not-exist") && id.body().contains("SPARQL"), id.body());
        HttpResponse<String> doc = get("/doc/doc/does-not-exist.ttl", "Accept", "text/turtle");
        assertEquals(404, doc.statusCode());
        assertTrue(header(doc, "Content-Type").startsWith("text/plain"));
        assertTrue(doc.body().contains("does-not-exist"));
    }

    @Test
    void malformedPathsAre400() {
        for (String bad : List.of("/id/doc/%ZZ", "/doc/doc/%FF", "/id/doc/a%3Cb%3E", "/id/doc/%2e%2e/x",
                "/id/doc//x", "/id/doc/../doc/x", "/doc/doc/x/./y", "/id/doc/a%00b")) {
            assertEquals(400, TestServer.rawStatus(bad), bad);
        }
        assertEquals(400, get(DOC + "?page=zero").statusCode());
    }

    @Test
    void nothingAcceptableIs406() {
        HttpResponse<String> r = get(DOC, "Accept", "application/pdf");
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), r.body());
    }

    @Test
    void theBasePathIsAnsweredForAReverseProxy() {
        HttpResponse<String> r = get("/policy-lod" + path(STORY), "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals("/policy-lod" + DOC, header(r, "Location"));
        HttpResponse<String> doc = get("/policy-lod" + DOC + ".ttl");
        assertEquals(200, doc.statusCode());
        assertTrue(hasTitle(parse(doc.body(), Format.TURTLE)));
        assertEquals("/policy-lod" + DOC + ".ttl", header(doc, "Content-Location"));
    }

    private static boolean hasTitle(Graph graph) {
        Node title = NodeFactory.createLiteralLang(STORY_TITLE, "en");
        return graph.contains(NodeFactory.createURI(STORY), DCTerms.title.asNode(), title);
    }

    static Graph parse(String body, Format format) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, format.lang()).parse(graph);
        return graph;
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
                .format(ZonedDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
