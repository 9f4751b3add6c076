package no.policylod.serve;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import no.policylod.config.Settings;
import no.policylod.serve.sparql.QueryLimits;
import org.apache.jena.fuseki.FusekiException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public, read-only SPARQL server: an embedded Fuseki over one dataset, with the query UI and the dump files.
 *
 * <pre>
 * try (PolicyLodServer server = PolicyLodServer.builder()
 *         .settings(settings)                 // host, port, query timeout, request size cap, dump folder
 *         .dataset(dataset)                   // e.g. the TDB2 store, default graph = union of named graphs
 *         .build()
 *         .start()) {
 *     log.info("SPARQL endpoint {}", server.sparqlEndpoint());
 *     server.join();
 * }
 * </pre>
 *
 * <p>URL layout (all read-only; anything that writes answers 4xx):
 * <ul>
 * <li>{@code /sparql} &ndash; SPARQL query, GET, HEAD and POST (alias of {@code /policy-lod/sparql}); without a
 *     query, its SPARQL 1.1 Service Description (Turtle, JSON-LD or HTML);
 * <li>{@code /policy-lod/sparql}, {@code /policy-lod/query}, {@code /policy-lod} &ndash; SPARQL query;
 * <li>{@code /ui/} &ndash; where Fuseki's query UI used to be: redirects to the site's query editor;
 * <li>{@code /$/ping} &ndash; for load balancers;
 * <li>{@code /dumps/<file>} &ndash; the dump files (no directory listing).
 * </ul>
 * Queries run with a timeout, cannot call SERVICE, and requests larger than the size cap are refused unread. Every
 * query answer is complete with 200 or an error status with a one-line reason: a result over the row or byte cap is
 * 422, a query over the timeout 503, never a cut 200 ({@link no.policylod.serve.sparql.SparqlQueryService}).
 */
