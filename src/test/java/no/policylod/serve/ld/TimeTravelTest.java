package no.policylod.serve.ld;

import static no.policylod.serve.ld.TestServer.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import no.policylod.testing.Headers;
import no.policylod.format.Format;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.policylod.config.Settings;
import no.policylod.release.History;
import no.policylod.serve.Messages;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ReaderLanguage;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;

/**
 * Time travel on the linked-data pages, on a real server over a TDB2 store holding the three snapshots of the
 * "Security policy" topic page (see {@code no.policylod.release.HistoryTest}): about 2017 with no time known, 2024
 * (not before 2024-09-23: its lead text changed and three image captions went away) and December 2025 (not before
 * 2025-12-04: the page id from its URL added). A hand-made snapshot with a retrieval time describes one more
 * document, so that a day before every snapshot of a resource can be asked for (an undated snapshot counts as
 * older than any day, as {@link History#at} has it).
 */
class TimeTravelTest {

    private static final String TOPIC_IRI = Fixtures.BASE + "/id/topic/id1111";
    private static final String TOPIC = "/doc/topic/id1111";
    private static final Node TOPIC_NODE = NodeFactory.createURI(TOPIC_IRI);
    private static final String DATED = "/doc/doc/test-dated";
    private static final String RETRIEVED = "2024-05-01T10:00:00Z";
    private static final String LEAD_2017 = "The main aim of our security policy";
    /** Data in Turtle, errors in plain text. */
    private static final String TURTLE_OR_TEXT = "text/turtle, text/plain;q=0.1";
    private static final String LEAD_2024 = "The primary objective of Norwegian security policy";

    private static Store store;
    private static PolicyLodServer server;
    private static List<History.State> states;

    @BeforeAll
    static void start() {
        store = Fixtures.store(Fixtures.tempDir("ld-history"), "pages/seeds", "pages/topic-with-url");
        addDatedSnapshot(store.dataset().asDatasetGraph());
        Settings settings = Settings.defaults();
        PolicyLodServer.Builder builder = PolicyLodServer.builder().settings(settings).dataset(store.dataset())
                .host("127.0.0.1").port(0);
        builder.module(new LinkedData(settings, store.dataset()));
        server = builder.build().start();
        states = History.of(store.dataset(), TOPIC_NODE);
        assertEquals(3, states.size(), "the fixture holds three snapshots of the topic");
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aDayGivesTheLatestSnapshotOnOrBeforeIt() {
        HttpResponse<String> r = get(TOPIC + "?at=2025-01-01", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = DereferencingTest.parse(r.body(), Format.TURTLE);
        assertEquals(Set.copyOf(states.get(1).triples()), Set.copyOf(g.find(TOPIC_NODE, Node.ANY, Node.ANY).toList()),
                "exactly what the 2024 snapshot says about the topic");
        assertTrue(texts(g, DCTerms.description.asNode()).stream().anyMatch(t -> t.startsWith(LEAD_2024)));
        assertFalse(texts(g, DCTerms.description.asNode()).stream().anyMatch(t -> t.startsWith(LEAD_2017)));
        assertFalse(g.contains(TOPIC_NODE, PL.pageId.asNode(), Node.ANY), "the page id came in 2025");
        Node document = NodeFactory.createURI(Fixtures.BASE + TOPIC + "?at=2025-01-01");
        assertTrue(g.contains(document, Prov.wasDerivedFrom.asNode(), states.get(1).snapshot()), r.body());
        assertEquals(TOPIC + ".ttl?at=2025-01-01", header(r, "Content-Location"));
        List<String> links = r.headers().allValues("Link");
        assertTrue(links.contains("<" + graphPath(states.get(1)) + ">; rel=\"via\""), links.toString());
        assertTrue(links.contains("<" + TOPIC + ".jsonld?at=2025-01-01>; rel=\"alternate\"; type=\"application/ld+json\""),
                links.toString());
        assertEquals("Accept", Headers.vary(r));
    }

    @Test
    void aDayAfterTheNewestSnapshotGivesTheNewest() {
        HttpResponse<String> r = get(TOPIC + ".nt?at=2030-01-01");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = DereferencingTest.parse(r.body(), Format.N_TRIPLES);
        assertEquals(Set.copyOf(states.get(2).triples()), Set.copyOf(g.find(TOPIC_NODE, Node.ANY, Node.ANY).toList()));
        assertTrue(g.contains(TOPIC_NODE, PL.pageId.asNode(), NodeFactory.createLiteralString("id1111")));
        assertTrue(r.headers().allValues("Link").contains("<" + graphPath(states.get(2)) + ">; rel=\"via\""));
        assertEquals(200, get(TOPIC + "?at=2030-01-01", "Accept", "application/ld+json").statusCode());
        assertEquals(200, get(TOPIC + "?format=rdf&at=2030-01-01").statusCode());
    }

    @Test
    void aDayBeforeEveryDatedSnapshotGivesTheUndatedOne() {
        HttpResponse<String> r = get(TOPIC + "?at=2000-01-01", "Accept", "text/turtle");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = DereferencingTest.parse(r.body(), Format.TURTLE);
        assertEquals(Set.copyOf(states.get(0).triples()), Set.copyOf(g.find(TOPIC_NODE, Node.ANY, Node.ANY).toList()));
        assertTrue(texts(g, DCTerms.description.asNode()).stream().anyMatch(t -> t.startsWith(LEAD_2017)));
        String html = get(TOPIC + "?at=2000-01-01", "Accept", "text/html").body();
        assertTrue(html.contains("As stated by the snapshot of <small>time unknown</small>"), html);
    }

    @Test
    void aDayBeforeEverySnapshotIsNotFoundAndNamesTheEarliest() {
        assertEquals(200, get(DATED + "?at=2024-05-01", "Accept", "text/turtle").statusCode());
        HttpResponse<String> r = get(DATED + "?at=2024-04-30", "Accept", TURTLE_OR_TEXT);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("on or before 2024-04-30"), r.body());
        assertTrue(r.body().contains("the snapshot of " + RETRIEVED + " (dated.html): ask for ?at=2024-05-01 or later"),
                r.body());
        assertTrue(r.body().contains("see the current description at " + DATED), r.body());
        HttpResponse<String> none = get("/doc/ministry/ud?at=2025-01-01", "Accept", TURTLE_OR_TEXT);
        assertEquals(404, none.statusCode(), "reference data is in no snapshot");
        assertTrue(none.body().contains("No page snapshot describes"), none.body());
        assertEquals(404, get("/doc/topic/id0?at=2025-01-01", "Accept", TURTLE_OR_TEXT).statusCode());
    }

    @Test
    void aBadDateIsABadRequestWithTheParsersMessage() {
        HttpResponse<String> r = get(TOPIC + "?at=2024-13-40", "Accept", "text/plain");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("at=2024-13-40 is not a date: write it as YYYY-MM-DD, e.g. at=2024-10-01"),
                r.body());
        assertEquals(400, get(TOPIC + "?at=", "Accept", "text/html").statusCode());
        assertEquals(400, get(TOPIC + ".ttl?at=yesterday").statusCode());
    }

