package no.policylod.serve.ld;

import static no.policylod.serve.ld.TestServer.get;
import static no.policylod.serve.ld.TestServer.header;
import static no.policylod.serve.ld.TestServer.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.http.HttpResponse;
import java.util.List;

import no.policylod.format.Format;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.junit.jupiter.api.Test;

import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;

/**
 * What the pages say: inbound links paged, labels in the reader's language, markup in the data escaped, budget
 * amounts, snapshots and source pages, named graphs and the ontology.
 */
class PagesTest {

    private static final String HTML = "text/html";
    private static final String TOPIC = path(TestServer.MANY_TOPIC).replace("/id/", "/doc/");

    @Test
    void inboundLinksArePaged() {
        HttpResponse<String> first = get(TOPIC, "Accept", "text/turtle");
        assertEquals(200, first.statusCode());
        assertTrue(first.headers().allValues("Link").contains("<" + TOPIC + "?page=2>; rel=\"next\""),
                first.headers().allValues("Link").toString());
        Graph page1 = DereferencingTest.parse(first.body(), Format.TURTLE);
        assertEquals(Describer.PAGE_SIZE, page1.find(Node.ANY, DCTerms.subject.asNode(),
                NodeFactory.createURI(TestServer.MANY_TOPIC)).toList().size());
        HttpResponse<String> last = get(TOPIC + ".ttl?page=3");
        assertEquals(TOPIC + ".ttl?page=3", header(last, "Content-Location"));
        List<String> links = last.headers().allValues("Link");
        assertTrue(links.contains("<" + TOPIC + ".ttl?page=2>; rel=\"prev\""), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.endsWith("rel=\"next\"")), links.toString());
        assertEquals(TestServer.MANY - 2 * Describer.PAGE_SIZE + 1, // the listed stories and the xss story
                DereferencingTest.parse(last.body(), Format.TURTLE).find(Node.ANY, DCTerms.subject.asNode(),
                        NodeFactory.createURI(TestServer.MANY_TOPIC)).toList().size());
        String html = get(TOPIC + "?page=2", "Accept", HTML).body();
        assertTrue(html.contains("rel=\"next\" href=\"" + TOPIC + "?page=3\""), html);
        assertTrue(html.contains("rel=\"prev\" href=\"" + TOPIC + "\""), html);
    }

    @Test
    void labelsFollowAcceptLanguage() {
        String nb = get("/doc/ministry/ud", "Accept", HTML, "Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5").body();
        assertTrue(nb.contains("<html lang=\"nb\">"), nb);
        assertTrue(nb.contains("<h1 lang=\"nb\">Utenriksdepartementet</h1>"), nb);
        String en = get("/doc/ministry/ud", "Accept", HTML, "Accept-Language", "de,en;q=0.8").body();
        assertTrue(en.contains("<html lang=\"en\">"), en);
        assertTrue(en.contains("<h1 lang=\"en\">Ministry of Foreign Affairs</h1>"), en);
        assertTrue(get("/doc/ministry/ud", "Accept", HTML).body().contains("<h1 lang=\"en\">Ministry of Foreign"));
        assertTrue(get("/doc/ministry/ud", "Accept", HTML, "Accept-Language", "nb").body()
                .contains("<h1 lang=\"nb\">Utenriksdepartementet</h1>"));
        assertTrue(en.contains("en → nb → nn") && nb.contains("nb → nn → en"), "the order is stated");
    }

    @Test
    void markupInTheDataIsEscaped() {
        String doc = path(TestServer.XSS_DOC).replace("/id/", "/doc/");
        String html = get(doc, "Accept", HTML).body();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;alert("), html);
        assertTrue(html.contains("&amp; &quot;quoted&quot;"), html);
        String topic = get(TOPIC + "?page=3", "Accept", HTML).body();
        assertFalse(topic.contains("<script>"), "labels of linked resources are escaped too");
    }

    @Test
    void documentPagesShowPublisherAmountsSnapshotsAndSource() {
        String html = get("/doc/doc/id2701821", "Accept", HTML).body();
        assertTrue(html.contains("href=\"/doc/ministry/ud\""), "publisher linked locally");
        assertTrue(html.contains("NOK 38.2 million") && html.contains("38,200,000 NOK"), "amounts with value");
        assertTrue(html.contains("humanitarian budget by NOK 38.2 million"), "the sentence of an amount");
        assertTrue(html.contains("href=\"https://www.regjeringen.no/en/historical-archive/"), "source page");
        assertTrue(html.contains("href=\"/graph/snapshot/1a8054838e5aad92\""), "snapshot");
        assertTrue(html.contains("href=\"/doc/doc/id2701821.ttl\""), "RDF forms");
        String timed = get(path(TestServer.XSS_DOC).replace("/id/", "/doc/"), "Accept", HTML).body();
        assertTrue(timed.contains(TestServer.RETRIEVED), "snapshot time shown");
    }

    @Test
    void amountPagesShowValueSentenceAndQualifiers() {
        String html = get("/doc/amount/9d8b6417f90ea9e2", "Accept", HTML).body();
        assertTrue(html.contains("5,500,000,000 NOK"), html);
        assertTrue(html.contains("record-high humanitarian budget"));
        assertTrue(html.contains("year 2020"), html);
        assertTrue(html.contains("href=\"/doc/doc/id2701821\""), "stated in");
    }

    @Test
    void snapshotGraphsAreDescribedAndServed() {
        String graph = "/graph/snapshot/1a8054838e5aad92";
        HttpResponse<String> html = get(graph, "Accept", HTML);
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("039.txt") && html.body().contains("href=\"/doc/doc/id2701821\""));
        HttpResponse<String> ttl = get(graph + ".ttl");
        assertEquals(200, ttl.statusCode());
        Graph content = DereferencingTest.parse(ttl.body(), Format.TURTLE);
        assertTrue(content.contains(NodeFactory.createURI(TestServer.BASE + "/id/doc/id2701821"),
                DCTerms.title.asNode(), Node.ANY));
        assertEquals(404, get("/graph/snapshot/0000000000000000").statusCode());
    }

    @Test
    void theOntologyPageListsEveryTerm() throws IllegalAccessException {
        HttpResponse<String> r = get("/ontology", "Accept", HTML);
        assertEquals(200, r.statusCode());
        for (Field field : PL.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                String local = ((Resource) field.get(null)).getLocalName();
                assertTrue(r.body().contains("id=\"" + local + "\""), "no section for pl:" + local);
            }
        }
        assertTrue(r.body().contains("plsh:DocumentShape"), "shapes listed");
    }

    @Test
    void theOntologyTurtleIsTheShippedFile() {
        HttpResponse<String> ttl = get("/ontology.ttl");
        assertEquals(200, ttl.statusCode());
        assertTrue(header(ttl, "Content-Type").startsWith("text/turtle"));
        assertTrue(IsoMatcher.isomorphic(Ontology.ontology(), DereferencingTest.parse(ttl.body(), Format.TURTLE)));
        assertEquals(header(ttl, "ETag"), header(get("/ontology", "Accept", "text/turtle"), "ETag"));
        assertEquals(200, get("/policy-lod/ontology", "Accept", "application/ld+json").statusCode());
        Graph shapes = DereferencingTest.parse(get("/shapes.ttl").body(), Format.TURTLE);
        assertTrue(IsoMatcher.isomorphic(Ontology.shapes(), shapes));
    }

    @Test
    void theVersionIrisDereference() {
        String version = Ontology.ontology().find(Node.ANY, OWL2.versionIRI.asNode(), Node.ANY).next().getObject()
                .getURI();
        String path = version.substring("https://w3id.org".length());
        for (String p : List.of(path, path.substring("/policy-lod".length()))) {
            HttpResponse<String> ttl = get(p, "Accept", "text/turtle");
            assertEquals(200, ttl.statusCode(), p);
            assertTrue(IsoMatcher.isomorphic(Ontology.ontology(), DereferencingTest.parse(ttl.body(), Format.TURTLE)));
            assertEquals(200, get(p + ".jsonld").statusCode(), p + ".jsonld");
            HttpResponse<String> page = get(p, "Accept", "text/html");
            assertEquals(200, page.statusCode());
            assertTrue(header(page, "Content-Type").startsWith("text/html"), "the documentation");
        }
        assertEquals(200, get("/shapes/0.1.0", "Accept", "text/turtle").statusCode());
        HttpResponse<String> other = get("/ontology/9.9.9", "Accept", "text/plain");
        assertEquals(404, other.statusCode());
        assertTrue(other.body().contains("/ontology/0.1.0"), other.body());
    }

    @Test
    void theStylesheetIsServed() {
        HttpResponse<String> css = get("/static/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(header(css, "Content-Type").startsWith("text/css"));
        assertEquals(404, get("/static/nothing.css").statusCode());
    }
}
