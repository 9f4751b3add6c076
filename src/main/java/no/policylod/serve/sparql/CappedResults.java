package no.policylod.serve.sparql;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.rowset.RowSetWrapper;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Query results counted as they are produced, refused with {@link ResultTooLarge} at the first row or triple over the
 * cap, so an oversized result stops the query instead of running it to the end.
 *
 * <pre>
 * RowSet rows = CappedResults.rows(queryExec.select(), 100_000);                 // counts as it is read
 * DatasetGraph dsg = CappedResults.quads(queryExec.constructQuads(), 100_000, query.getPrefixMapping());
 * </pre>
 *
 * CONSTRUCT and DESCRIBE results are collected (a graph must be whole before most formats can write it); only
 * distinct triples count, as the result is a set.
 */
final class CappedResults {

    private CappedResults() {
    }

    /** The rows, throwing when the {@code max + 1}th is read. */
    static RowSet rows(RowSet rows, long max) {
        return new CountedRows(rows, max);
    }

    /** The quads of a CONSTRUCT, collected into a dataset with the query's prefixes. */
    static DatasetGraph quads(Iterator<Quad> quads, long max, PrefixMapping prefixes) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        long count = 0;
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (!dataset.contains(quad)) {
                count = counted(count, max);
                dataset.add(quad);
            }
        }
        dataset.prefixes().putAll(prefixes);
        dataset.getDefaultGraph().getPrefixMapping().setNsPrefixes(prefixes);
        return dataset;
    }

    /** The triples of a DESCRIBE, collected into a graph with the query's prefixes. */
    static Graph triples(Iterator<Triple> triples, long max, PrefixMapping prefixes) {
        Graph graph = GraphFactory.createDefaultGraph();
        long count = 0;
        while (triples.hasNext()) {
            Triple triple = triples.next();
            if (!graph.contains(triple)) {
                count = counted(count, max);
                graph.add(triple);
            }
        }
        graph.getPrefixMapping().setNsPrefixes(prefixes);
        return graph;
    }

    private static long counted(long count, long max) {
        if (count == max) {
            throw new ResultTooLarge(ResultTooLarge.Limit.ROWS, max);
        }
        return count + 1;
    }

    /** A row set that counts what is read from it. */
    private static final class CountedRows extends RowSetWrapper {
        private final long max;
        private long count;

        CountedRows(RowSet rows, long max) {
            super(rows);
            this.max = max;
        }

        @Override
        public org.apache.jena.sparql.engine.binding.Binding next() {
            count = counted(count, max);
            return super.next();
        }
    }
}