    @Test
    void theHtmlPageListsTheHistoryOldestFirst() {
        String html = get(TOPIC, "Accept", "text/html").body();
        String history = section(html, "history");
        assertEquals(3, count(history, "</tr>") - 1, history);
        int at = 0;
        for (History.State s : states) {
            String row = "<a href=\"" + graphPath(s) + "\" title=\"" + s.snapshot().getURI() + "\">" + name(s) + "</a>";
            int found = history.indexOf(row, at);
            assertTrue(found >= at, "row for " + name(s) + " after the one before: " + history);
            String counts = "+" + s.added().size() + " added</span>, <span class=\"removed\">−" + s.removed().size()
                    + " removed";
            assertTrue(history.indexOf(counts, found) > found, counts + " in " + history);
            at = found + 1;
        }
        assertTrue(history.contains("<small>time unknown</small>"), history);
        assertTrue(history.contains("not before <time datetime=\"2024-09-23\">23 September 2024</time> <small>("
                + "estimated from the newest date the page lists)</small>"), history);
        assertTrue(history.contains("<a href=\"" + TOPIC + "?at=2024-09-23\">23 September 2024</a>"), history);
        assertTrue(history.contains("<a href=\"" + TOPIC + "?at=2025-12-04\">4 December 2025</a>"), history);
        assertEquals(2, count(history, "?at="), "no link for the undated snapshot");
        assertEquals(3, count(history, "<details>"), history);
        assertTrue(history.contains("<abbr title=\"removed\">−</abbr> <span title=\"http://purl.org/dc/terms/"
                + "description\">description</span>: <span lang=\"en\">" + LEAD_2017), history);
        assertTrue(history.contains("<abbr title=\"added\">+</abbr> <span title=\"http://purl.org/dc/terms/"
                + "description\">description</span>: <span lang=\"en\">" + LEAD_2024), history);
        assertFalse(html.contains("id=\"snapshots\""), "the history replaces the snapshot table");
    }

