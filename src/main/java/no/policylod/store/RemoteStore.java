package no.policylod.store;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import no.policylod.store.Store.StoreException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * Any SPARQL 1.1 store, written over the Graph Store Protocol and counted over SPARQL ({@link GraphStore}).
 *
 * <pre>
 * RemoteEndpoint fuseki = RemoteEndpoint.of(URI.create("http://host:3030/ds/data"), null, "loader", password);
 * try (RemoteStore store = RemoteStore.connect(fuseki, err::println)) {
 *     GraphStore.LoadReport r = store.replaceGraphs(batch, monitor, () -> { });
 * }
 * </pre>
 *
 * Each graph goes in one PUT, which the store applies atomically, so a reader sees a graph's old or new triples,
 * never a mix; graphs not in the batch are never touched. A run that fails part way leaves the graphs sent so far
 * replaced and the rest as they were: running it again finishes the job. Afterwards the store's triple count of
 * every graph sent is compared with what was sent.
 */
public final class RemoteStore implements GraphStore {

    /** Graphs counted per query. */
    private static final int COUNT_CHUNK = 100;
    private static final Var G = Var.alloc("g");
    private static final Var N = Var.alloc("n");

    private final RemoteEndpoint endpoint;
    private final RemoteHttp http;

    private RemoteStore(RemoteEndpoint endpoint, RemoteHttp http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    /** A store at an endpoint; {@code notices} gets a line for each request tried again. */
    public static RemoteStore connect(RemoteEndpoint endpoint, Consumer<String> notices) {
        return new RemoteStore(endpoint, new RemoteHttp(endpoint, notices));
    }

    @Override
    public String location() {
        return endpoint.graphStore().toString();
    }

    /** Whether the bodies went gzip-compressed (known after the first graph). */
    public boolean gzip() {
        return http.gzip();
    }

    @Override
    public LoadReport replaceGraphs(Batch incoming, MonitorOutput output, Runnable beforeWrite) {
        List<Node> names = incoming.graphNames();
        Map<Node, Long> before = counts(names);
        if (!names.isEmpty()) {
            beforeWrite.run();
        }
        Map<Node, Long> sent = new HashMap<>();
        long triples = 0;
        for (Node name : names) {
            Graph graph = incoming.graph(name);
            try {
                http.put(name.getURI(), turtle(graph));
            } catch (StoreException e) {
                throw new StoreException(e.getMessage() + " (" + sent.size() + " of " + names.size()
                        + " graphs were replaced before; the others are as they were)");
            }
            sent.put(name, (long) graph.size());
            triples += graph.size();
            if (sent.size() % 1000 == 0) {
                output.print("%d of %d graphs sent", sent.size(), names.size());
            }
        }
        Map<Node, Long> after = counts(names);
        List<CountMismatch> mismatches = names.stream()
                .filter(g -> !sent.get(g).equals(after.getOrDefault(g, 0L)))
                .map(g -> new CountMismatch(g, sent.get(g), after.getOrDefault(g, 0L))).toList();
        return new LoadReport(names.stream().filter(g -> !before.containsKey(g)).toList(),
                names.stream().filter(before::containsKey).toList(), 0, triples, mismatches);
    }

    @Override
    public long quadCount() {
        List<Binding> rows = http.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        return rows.isEmpty() ? 0 : number(rows.get(0).get(N));
    }

    /** The triple count of each of {@code graphs} that the store holds triples in. */
    Map<Node, Long> counts(List<Node> graphs) {
        Map<Node, Long> counts = new HashMap<>();
        for (int i = 0; i < graphs.size(); i += COUNT_CHUNK) {
            String values = graphs.subList(i, Math.min(graphs.size(), i + COUNT_CHUNK)).stream()
                    .map(g -> "<" + g.getURI() + ">").collect(Collectors.joining(" "));
            for (Binding row : http.select("SELECT ?g (COUNT(*) AS ?n) WHERE { VALUES ?g { " + values
                    + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")) {
                counts.put(row.get(G), number(row.get(N)));
            }
        }
        return counts;
    }

    private static long number(Node n) {
        if (n == null || !n.isLiteral() || !(n.getLiteralValue() instanceof Number number)) {
            throw new StoreException("the query endpoint answered a count that is not a number: " + n);
        }
        return number.longValue();
    }

    /** The graph as N-Triples, which is Turtle too and so taken by every store. */
    private static byte[] turtle(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        http.close();
    }
}
