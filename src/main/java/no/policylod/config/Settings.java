package no.policylod.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of a policy-lod installation, with its documented default.
 *
 * <pre>
 * Settings s = SettingsLoader.load(Path.of("policy-lod.json"));   // or Settings.defaults()
 * Settings local = s.withPort(8080).withStore(Path.of("/tmp/store"));
 * </pre>
 *
 * <p>Missing keys take the defaults below; unknown keys are an error (see {@link SettingsLoader}).
 *
 * @param baseUri     namespace of every minted resource and graph URI, without a trailing slash
 * @param store       TDB2 database folder
 * @param dumps       folder the dump files are written to
 * @param host        address the server binds to
 * @param port        HTTP port of the server, default 3030; 0 picks a free port (the server reports which)
 * @param queryTimeoutSeconds wall-clock limit of one SPARQL query, default 30
 * @param maxRequestBytes     largest request (query text, form body) the server reads, default 262144 (256 KiB)
 * @param maxResultRows       most rows of a SELECT result, or triples of a CONSTRUCT or DESCRIBE result, the SPARQL
 *                            endpoint answers, default 100000; a larger result is refused whole, never cut
 * @param maxResultBytes      largest serialized SPARQL result the endpoint answers, default 67108864 (64 MiB); each
 *                            running query may hold up to this much in memory, since results are buffered whole
 * @param maxPageBytes        largest page file {@code convert} reads, default 20971520 (20 MiB); a larger one is
 *                            refused with one line, the others are converted
 * @param dataset     how the dataset describes itself in catalogues and on the landing page
 * @param publicUrl   where this server is reached from outside ({@code https://data.example.no/policy-lod}): every
 *                    download, endpoint, feed and catalogue link starts with it; default the base URI, which
 *                    resolves to the server when it is published behind the base URI's own redirect
 * @param server      what one client may hold of the server, its time-outs, and where it writes its logs
 * @param fetch       how {@code fetch} behaves towards the sites it reads: who it says it is, how often it asks, its
 *                    limits and retries
 */
public record Settings(URI baseUri, Path store, Path dumps, String host, Integer port,
                       int queryTimeoutSeconds, long maxRequestBytes, long maxResultRows, long maxResultBytes,
                       long maxPageBytes, DatasetInfo dataset, URI publicUrl, ServerSettings server,
                       FetchSettings fetch) {

    public static final URI DEFAULT_BASE_URI = URI.create("https://w3id.org/policy-lod");
    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_MAX_RESULT_ROWS = 100_000;
    public static final long DEFAULT_MAX_RESULT_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_MAX_PAGE_BYTES = 20L * 1024 * 1024;

    public Settings {
        baseUri = normaliseBase(baseUri == null ? DEFAULT_BASE_URI : baseUri);
        store = store == null ? Path.of("store") : store;
        dumps = dumps == null ? Path.of("dumps") : dumps;
        host = host == null ? "localhost" : host;
        port = port == null ? DEFAULT_PORT : port;
        queryTimeoutSeconds = queryTimeoutSeconds <= 0 ? 30 : queryTimeoutSeconds;
        maxRequestBytes = maxRequestBytes <= 0 ? 256 * 1024 : maxRequestBytes;
        maxResultRows = maxResultRows <= 0 ? DEFAULT_MAX_RESULT_ROWS : maxResultRows;
        maxResultBytes = maxResultBytes <= 0 ? DEFAULT_MAX_RESULT_BYTES : maxResultBytes;
        maxPageBytes = maxPageBytes <= 0 ? DEFAULT_MAX_PAGE_BYTES : maxPageBytes;
        dataset = dataset == null ? DatasetInfo.defaults() : dataset;
        publicUrl = publicUrl == null ? baseUri : normalise("public URL", publicUrl);
        server = server == null ? ServerSettings.defaults() : server;
        fetch = fetch == null ? FetchSettings.defaults() : fetch;
        fetch = fetch.contact() == null ? fetch.withContact("mailto:" + dataset.contactEmail()) : fetch;
        fetch = fetch.maxBodyBytes() == DEFAULT_MAX_PAGE_BYTES ? fetch.withMaxBodyBytes(maxPageBytes) : fetch;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }

    public static Settings defaults() {
        return new Settings(null, null, null, null, null, 0, 0, 0, 0, 0, null, null, null, null);
    }

    /** The base URI as a string without a trailing slash, ready to have paths appended. */
    public String base() {
        return baseUri.toString();
    }

    /** Another base URI; a public URL that was the old base follows it. */
    public Settings withBaseUri(URI value) {
        URI url = publicUrl.equals(baseUri) ? null : publicUrl;
        return new Settings(value, store, dumps, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, url, server, fetch);
    }

    public Settings withStore(Path value) {
        return new Settings(baseUri, value, dumps, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, publicUrl, server, fetch);
    }

    public Settings withDumps(Path value) {
        return new Settings(baseUri, store, value, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, publicUrl, server, fetch);
    }

    /** The settings with another port; 0 picks a free port when the server starts. */
    public Settings withPort(int value) {
        return new Settings(baseUri, store, dumps, host, value, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, publicUrl, server, fetch);
    }

    public Settings withPublicUrl(URI value) {
        return new Settings(baseUri, store, dumps, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, value, server, fetch);
    }

    public Settings withDataset(DatasetInfo value) {
        return new Settings(baseUri, store, dumps, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, value, publicUrl, server, fetch);
    }

    public Settings withServer(ServerSettings value) {
        return new Settings(baseUri, store, dumps, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, publicUrl, value, fetch);
    }

    public Settings withFetch(FetchSettings value) {
        return new Settings(baseUri, store, dumps, host, port, queryTimeoutSeconds, maxRequestBytes, maxResultRows,
                maxResultBytes, maxPageBytes, dataset, publicUrl, server, value);
    }

    /** The public URL as a string without a trailing slash, ready to have paths appended. */
    public String publicBase() {
        return publicUrl.toString();
    }

    private static URI normaliseBase(URI uri) {
        return normalise("base URI", uri);
    }

    private static URI normalise(String what, URI uri) {
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URI, not '" + uri + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException(what + " must have no query or fragment: '" + uri + "'");
        }
        String s = uri.toString();
        return URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    }

    /**
     * What one client may hold of the server, how long it may take to send a request, and where the server logs.
     * Clients are told apart by their IP address: the one the server sees, or, for a request from a trusted proxy,
     * the one its {@code X-Forwarded-For} names.
     *
     * @param maxConnectionsPerClient open connections from one address; more are closed at once (default 32)
     * @param maxRequestsPerClient    requests from one address in progress at once; more are answered 429 (default 16)
     * @param maxQueriesPerClient     SPARQL queries from one address running or waiting at once; more are answered
     *                                429 (default 2)
     * @param maxQueries              SPARQL queries running at once in all; more wait for a free slot (default 8)
     * @param queryQueueSeconds       how long a query waits for a slot before it is answered 503 (default 5)
     * @param idleTimeoutSeconds      a connection on which nothing moves for this long is closed (default 30)
     * @param headerTimeoutSeconds    a request's head (request line and headers) must arrive within this (default 10)
     * @param bodyTimeoutSeconds      a request's body must arrive within this (default 30)
     * @param logs                    folder of the access and query logs (default {@code logs})
     * @param logDays                 days of logs kept; each log starts a new file every day (default 30)
     * @param longQueryMillis         a query still running after this is long and leaves its slot (default 2000)
     * @param maxLongQueries          long queries running at once; a further one is stopped, 503 (default 2)
     * @param trustedProxies          addresses or CIDR blocks of reverse proxies and load balancers in front of the
     *                                server: a request from one of them counts as from the client its
     *                                {@code X-Forwarded-For} names (default none: the header is ignored)
     */
    public record ServerSettings(int maxConnectionsPerClient, int maxRequestsPerClient, int maxQueriesPerClient,
                                 int maxQueries, int queryQueueSeconds, int idleTimeoutSeconds,
                                 int headerTimeoutSeconds, int bodyTimeoutSeconds, Path logs, int logDays,
                                 int longQueryMillis, int maxLongQueries, List<String> trustedProxies) {
        public ServerSettings {
            maxConnectionsPerClient = orDefault(maxConnectionsPerClient, 32);
            maxRequestsPerClient = orDefault(maxRequestsPerClient, 16);
            maxQueriesPerClient = orDefault(maxQueriesPerClient, 2);
            maxQueries = orDefault(maxQueries, 8);
            queryQueueSeconds = orDefault(queryQueueSeconds, 5);
            idleTimeoutSeconds = orDefault(idleTimeoutSeconds, 30);
            headerTimeoutSeconds = orDefault(headerTimeoutSeconds, 10);
            bodyTimeoutSeconds = orDefault(bodyTimeoutSeconds, 30);
            logs = logs == null ? Path.of("logs") : logs;
            logDays = orDefault(logDays, 30);
            longQueryMillis = orDefault(longQueryMillis, 2000);
            maxLongQueries = orDefault(maxLongQueries, 2);
            trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
            for (String proxy : trustedProxies) {
                try {
                    AddressBlock.parse(proxy);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("server.trustedProxies: " + e.getMessage());
                }
            }
        }

        /** The same settings without the trusted proxies (all but the log folder and these as they were). */
        public ServerSettings(int maxConnectionsPerClient, int maxRequestsPerClient, int maxQueriesPerClient,
                              int maxQueries, int queryQueueSeconds, int idleTimeoutSeconds, int headerTimeoutSeconds,
                              int bodyTimeoutSeconds, Path logs, int logDays, int longQueryMillis,
                              int maxLongQueries) {
            this(maxConnectionsPerClient, maxRequestsPerClient, maxQueriesPerClient, maxQueries, queryQueueSeconds,
                    idleTimeoutSeconds, headerTimeoutSeconds, bodyTimeoutSeconds, logs, logDays, longQueryMillis,
                    maxLongQueries, List.of());
        }

        /** The trusted proxies, read. */
        public List<AddressBlock> trustedProxyBlocks() {
            return trustedProxies.stream().map(AddressBlock::parse).toList();
        }

        public static ServerSettings defaults() {
            return new ServerSettings(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, null);
        }

        /** The same settings with the logs in another folder. */
        public ServerSettings withLogs(Path folder) {
            return new ServerSettings(maxConnectionsPerClient, maxRequestsPerClient, maxQueriesPerClient, maxQueries,
                    queryQueueSeconds, idleTimeoutSeconds, headerTimeoutSeconds, bodyTimeoutSeconds, folder, logDays,
                    longQueryMillis, maxLongQueries, trustedProxies);
        }

        private static int orDefault(int value, int otherwise) {
            return value <= 0 ? otherwise : value;
        }
    }

    /**
     * How {@code policy-lod fetch} treats the sites it reads. Times are in milliseconds so that tests can use small ones;
     * 0 (or a missing key) is the default.
     *
     * @param contact             how the site's owner reaches us, sent in the User-Agent (default {@code mailto:} and
     *                            the dataset's contact e-mail)
     * @param delayMillis         least time between two requests to one host (default 1000); a larger robots.txt
     *                            Crawl-delay wins
     * @param maxCrawlDelayMillis a host whose robots.txt asks for a longer Crawl-delay is not fetched (default 60000)
     * @param connectTimeoutMillis time to open a connection (default 10000)
     * @param requestTimeoutMillis time for one request, from sending it to the body's last byte (default 60000)
     * @param maxBodyBytes        largest body read; reading stops past it and the page is refused (default
     *                            {@code maxPageBytes}, 20 MiB, the largest page {@code convert} reads)
     * @param maxTries            tries of one request on 429, 5xx or a network failure (default 4)
     * @param backoffMillis       wait before the first retry, doubled before each next one, with jitter (default 1000)
     * @param maxRetryWaitMillis  longest wait before a retry; a {@code Retry-After} asking for more gives up (default
     *                            60000)
     * @param maxRedirects        redirects followed for one page (default 5)
     */
    public record FetchSettings(String contact, int delayMillis, int maxCrawlDelayMillis, int connectTimeoutMillis,
                                int requestTimeoutMillis, long maxBodyBytes, int maxTries, int backoffMillis,
                                int maxRetryWaitMillis, int maxRedirects) {
        public FetchSettings {
            delayMillis = ServerSettings.orDefault(delayMillis, 1000);
            maxCrawlDelayMillis = ServerSettings.orDefault(maxCrawlDelayMillis, 60_000);
            connectTimeoutMillis = ServerSettings.orDefault(connectTimeoutMillis, 10_000);
            requestTimeoutMillis = ServerSettings.orDefault(requestTimeoutMillis, 60_000);
            maxBodyBytes = maxBodyBytes <= 0 ? DEFAULT_MAX_PAGE_BYTES : maxBodyBytes;
            maxTries = ServerSettings.orDefault(maxTries, 4);
            backoffMillis = ServerSettings.orDefault(backoffMillis, 1000);
            maxRetryWaitMillis = ServerSettings.orDefault(maxRetryWaitMillis, 60_000);
            maxRedirects = ServerSettings.orDefault(maxRedirects, 5);
            if (contact != null && (contact.isBlank() || contact.chars().anyMatch(c -> c < 0x20 || c > 0x7e))) {
                throw new IllegalArgumentException("fetch.contact must be printable ASCII (a URL or mailto:), not '"
                        + contact + "'");
            }
        }

        public static FetchSettings defaults() {
            return new FetchSettings(null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        public FetchSettings withMaxBodyBytes(long value) {
            return new FetchSettings(contact, delayMillis, maxCrawlDelayMillis, connectTimeoutMillis,
                    requestTimeoutMillis, value, maxTries, backoffMillis, maxRetryWaitMillis, maxRedirects);
        }

        public FetchSettings withContact(String value) {
            return new FetchSettings(value, delayMillis, maxCrawlDelayMillis, connectTimeoutMillis,
                    requestTimeoutMillis, maxBodyBytes, maxTries, backoffMillis, maxRetryWaitMillis, maxRedirects);
        }
    }

    /**
     * How the dataset presents itself: titles and descriptions by language tag, who publishes it, under which licence.
     */
    public record DatasetInfo(Map<String, String> title, Map<String, String> description,
                              Publisher publisher, URI licence, String contactEmail) {
        public DatasetInfo {
            title = title == null ? Map.of(
                    "en", "Norwegian government policy documents as linked data",
                    "nb", "Regjeringens politikkdokumenter som lenkede data") : Map.copyOf(title);
            description = description == null ? Map.of(
                    "en", "Topics, news stories, speeches, reports, ministries and budget amounts "
                            + "extracted from regjeringen.no pages.",
                    "nb", "Temaer, nyheter, taler, meldinger, departementer og budsjettbeløp "
                            + "hentet fra sider på regjeringen.no.") : Map.copyOf(description);
            publisher = publisher == null ? Publisher.defaults() : publisher;
            licence = licence == null ? URI.create("https://data.norge.no/nlod/no/2.0") : licence;
            contactEmail = contactEmail == null ? "policy-lod@example.org" : contactEmail;
        }

        public static DatasetInfo defaults() {
            return new DatasetInfo(null, null, null, null, null);
        }
    }

    /** The organisation that publishes the dataset. */
    public record Publisher(String name, URI uri) {
        public Publisher {
            name = Objects.requireNonNullElse(name, "policy-lod");
            uri = Objects.requireNonNullElse(uri, URI.create("https://w3id.org/policy-lod#publisher"));
        }

        public static Publisher defaults() {
            return new Publisher(null, null);
        }
    }
}