    @Test
    void theHtmlPageAsOfADaySaysSoAndShowsThatSnapshot() {
        HttpResponse<String> r = get(TOPIC + "?at=2025-01-01", "Accept", "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<strong>As stated by the snapshot of not before <time datetime=\"2024-09-23\">"
                + "23 September 2024</time>"), html);
        assertTrue(html.contains(">" + name(states.get(1)) + "</a>)</strong> — <a href=\"" + TOPIC
                + "\">see the current description</a>"), html);
        assertTrue(html.contains("as of <time datetime=\"2025-01-01\">1 January 2025</time>"), html);
        String about = section(html, "about");
        assertTrue(about.contains(LEAD_2024) && !about.contains(LEAD_2017), about);
        assertTrue(section(html, "history").contains("<tr aria-current=\"true\">\n<td><a href=\""
                + graphPath(states.get(1)) + "\""), "the snapshot shown is marked");
        assertTrue(html.contains("href=\"" + TOPIC + ".ttl?at=2025-01-01\""), "the data forms keep the day");
        assertEquals(TOPIC + ".html?at=2025-01-01", header(r, "Content-Location"));
        assertEquals("Accept, Accept-Language, Cookie", Headers.vary(r));
        assertFalse(get(TOPIC, "Accept", "text/html").body().contains("As stated by the snapshot"));
    }

    @Test
    void eachDayHasItsOwnEntityTagAndRevalidates() {
        List<String> tags = List.of("", "?at=2025-01-01", "?at=2025-06-01", "?at=2030-01-01").stream()
                .map(q -> header(get(TOPIC + ".ttl" + q), "ETag")).toList();
        assertEquals(4, Set.copyOf(tags).size(), "ETags differ by day, even for the same snapshot: " + tags);
        String html = header(get(TOPIC + "?at=2025-01-01", "Accept", "text/html"), "ETag");
        assertNotEquals(html, header(get(TOPIC + "?at=2030-01-01", "Accept", "text/html"), "ETag"));
        HttpResponse<String> again = get(TOPIC + ".ttl?at=2025-01-01", "If-None-Match", tags.get(1));
        assertEquals(304, again.statusCode());
        assertEquals(tags.get(1), header(again, "ETag"));
        assertEquals(200, get(TOPIC + ".ttl?at=2025-01-01", "If-None-Match", tags.get(3)).statusCode());
        assertEquals(304, get(TOPIC + "?at=2025-01-01", "Accept", "text/html", "If-None-Match", html).statusCode());
        HttpResponse<String> dated = get(DATED + ".ttl?at=2024-06-01");
        assertEquals(304, get(DATED + ".ttl?at=2024-06-01", "If-Modified-Since", header(dated, "Last-Modified"))
                .statusCode());
    }

    @Test
    void theResourceUriKeepsTheDay() {
        HttpResponse<String> r = get("/id/topic/id1111?at=2025-01-01", "Accept", "text/turtle");
        assertEquals(303, r.statusCode());
        assertEquals(TOPIC + "?at=2025-01-01", header(r, "Location"));
    }

    /** A snapshot retrieved at {@value #RETRIEVED} of a document no other snapshot describes. */
    private static void addDatedSnapshot(DatasetGraph dsg) {
        Node g = NodeFactory.createURI(Fixtures.BASE + "/graph/snapshot/test-dated");
        Node doc = NodeFactory.createURI(Fixtures.BASE + "/id/doc/test-dated");
        Txn.executeWrite(dsg, () -> {
            dsg.add(g, g, RDF.type.asNode(), PL.Snapshot.asNode());
            dsg.add(g, g, Prov.generatedAtTime.asNode(), NodeFactory.createLiteralDT(RETRIEVED,
                    XSDDatatype.XSDdateTime));
            dsg.add(g, g, PL.fileName.asNode(), NodeFactory.createLiteralString("dated.html"));
            dsg.add(g, doc, RDF.type.asNode(), PL.NewsStory.asNode());
            dsg.add(g, doc, DCTerms.title.asNode(), NodeFactory.createLiteralLang("A dated story", "en"));
        });
    }

    private static HttpResponse<String> get(String path, String... headers) {
        return TestServer.send(server.baseUrl(), "GET", path, headers);
    }

    /** How the page names a snapshot: by source and retrieval day (or its file, for a page kept without address). */
    private static String name(History.State s) {
        return Messages.of(ReaderLanguage.ENGLISH).snapshot(s.source() == null ? null : s.source().getURI(),
                s.basis() == History.TimeBasis.GENERATED ? s.time() : null, s.fileName());
    }

    private static String graphPath(History.State s) {
        return s.snapshot().getURI().substring(Fixtures.BASE.length());
    }

    private static List<String> texts(Graph g, Node property) {
        return g.find(TOPIC_NODE, property, Node.ANY).mapWith(Triple::getObject).mapWith(Node::getLiteralLexicalForm)
                .toList();
    }

    /** The HTML of the section headed by the element with that id. */
    private static String section(String html, String id) {
        int start = html.indexOf("<section aria-labelledby=\"" + id + "\">");
        assertTrue(start >= 0, "no section " + id + " in " + html);
        return html.substring(start, html.indexOf("</section>", start));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
