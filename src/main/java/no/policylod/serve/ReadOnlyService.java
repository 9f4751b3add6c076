package no.policylod.serve;

import java.time.Duration;
import java.util.List;

import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * The Fuseki services of the public dataset: SPARQL query, nothing else.
 *
 * <pre>
 * fusekiBuilder.add("/policy-lod", ReadOnlyService.of(dataset.asDatasetGraph(), Duration.ofSeconds(30)));
 * ReadOnlyService.WRITE_OPERATIONS.forEach(op -> fusekiBuilder.registerOperation(op, null));
 * </pre>
 *
 * <p>Every endpoint carries a context that Fuseki merges over the dataset's for each request: the query timeout,
 * and SERVICE switched off twice over ({@link ARQ#httpServiceAllowed} false, and a service executor registry whose
 * only executor refuses), so that a query can never make the server call out to another host.
 */
final class ReadOnlyService {

    /** Operations that change data or read local files; unregistered so that no endpoint can ever run them. */
    static final List<Operation> WRITE_OPERATIONS = List.of(
            Operation.Update, Operation.GSP_RW, Operation.GSP_R, Operation.Upload, Operation.Patch,
            Operation.PREFIXES_RW, Operation.Shacl, Operation.NoOp);

    private ReadOnlyService() {
    }

    /**
     * Query at {@code sparql}, {@code query} and the dataset URL. There is no Graph Store Protocol: a named graph is
     * read at {@code /graph/...} (every format, one negotiation), everything from the dumps.
     */
    static DataService of(DatasetGraph dataset, Duration queryTimeout) {
        Context context = queryContext(queryTimeout);
        return DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, "sparql", context))
                .addEndpoint(endpoint(Operation.Query, "query", context))
                .addEndpoint(endpoint(Operation.Query, "", context))
                .build();
    }

    /** The execution settings of every query on this server. */
    static Context queryContext(Duration queryTimeout) {
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, not " + queryTimeout);
        }
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        ServiceExecutorRegistry.set(context, refuseAllServices());
        return context;
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }

    private static ServiceExecutorRegistry refuseAllServices() {
        return new ServiceExecutorRegistry().add((opExecute, original, binding, execCxt) -> {
            throw new QueryDeniedException("SERVICE is not available on this endpoint");
        });
    }
}