public final class PolicyLodServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyLodServer.class);

    private final FusekiServer fuseki;
    private final String host;
    private final int requestedPort;

    private PolicyLodServer(FusekiSetup.Options options) {
        this.fuseki = FusekiSetup.build(options);
        this.host = options.host();
        this.requestedPort = options.port();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening and returns at once; the server runs on its own threads.
     *
     * @throws ServeException when it cannot listen, e.g. the port is already in use
     */
    public PolicyLodServer start() {
        try {
            fuseki.start();
        } catch (FusekiException e) {
            stopQuietly();
            throw ServeException.cannotListen(host, requestedPort, e);
        }
        LOG.info("policy-lod server at {} (SPARQL endpoint {})", baseUrl(), sparqlEndpoint());
        return this;
    }

    /** The port the server listens on; once started, the actual port even when 0 was asked for. */
    public int port() {
        int actual = fuseki.getHttpPort();
        return actual > 0 ? actual : requestedPort;
    }

    /** The address the server is bound to. */
    public String host() {
        return host;
    }

    /** The server root, e.g. {@code http://localhost:3030/}. */
    public URI baseUrl() {
        return URI.create("http://" + urlHost() + ":" + port() + "/");
    }

    /** The SPARQL query endpoint, e.g. {@code http://localhost:3030/sparql}. */
    public URI sparqlEndpoint() {
        return baseUrl().resolve(ServerPaths.SPARQL.substring(1));
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server; the dataset is left open. */
    public void stop() {
        fuseki.stop();
        LOG.info("policy-lod server stopped");
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            fuseki.getJettyServer().stop();
        } catch (Exception e) {
            LOG.debug("Stopping after a failed start", e);
        }
    }

    private String urlHost() {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "localhost";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /**
     * Collects the server's settings; {@link #settings} gives the defaults, the other setters override one each.
     */
    public static final class Builder {
        private Settings settings = Settings.defaults();
        private Dataset dataset;
        private Path dumps;
        private String host;
        private Integer port;
        private Duration queryTimeout;
        private Long maxRequestBytes;
        private Long maxResultRows;
        private Long maxResultBytes;
        private Settings.ServerSettings server;
        private final java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets =
                new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Serves an extra read-only servlet at a Jetty path spec ({@code "/id/*"}, {@code "/"}); how linked-data
         * pages, the landing page and the catalogue plug into the same server and port as the SPARQL endpoint. The
         * server's filters (CORS, request guard) run before it.
         */
        public Builder servlet(String pathSpec, jakarta.servlet.http.HttpServlet servlet) {
            requireNonNull(pathSpec, "pathSpec");
            requireNonNull(servlet, "servlet");
            if (servlets.putIfAbsent(pathSpec, servlet) != null) {
                throw new IllegalArgumentException("a servlet is already registered at " + pathSpec);
            }
            return this;
        }

        /** Installs a module: its servlets join the server's, behind the same filters. */
        public Builder module(ServerModule module) {
            requireNonNull(module, "module").install(this);
            return this;
        }

        /** Host, port, query timeout, request size cap, result caps and dump folder. */
        public Builder settings(Settings value) {
            this.settings = requireNonNull(value, "settings");
            return this;
        }

        /** The dataset to serve; required. Its default graph is what queries without GRAPH see. */
        public Builder dataset(Dataset value) {
            this.dataset = requireNonNull(value, "dataset");
            return this;
        }

        /** The folder served under {@code /dumps/}, instead of {@link Settings#dumps()}. */
        public Builder dumps(Path folder) {
            this.dumps = requireNonNull(folder, "dumps folder");
            return this;
        }

        /** The address to bind to, instead of {@link Settings#host()}. */
        public Builder host(String value) {
            requireNonNull(value, "host");
            if (value.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = value;
            return this;
        }

        /** The port, instead of {@link Settings#port()}; 0 picks a free port. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, not " + value);
            }
            this.port = value;
            return this;
        }

        /** The wall-clock limit of one query, instead of {@link Settings#queryTimeoutSeconds()}. */
        public Builder queryTimeout(Duration value) {
            requireNonNull(value, "queryTimeout");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive, not " + value);
            }
            this.queryTimeout = value;
            return this;
        }

        /** The largest request line or body accepted, instead of {@link Settings#maxRequestBytes()}. */
        public Builder maxRequestBytes(long value) {
            if (value <= 0) {
                throw new IllegalArgumentException("maxRequestBytes must be positive, not " + value);
            }
            this.maxRequestBytes = value;
            return this;
        }

        /** The most rows (or triples) of one query result, instead of {@link Settings#maxResultRows()}. */
        public Builder maxResultRows(long value) {
            this.maxResultRows = positive(value, "maxResultRows");
            return this;
        }

        /** The largest serialized query result, instead of {@link Settings#maxResultBytes()}. */
        public Builder maxResultBytes(long value) {
            this.maxResultBytes = positive(value, "maxResultBytes");
            return this;
        }

        /** What one client may hold, the time-outs and the log folder, instead of {@link Settings#server()}. */
        public Builder server(Settings.ServerSettings value) {
            this.server = requireNonNull(value, "server");
            return this;
        }

        /** The server, not yet started. */
        public PolicyLodServer build() {
            if (dataset == null) {
                throw new IllegalStateException("no dataset: call dataset(...) before build()");
            }
            return new PolicyLodServer(new FusekiSetup.Options(dataset,
                    host != null ? host : settings.host(),
                    port != null ? port : settings.port(),
                    limits(), settings.publicBase(),
                    dumps != null ? dumps : settings.dumps(), java.util.Map.copyOf(servlets),
                    server != null ? server : settings.server()));
        }

        private QueryLimits limits() {
            return new QueryLimits(
                    queryTimeout != null ? queryTimeout : Duration.ofSeconds(settings.queryTimeoutSeconds()),
                    maxResultRows != null ? maxResultRows : settings.maxResultRows(),
                    maxResultBytes != null ? maxResultBytes : settings.maxResultBytes(),
                    maxRequestBytes != null ? maxRequestBytes : settings.maxRequestBytes());
        }

        private static long positive(long value, String name) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, not " + value);
            }
            return value;
        }
    }
}
