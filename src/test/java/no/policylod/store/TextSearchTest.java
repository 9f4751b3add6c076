package no.policylod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import no.policylod.testing.Fixtures;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;

/**
 * The search page's search: it follows rebuilds of the index, and an index written before documents were grouped by
 * doc values (entity stored only) gives the same results as a new one.
 */
class TextSearchTest {

    private static final String DATA = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            GRAPH <urn:x:g> {
              <urn:x:a> dcterms:title "Defence spending rises"@en ; schema:text "Spending on defence will rise."@en .
              <urn:x:b> dcterms:description "Defence of the realm"@en .
              <urn:x:c> dcterms:title "Forsvaret får nye fly"@nb ; dcterms:description "Forsvaret kjøper fly"@nb .
              <urn:x:d> dcterms:title "Defence and spending notes" .
              <urn:x:e> schema:text "More spending on schools"@en .
            }""";

    @Test
    void aSearchSeesTheNextRebuild() {
        Dataset data = dataset(DATA);
        try (TextIndex index = TextIndex.open(Fixtures.tempDir("text-search").resolve("index"))) {
            index.rebuild(data);
            assertEquals(List.of(), uris(index.search("budget", 0, 10)));
            Txn.executeWrite(data, () -> RDFParser.fromString("""
                    GRAPH <urn:x:g> { <urn:x:f> <http://purl.org/dc/terms/title> "The budget"@en }""", Lang.TRIG)
                    .parse(data));
            index.rebuild(data);
            assertEquals(List.of("urn:x:f"), uris(index.search("budget", 0, 10)));
        }
    }

    @Test
    void anIndexWithoutDocValuesGivesTheSameResults() throws IOException {
        Path dir = Fixtures.tempDir("text-search-old");
        TextIndexLucene plain = new TextIndexLucene(FSDirectory.open(dir.resolve("old")), TextFields.config());
        try {
            Dataset indexed = TextDatasetFactory.create(DatasetFactory.createTxnMem(), plain, false);
            Txn.executeWrite(indexed, () -> RDFParser.fromString(DATA, Lang.TRIG).parse(indexed));
        } finally {
            plain.close();
        }
        try (TextIndex old = TextIndex.open(dir.resolve("old"));
             TextIndex current = TextIndex.open(dir.resolve("new"))) {
            current.rebuild(dataset(DATA));
            for (String q : List.of("defence", "spending", "forsvar", "fly", "defence spending", "nothing")) {
                for (int offset = 0; offset < 3; offset++) {
                    assertEquals(current.search(q, offset, 2), old.search(q, offset, 2), q + " from " + offset);
                }
            }
            assertEquals(List.of("urn:x:a", "urn:x:b"), uris(current.search("defence", 0, 10)).stream().sorted().toList());
        }
    }

    /** The hits are ranked as Lucene's top-docs search ranks them, over the 65-page corpus. */
    @Test
    void ranksAsLuceneTopDocs() throws IOException {
        Path dir = Fixtures.tempDir("text-search-rank");
        try (Store store = Fixtures.store(dir.resolve("store"), "corpus/pages");
             TextIndex index = TextIndex.open(dir.resolve("store-text"))) {
            index.rebuild(store.dataset());
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("store-text")))) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String q : List.of("regjeringen", "forsvaret", "defence", "climate", "budsjett 2024", "norge")) {
                    Query query = TextSearch.anyOf(TextSearch.queries(q));
                    ScoreDoc[] lucene = searcher.search(query, TextSearch.MAX_LITERAL_HITS).scoreDocs;
                    ScoreDoc[] ours = TextSearch.best(searcher, query);
                    assertEquals(ranking(lucene), ranking(ours), q);
                }
            }
        }
    }

    private static List<String> ranking(ScoreDoc[] hits) {
        return java.util.Arrays.stream(hits).map(h -> h.doc + "@" + h.score).toList();
    }

    private static Dataset dataset(String trig) {
        Dataset data = DatasetFactory.createTxnMem();
        Txn.executeWrite(data, () -> RDFParser.fromString(trig, Lang.TRIG).parse(data));
        return data;
    }

    private static List<String> uris(TextIndex.Results results) {
        return results.hits().stream().map(TextIndex.Hit::uri).toList();
    }
}
