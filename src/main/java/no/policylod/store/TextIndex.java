package no.policylod.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.system.Txn;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index of titles, descriptions and body texts: a Lucene index (jena-text) in a folder beside the
 * store, language-aware (English and Norwegian stemming), searchable from Java and from SPARQL.
 *
 * <pre>
 * try (Store store = Store.open(dir);
 *      TextIndex index = TextIndex.open(TextIndex.folderFor(dir))) {   // dir-text, beside the store
 *     store.replaceGraphs(staged, monitor);
 *     index.rebuild(store.dataset());                 // after every load: the bulk loader bypasses jena-text
 *     Dataset served = index.wrap(store.dataset());   // text:query works on this one
 *     TextIndex.Results r = index.search("forsvaret", 0, 10);
 * }
 * </pre>
 *
 * <p>SPARQL over {@link #wrap wrapped} data ({@code PREFIX text: <http://jena.apache.org/text#>}):
 * <pre>
 * SELECT ?doc { ?doc text:query "forsvar" }                                      # all fields and languages
 * SELECT ?doc ?score ?lit { (?doc ?score ?lit) text:query "spending" }            # with the literal found
 * SELECT ?doc { ?doc text:query ("forsvaret" "lang:nb") }                         # all fields, bokmål
 * SELECT ?doc ?title { ?doc text:query (dcterms:title "forsvar") ; dcterms:title ?title }   # exact words
 * SELECT ?doc { ?doc text:query (dcterms:description "forsvaret" "lang:nb") }                # stemmed, bokmål
 * SELECT ?doc { ?doc text:query (schema:text "spending" "lang:en") }                        # stemmed, English
 * </pre>
 * Without a property, the query searches titles, descriptions and texts, each language with its own analyzer, so
 * inflected forms match in every language ({@link TextLucene}). With a property and without {@code "lang:xx"} it
 * searches that property's plain field (exact words, any language); with both, the language's own field and
 * analyzer. Each result is one matching literal, its subject bound to {@code ?doc}. {@link #search} asks all three
 * languages at once, grouping the literals into documents.
 *
 * <p>One process at a time: Lucene locks the folder while an index is open.
 */
public final class TextIndex implements AutoCloseable {

    /** The file that says the store changed after the index was built. */
    private static final String STALE = "policy-lod-stale";

    private final Path folder;
    private final TextIndexLucene lucene;
    private final TextSearch searcher;

    private TextIndex(Path folder, TextIndexLucene lucene) {
        this.folder = folder;
        this.lucene = lucene;
        this.searcher = new TextSearch(lucene.getDirectory());
    }

    /** Where the index of a store lives: the folder beside it with {@code -text} appended ({@code store-text}). */
    public static Path folderFor(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-text");
    }

    /** Opens (creating if needed) the index in a folder. */
    public static TextIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            TextIndexLucene lucene = new TextLucene(FSDirectory.open(folder), TextFields.config());
            return new TextIndex(folder, lucene);
        } catch (IOException | TextIndexException e) {
            throw new Store.StoreException("cannot open the text index at " + folder + ": " + rootMessage(e)
                    + " (is another policy-lod process using it?)");
        }
    }

    public Path folder() {
        return folder;
    }

    /**
     * Replaces the whole index with the titles, descriptions and texts of the dataset's default graph (the union of
     * the named graphs), each distinct literal once. Searches see the old index until the new one is committed.
     *
     * @return the number of literals indexed
     */
    public long rebuild(Dataset dataset) {
        try {
            lucene.getIndexWriter().deleteAll();
            long count = Txn.calculateRead(dataset, () -> addAll(dataset.asDatasetGraph().getUnionGraph()));
            lucene.commit();
            Files.deleteIfExists(folder.resolve(STALE));
            return count;
        } catch (IOException | RuntimeException e) {
            lucene.rollback();
            throw new Store.StoreException("cannot rebuild the text index at " + folder + ": " + rootMessage(e));
        }
    }

    private long addAll(Graph union) {
        long count = 0;
        for (Node predicate : TextFields.predicates().values()) {
            Set<Triple> seen = new HashSet<>();
            for (var it = union.find(Node.ANY, predicate, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                Entity entity = seen.add(t) ? entity(t) : null;
                if (entity != null) {
                    lucene.addEntity(entity);
                    count++;
                }
            }
        }
        return count;
    }

    /** The entity jena-text's own change listener would make of the triple, or null for a non-literal. */
    private Entity entity(Triple t) {
        Node o = t.getObject();
        if (!o.isLiteral() || !(t.getSubject().isURI() || t.getSubject().isBlank())) {
            return null;
        }
        String lang = o.getLiteralLanguage().isEmpty() ? null : o.getLiteralLanguage();
        Entity entity = new Entity(TextQueryFuncs.subjectToString(t.getSubject()), null, lang,
                o.getLiteralDatatype());
        entity.put(lucene.getDocDef().getField(t.getPredicate()), o.getLiteralLexicalForm());
        return entity;
    }

    /**
     * The dataset with this index attached, for the SPARQL endpoint: {@code text:query} answers from the index, the
     * rest from the dataset as it is (its default graph stays the union). Closing the wrapper leaves the index open.
     */
    public Dataset wrap(Dataset dataset) {
        return TextDatasetFactory.create(dataset, lucene, false);
    }

    /**
     * The documents whose title, description or text match a search in any of the indexed languages, best first.
     *
     * @param query  what a person typed: words, {@code "a phrase"}, {@code -word}, {@code word*}; never a syntax error
     * @param offset how many results to skip
     * @param limit  how many results to return at most
     */
    public Results search(String query, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative: " + offset + ", " + limit);
        }
        return searcher.search(query == null ? "" : query, offset, limit);
    }

    /**
     * Marks the index as behind its store, before the store is written: until a {@link #rebuild} commits, {@link
     * #isCurrent()} is false, so a run killed between writing the store and rebuilding the index is repaired by the
     * next one.
     */
    public void markStale() {
        try {
            Files.writeString(folder.resolve(STALE), "the store was written after this index was built\n");
        } catch (IOException e) {
            throw new Store.StoreException("cannot write to the text index at " + folder + ": " + e.getMessage());
        }
    }

    /** True when the index was built and the store not written since ({@link #markStale}). */
    public boolean isCurrent() {
        return !Files.exists(folder.resolve(STALE)) && size() > 0;
    }

    /** How many literals the index holds (0 for an index never built). */
    public long size() {
        try (IndexReader reader = DirectoryReader.open(lucene.getDirectory())) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new Store.StoreException("cannot read the text index at " + folder + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        searcher.close();
        lucene.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    /** One page of results: the hits and how many documents match in all. */
    /** A search the index cannot run as asked (too many terms, fuzzy terms that expand too far); the reason. */
    public static final class UnsearchableQuery extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnsearchableQuery(String message) {
            super(message);
        }
    }

    public record Results(List<Hit> hits, int total) {
        public Results {
            hits = List.copyOf(hits);
        }
    }

    /**
     * One matching document.
     *
     * @param uri     the document's IRI
     * @param score   Lucene's score of its best-matching literal
     * @param title   the title that matched, cut into plain and matching parts; empty when no title matched
     * @param snippet the best-matching part of the description or text, likewise; empty when only a title matched
     */
    public record Hit(String uri, float score, List<Fragment> title, List<Fragment> snippet) {
        public Hit {
            title = List.copyOf(title);
            snippet = List.copyOf(snippet);
        }
    }

    /** A piece of matched text; {@code match} is true for the words the search found. */
    public record Fragment(String text, boolean match) {
    }
}
