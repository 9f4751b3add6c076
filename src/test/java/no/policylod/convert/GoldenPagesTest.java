package no.policylod.convert;

import no.policylod.convert.model.Lang;
import static no.policylod.testing.GraphAssert.assertIsomorphic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import no.policylod.testing.Fixtures;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/**
 * Golden tests: pages converted with the real converter must give exactly the reviewed RDF in
 * {@code src/test/resources/golden/}, compared as graphs.
 */
class GoldenPagesTest {

    @Test
    void seedsConvertToTheReviewedGraphs() {
        assertIsomorphic(golden("golden/seeds.trig"), Fixtures.convert("pages/seeds"));
    }

    @Test
    void topicPageWithUrlConvertsToTheReviewedGraphs() {
        assertIsomorphic(golden("golden/topic-with-url.trig"), Fixtures.convert("pages/topic-with-url"));
    }

    @Test
    void everySnapshotOfTheTopicPageLandsOnOneTopicUri() {
        DatasetGraph data = Fixtures.convert("pages/seeds", "pages/topic-with-url");
        Set<Node> topics = new HashSet<>();
        data.find(Node.ANY, Node.ANY, PL.snapshotOf.asNode(), Node.ANY).forEachRemaining(q -> topics.add(q.getObject()));
        assertEquals(Set.of(NodeFactory.createURI(Fixtures.BASE + "/id/topic/id1111")), topics);
    }

    @Test
    void aDocumentListedInSeveralSnapshotsGetsOneUri() {
        DatasetGraph data = Fixtures.convert("pages/seeds", "pages/topic-with-url");
        Node meldSt5 = NodeFactory.createURI(Fixtures.BASE + "/id/doc/meld-st-5-2023-2024");
        Set<Node> listedIn = new HashSet<>();
        data.find(Node.ANY, Node.ANY, PL.lists.asNode(), meldSt5).forEachRemaining(q -> listedIn.add(q.getGraph()));
        assertEquals(2, listedIn.size(), "Meld. St. 5 (2023–2024) is listed in the 2024 seed and the 2025 page");
    }

    @Test
    void convertingTwiceGivesTheSameGraphs() {
        DatasetGraph first = Fixtures.convert("pages/seeds", "pages/topic-with-url");
        DatasetGraph second = Fixtures.convert("pages/seeds", "pages/topic-with-url");
        assertIsomorphic(first, second);
        assertTrue(first.find().hasNext());
    }

    @Test
    void aStoryTeasedWithoutADateAndListedWithOneIsOneDocument() {
        var uris = new no.policylod.convert.rdf.UriPolicy(Fixtures.BASE);
        assertEquals(uris.document(java.util.Optional.empty(), java.util.Optional.empty(), Lang.EN,
                        "Government to double support for Western Balkans"),
                uris.document(java.util.Optional.empty(), java.util.Optional.empty(), Lang.EN,
                        "Government to double support for Western Balkans "));
        Node teased = NodeFactory.createURI(Fixtures.BASE + "/id/doc/en/government-to-double-support-for-western-balkans");
        assertTrue(Fixtures.convert("pages/seeds").find(Node.ANY, teased, Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void anUnchangedPageFetchedTwiceIsTwoSnapshotsAndTheSameFetchIsOne() {
        var uris = new no.policylod.convert.rdf.UriPolicy(Fixtures.BASE);
        String text = "Security policy\n\nThe page text.";
        String url = "https://www.regjeringen.no/en/topics/foreign-affairs/security-policy/id1111";
        var june = no.policylod.source.PageSnapshot.of("a.txt", text, url, "2024-06-01");
        var july = no.policylod.source.PageSnapshot.of("b.txt", text, url, "2024-07-01");
        var juneAgain = no.policylod.source.PageSnapshot.of("c.txt", text, url, "2024-06-01");
        assertTrue(!uris.snapshotGraph(june).equals(uris.snapshotGraph(july)), "two fetches, two snapshots");
        assertEquals(uris.snapshotGraph(june), uris.snapshotGraph(juneAgain), "the same fetch is one snapshot");
    }

    private static DatasetGraph golden(String resource) {
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(Fixtures.resource(resource)).parse(expected);
        return expected;
    }
}
