package no.policylod.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a search typed by a person over the text index: the same words asked of each language with that language's
 * analyzer, literal hits grouped into documents, and the matching words marked.
 *
 * <pre>
 * TextIndex.Results r = new TextSearch(directory).search("defence spending", 0, 10);
 * </pre>
 *
 * <p>The query is parsed with Lucene's {@link SimpleQueryParser} (never a syntax error; quotes make phrases,
 * {@code -} excludes, {@code *} ends a prefix), once per language over {@code title_L}, {@code description_L} and
 * {@code text_L}, every word required. A word that is a stop word in one language is then dropped only there, and
 * "forsvaret" reaches "forsvar" through the Norwegian stemmer. The per-language queries are joined with OR.
 */
final class TextSearch {

    /** Literal hits read before grouping: enough for any page a person will look at. */
    static final int MAX_LITERAL_HITS = 10_000;
    private static final long DOC_BITS = 0xFFFFFFFFL;
    private static final Map<String, Float> WEIGHTS = Map.of("title", 3f, "description", 1.5f, "text", 1f);

    private final Directory directory;
    private SearcherManager searchers;
    private volatile Entities entities;

    TextSearch(Directory directory) {
        this.directory = directory;
    }

    TextIndex.Results search(String text, int offset, int limit) {
        Map<String, Query> byLanguage = queries(text);
        if (byLanguage.isEmpty()) {
            return new TextIndex.Results(List.of(), 0);
        }
        try {
            SearcherManager manager = searchers();
            manager.maybeRefreshBlocking();
            IndexSearcher searcher = manager.acquire();
            try {
                Grouped documents = group(searcher, anyOf(byLanguage), offset, limit);
                List<TextIndex.Hit> hits = new ArrayList<>();
                for (List<ScoreDoc> found : documents.page()) {
                    List<Literal> literals = literals(searcher, found);
                    if (!literals.isEmpty()) {
                        hits.add(TextSnippets.hit(literals, byLanguage));
                    }
                }
                return new TextIndex.Results(hits, documents.total());
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new Store.StoreException("cannot search the text index: " + e.getMessage());
        } catch (IndexSearcher.TooManyClauses | IllegalArgumentException e) {
            throw new TextIndex.UnsearchableQuery("this search has too many terms or too wide fuzzy terms ("
                    + e.getMessage() + "); search with fewer words");
        }
    }

    /**
     * The searchers over the index's latest commit: opened at the first search, refreshed before each one (cheap
     * when nothing was committed since), so a rebuild is seen by the next search.
     */
    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    /** Closes the searchers (not the directory). */
    synchronized void close() {
        if (searchers != null) {
            try {
                searchers.close();
            } catch (IOException e) {
                throw new Store.StoreException("cannot close the text index searchers: " + e.getMessage());
            }
            searchers = null;
        }
    }

    /** The query for each language, leaving out languages where nothing of the text is left to search. */
    static Map<String, Query> queries(String text) {
        Map<String, Query> queries = new LinkedHashMap<>();
        if (text.isBlank()) {
            return queries;
        }
        for (String lang : TextFields.LANGUAGES) {
            Map<String, Float> weights = new LinkedHashMap<>();
            WEIGHTS.forEach((field, weight) -> weights.put(TextFields.field(field, lang), weight));
            SimpleQueryParser parser = new SimpleQueryParser(TextFields.analyzer(lang), weights);
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query query;
            try {
                query = parser.parse(text);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (query != null && !(query instanceof BooleanQuery b && b.clauses().isEmpty())) {
                queries.put(lang, query);
            }
        }
        return queries;
    }

    static Query anyOf(Map<String, Query> queries) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        queries.values().forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * Literal hits, best first, grouped by document in the order of each document's best literal: how many
     * documents, and the hits of those from {@code offset} to {@code offset + limit}. The documents come from the
     * reader's {@link Entities} (numbers in arrays, no IRI made but for the page); only an index written without
     * entity doc values has each hit's stored entity read instead.
     */
    private Grouped group(IndexSearcher searcher, Query query, int offset, int limit) throws IOException {
        ScoreDoc[] best = best(searcher, query);
        Entities entities = entities(searcher.getIndexReader());
        if (entities == null) {
            return groupStored(searcher, best, offset, limit);
        }
        int[] docToEntity = entities.docToEntity();
        BitSet seen = new BitSet(entities.uris().length);
        int[] order = new int[best.length];
        int total = 0;
        for (ScoreDoc sd : best) {
            int entity = docToEntity[sd.doc];
            if (entity >= 0 && !seen.get(entity)) {
                seen.set(entity);
                order[total++] = entity;
            }
        }
        Map<Integer, List<ScoreDoc>> page = new LinkedHashMap<>();
        for (int i = offset; i < total && i - offset < limit; i++) {
            page.put(order[i], new ArrayList<>());
        }
        if (!page.isEmpty()) {
            for (ScoreDoc sd : best) {
                List<ScoreDoc> hits = page.get(docToEntity[sd.doc]);
                if (hits != null) {
                    hits.add(sd);
                }
            }
        }
        return new Grouped(total, List.copyOf(page.values()));
    }

    /**
     * The {@value #MAX_LITERAL_HITS} best literal hits, best first, ties by doc id (as Lucene's top-docs collector
     * orders them). Every match's score and doc id go into one {@code long} (a non-negative float's bits order as
     * the float does), and one primitive sort replaces a heap of score-doc objects.
     */
    static ScoreDoc[] best(IndexSearcher searcher, Query query) throws IOException {
        long[] keys = searcher.search(query, new CollectorManager<AllHits, long[]>() {
            @Override
            public AllHits newCollector() {
                return new AllHits();
            }

            @Override
            public long[] reduce(Collection<AllHits> collectors) {
                long[] all = new long[collectors.stream().mapToInt(c -> c.size).sum()];
                int at = 0;
                for (AllHits c : collectors) {
                    System.arraycopy(c.keys, 0, all, at, c.size);
                    at += c.size;
                }
                return all;
            }
        });
        Arrays.sort(keys);
        ScoreDoc[] best = new ScoreDoc[Math.min(keys.length, MAX_LITERAL_HITS)];
        for (int i = 0; i < best.length; i++) {
            long key = keys[keys.length - 1 - i];
            best[i] = new ScoreDoc((int) (DOC_BITS - (key & DOC_BITS)), Float.intBitsToFloat((int) (key >>> 32)));
        }
        return best;
    }

    /** Every match of a query as a sort key: the score's bits, then the doc id reversed (a lower id sorts after). */
    private static final class AllHits implements Collector {
        private long[] keys = new long[256];
        private int size;

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) {
            int base = leaf.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (size == keys.length) {
                        keys = Arrays.copyOf(keys, size * 2);
                    }
                    float score = Math.max(0f, scorer.score());
                    keys[size++] = ((long) Float.floatToIntBits(score) << 32) | (DOC_BITS - (base + doc));
                }
            };
        }
    }

    /** The same grouping from each hit's stored entity. */
    private static Grouped groupStored(IndexSearcher searcher, ScoreDoc[] best, int offset, int limit)
            throws IOException {
        Map<String, List<ScoreDoc>> byUri = new LinkedHashMap<>();
        for (ScoreDoc sd : best) {
            String uri = searcher.storedFields().document(sd.doc, Set.of(TextFields.ENTITY)).get(TextFields.ENTITY);
            if (uri != null) {
                byUri.computeIfAbsent(uri, k -> new ArrayList<>()).add(sd);
            }
        }
        return new Grouped(byUri.size(), byUri.values().stream().skip(offset).limit(limit).toList());
    }

    /** How many documents have hits, and the hits of each document on the page asked for, best first. */
    private record Grouped(int total, List<List<ScoreDoc>> page) {
    }

    /** The entities of the reader searched, built at its first search; null for an index without doc values. */
    private Entities entities(IndexReader reader) throws IOException {
        Entities known = entities;
        if (known == null || known.reader() != reader) {
            synchronized (this) {
                if (entities == null || entities.reader() != reader) {
                    entities = Entities.of(reader);
                }
                known = entities;
            }
        }
        return known.docToEntity() == null ? null : known;
    }

    /**
     * Every document of one index reader numbered by its entity: the same entity has the same number in every
     * segment, so hits group by a number looked up in an array, and an entity's IRI is only made for the documents
     * a page shows.
     *
     * @param docToEntity the entity number of each document (by top-level doc id), -1 for none; null when the
     *                    index has no entity doc values
     * @param uris        the IRI of each entity number
     */
    private record Entities(IndexReader reader, int[] docToEntity, String[] uris) {

        static Entities of(IndexReader reader) throws IOException {
            int[] docToEntity = new int[reader.maxDoc()];
            Arrays.fill(docToEntity, -1);
            Map<BytesRef, Integer> numbers = new HashMap<>();
            List<String> uris = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(TextFields.ENTITY_VALUES);
                if (values == null) {
                    if (leaf.reader().maxDoc() > 0) {
                        return new Entities(reader, null, null);
                    }
                    continue;
                }
                int[] ordToEntity = new int[values.getValueCount()];
                TermsEnum terms = values.termsEnum();
                for (int ord = 0; terms.next() != null; ord++) {
                    BytesRef term = BytesRef.deepCopyOf(terms.term());
                    Integer number = numbers.get(term);
                    if (number == null) {
                        number = uris.size();
                        numbers.put(term, number);
                        uris.add(term.utf8ToString());
                    }
                    ordToEntity[ord] = number;
                }
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    docToEntity[leaf.docBase + doc] = ordToEntity[values.ordValue()];
                }
            }
            return new Entities(reader, docToEntity, uris.toArray(String[]::new));
        }
    }

    /** The stored literals of one document's hits, best first. */
    private static List<Literal> literals(IndexSearcher searcher, List<ScoreDoc> hits) throws IOException {
        List<Literal> literals = new ArrayList<>();
        for (ScoreDoc sd : hits) {
            Literal literal = Literal.of(searcher.storedFields().document(sd.doc), sd.score);
            if (literal != null) {
                literals.add(literal);
            }
        }
        return literals;
    }

    /** One indexed literal that matched: its document, field, language and value. */
    record Literal(String uri, String field, String lang, String value, float score) {

        static Literal of(Document doc, float score) {
            String uri = doc.get(TextFields.ENTITY);
            for (String field : TextFields.predicates().keySet()) {
                String value = doc.get(field);
                if (value != null && uri != null) {
                    return new Literal(uri, field, doc.get(TextFields.LANG), value, score);
                }
            }
            return null;
        }
    }
}
