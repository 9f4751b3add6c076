package no.policylod.serve;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;

import no.policylod.config.Settings;
import no.policylod.serve.http.FileServlet;
import no.policylod.serve.sparql.QueryGate;
import no.policylod.serve.sparql.QueryLimits;
import no.policylod.serve.sparql.SparqlQueryService;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the embedded Fuseki of a {@link PolicyLodServer}: standard Fuseki, configured through its builder.
 *
 * <pre>
 * FusekiServer fuseki = FusekiSetup.build(new FusekiSetup.Options(dataset, "localhost", 3030,
 *         new QueryLimits(Duration.ofSeconds(30), 100_000, 64L &lt;&lt; 20, 256 * 1024), "http://localhost:3030",
 *         Path.of("dumps"), Map.of(), Settings.ServerSettings.defaults()));
 * </pre>
 *
 * <p>No Fuseki modules are loaded (so nothing on the classpath can add admin endpoints), write operations are
 * unregistered, SPARQL query is {@link SparqlQueryService} (complete answers or an error, never a cut result, and the
 * service description), Fuseki's CORS filter is off; our filters run in this order before Fuseki's dispatch:
 * {@link CorsFilter}, {@link ClientLimits}, {@link RequestGuard}, {@link PathAliasFilter}. Each connector has a
 * {@link ConnectionGuard} (connections per client, deadlines for a request's head and body) and the idle timeout. The only {@code /$/} servlet is ping, for
 * load balancers.
 */
final class FusekiSetup {

    private static final Logger LOG = LoggerFactory.getLogger(FusekiSetup.class);

    /** Everything the server is built from, already checked by {@link PolicyLodServer.Builder}. */
    record Options(Dataset dataset, String host, int port, QueryLimits limits, String publicUrl,
                   Path dumps, java.util.Map<String, jakarta.servlet.http.HttpServlet> servlets,
                   Settings.ServerSettings server) {
    }

    private FusekiSetup() {
    }

    static FusekiServer build(Options options) {
        ServerLogs logs = ServerLogs.in(options.server().logs(), options.server().logDays());
        FusekiServer.Builder builder = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(options.port())
                .verbose(false)
                .enableCors(false, null)
                .enablePing(true)
                .enableStats(false)
                .add(ServerPaths.DATASET, ReadOnlyService.of(options.dataset().asDatasetGraph(),
                        options.limits().timeout()))
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new SparqlQueryService(options.limits(), gate(options.server()), logs.queries(),
                                options.publicUrl(),
                                ServerPaths.SPARQL, ServerPaths.DUMPS));
        ReadOnlyService.WRITE_OPERATIONS.forEach(operation -> builder.registerOperation(operation, null));
        addFilters(builder, options);
        addServlets(builder, options);
        FusekiServer server = builder.build();
        configureConnectors(server, options.host(), options.server());
        logs.install(server.getJettyServer());
        SecurityHeaders.install(server.getJettyServer());
        compress(server);
        return server;
    }

    private static void addFilters(FusekiServer.Builder builder, Options options) {
        builder.addFilter("/*", new CorsFilter())
               .addFilter("/*", new ClientLimits(options.server().maxRequestsPerClient()))
               .addFilter("/*", new RequestGuard(options.limits().maxRequestBytes()))
               .addFilter("/*", new PathAliasFilter());
    }

    private static void addServlets(FusekiServer.Builder builder, Options options) {
        builder.addServlet(ServerPaths.STATIC + "*", FileServlet.classpath(ServerPaths.STATIC_FOLDER));
        options.servlets().forEach(builder::addServlet);
        if (Files.isDirectory(options.dumps())) {
            builder.addServlet(ServerPaths.DUMPS + "*",
                    FileServlet.folder(options.dumps()).withIndex(new FolderPage(new Templates())));
        } else {
            LOG.warn("Dump folder {} not found; {} is not served", options.dumps().toAbsolutePath(), ServerPaths.DUMPS);
        }
    }

    /**
     * Responses of more than 256 bytes are gzip-compressed for clients that accept it, except the dump files (sent as
     * the bytes on disk, so ranges and checksums stay true) and what is compressed already. Compressed requests are
     * not inflated: the request size cap counts the bytes that arrive.
     */
    private static void compress(FusekiServer server) {
        org.eclipse.jetty.server.Server jetty = server.getJettyServer();
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(256);
        gzip.setInflateBufferSize(0);
        gzip.addIncludedMethods("GET", "POST");
        gzip.addExcludedPaths(ServerPaths.DUMPS + "*");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }

    private static QueryGate gate(Settings.ServerSettings server) {
        return new QueryGate(server.maxQueriesPerClient(), server.maxQueries(),
                Duration.ofSeconds(server.queryQueueSeconds()), Duration.ofMillis(server.longQueryMillis()),
                server.maxLongQueries());
    }

    /**
     * The address to listen on, the idle timeout, the {@link ConnectionGuard} of each connector, and the client
     * address of requests from trusted proxies ({@link TrustedProxies}).
     */
    private static void configureConnectors(FusekiServer server, String host, Settings.ServerSettings settings) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector serverConnector) {
                serverConnector.setHost(host);
                serverConnector.setIdleTimeout(Duration.ofSeconds(settings.idleTimeoutSeconds()).toMillis());
                TrustedProxies proxies = new TrustedProxies(settings.trustedProxyBlocks());
                serverConnector.addBean(new ConnectionGuard(serverConnector.getScheduler(),
                        settings.maxConnectionsPerClient(), Duration.ofSeconds(settings.headerTimeoutSeconds()),
                        Duration.ofSeconds(settings.bodyTimeoutSeconds()), proxies));
                org.eclipse.jetty.server.HttpConnectionFactory http =
                        serverConnector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
                if (http != null && !settings.trustedProxies().isEmpty()) {
                    http.getHttpConfiguration().addCustomizer(proxies);
                }
            }
        }
    }
}
