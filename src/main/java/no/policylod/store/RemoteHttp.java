package no.policylod.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.zip.GZIPOutputStream;
import no.policylod.store.Store.StoreException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.HttpLib;
import org.apache.jena.http.Push;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The HTTP side of {@link RemoteStore}, with Jena's HTTP client (which answers Basic and Digest challenges with the
 * credentials registered for the endpoint): Graph Store Protocol PUTs, gzip-compressed unless the store refuses
 * that, SPARQL queries, each retried with backoff on 5xx, 429 and I/O errors (honouring {@code Retry-After}); every
 * failure a one-line {@link StoreException}.
 */
final class RemoteHttp implements AutoCloseable {

    /** Tries of one request before giving up: waits of 1, 2, 4, 8 and 16 s between them. */
    static final int ATTEMPTS = 6;
    private static final Duration MAX_WAIT = Duration.ofSeconds(120);
    private static final String TURTLE = "text/turtle; charset=utf-8";

    private final RemoteEndpoint endpoint;
    private final HttpClient client;
    private final Consumer<String> notices;
    /** Whether the store takes gzip-compressed bodies: null until the first PUT tells. */
    private Boolean gzip;

    RemoteHttp(RemoteEndpoint endpoint, Consumer<String> notices) {
        this.endpoint = endpoint;
        this.notices = notices;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
        if (endpoint.authenticated()) {
            for (URI uri : List.of(endpoint.graphStore(), endpoint.query())) {
                AuthEnv.get().registerUsernamePassword(uri, endpoint.user(), endpoint.password());
            }
        }
    }

    /** Whether the bodies go gzip-compressed (known after the first PUT). */
    boolean gzip() {
        return Boolean.TRUE.equals(gzip);
    }

    /**
     * Replaces a graph with the Turtle in {@code body} (one PUT). The first PUT goes compressed; a store that
     * refuses it (400, 415, or a 500 as Virtuoso answers) gets it again uncompressed, and so every later one.
     */
    void put(String graph, byte[] body) {
        URI url = URI.create(endpoint.graphStore() + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        String what = "graph <" + graph + ">";
        if (!Boolean.FALSE.equals(gzip)) {
            boolean probing = gzip == null;
            Answer answer = send(url, gzipped(body), true, probing ? s -> s != 500 : s -> true, what);
            if (answer.ok()) {
                gzip = true;
                return;
            }
            if (!probing || !List.of(400, 415, 500).contains(answer.status())) {
                throw refused(url, answer, what);
            }
            gzip = false;
        }
        Answer answer = send(url, body, false, s -> true, what);
        if (!answer.ok()) {
            throw refused(url, answer, what);
        }
    }

    /**
     * The rows of a SELECT query: a GET, or for a long query a POSTed form (Virtuoso 7 does not answer a query
     * POSTed as {@code application/sparql-query}, Jena's default).
     */
    List<Binding> select(String query) {
        for (int attempt = 1; ; attempt++) {
            try (var exec = QueryExecHTTP.service(endpoint.query().toString()).httpClient(client)
                    .sendMode(QuerySendMode.asGetWithLimitForm).timeout(10, TimeUnit.MINUTES).query(query).build()) {
                return exec.select().materialize().stream().toList();
            } catch (QueryExceptionHTTP e) {
                int status = e.getStatusCode();
                Answer answer = new Answer(status, status <= 0 ? reason(e)
                        : e.getResponse() == null ? e.getMessage() : e.getResponse(), null);
                if (!retryable(status, s -> true) || attempt == ATTEMPTS) {
                    throw status <= 0 ? unreachable(endpoint.query(), e, attempt)
                            : refused(endpoint.query(), answer, "a count query");
                }
                pause(answer, attempt, "the query endpoint " + endpoint.query());
            } catch (HttpException e) {
                int status = e.getStatusCode() > 0 ? e.getStatusCode() : -1;
                Answer answer = new Answer(status, status > 0 ? e.getResponse() : reason(e), null);
                if (status > 0 && !retryable(status, s -> true)) {
                    throw refused(endpoint.query(), answer, "a count query");
                }
                if (attempt == ATTEMPTS) {
                    throw unreachable(endpoint.query(), e, attempt);
                }
                pause(answer, attempt, "the query endpoint " + endpoint.query());
            }
        }
    }

    /** A status and the start of a body; {@code retryAfter} the header's value or null. */
    record Answer(int status, String body, String retryAfter) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private Answer send(URI url, byte[] body, boolean gzipped, IntPredicate retryStatus, String what) {
        for (int attempt = 1; ; attempt++) {
            Answer answer;
            try {
                answer = answer(HttpLib.httpPushWithResponse(client, Push.PUT, url.toString(), b -> {
                    b.header("Content-Type", TURTLE).timeout(Duration.ofMinutes(10));
                    if (gzipped) {
                        b.header("Content-Encoding", "gzip");
                    }
                }, HttpRequest.BodyPublishers.ofByteArray(body)));
            } catch (HttpException e) {
                if (e.getStatusCode() <= 0 && attempt == ATTEMPTS) {
                    throw unreachable(url, e, attempt);
                }
                answer = new Answer(e.getStatusCode() > 0 ? e.getStatusCode() : -1,
                        e.getStatusCode() > 0 ? e.getResponse() : reason(e), null);
            }
            if (answer.status() > 0 && !retryable(answer.status(), retryStatus) || attempt == ATTEMPTS) {
                return answer;
            }
            pause(answer, attempt, "the endpoint, sending " + what + ",");
        }
    }

    private static Answer answer(HttpResponse<InputStream> response) {
        try (InputStream in = response.body()) {
            byte[] start = in.readNBytes(4096);
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return new Answer(response.statusCode(), new String(start, StandardCharsets.UTF_8),
                    response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            return new Answer(response.statusCode(), "", null);
        }
    }

    private static boolean retryable(int status, IntPredicate retryStatus) {
        return status <= 0 || status == 429 || status >= 500 && retryStatus.test(status);
    }

    /** Waits before the next try: what {@code Retry-After} asks (at most two minutes), else 1, 2, 4... s. */
    private void pause(Answer answer, int attempt, String who) {
        Duration wait = retryAfter(answer.retryAfter()).orElse(Duration.ofSeconds(1L << (attempt - 1)));
        wait = wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
        notices.accept(who + (answer.status() > 0 ? " answered " + answer.status()
                : " could not be reached (" + summary(answer.body()) + ")") + "; trying again in "
                + wait.toSeconds() + " s (try " + (attempt + 1) + " of " + ATTEMPTS + ")");
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to try " + who + " again");
        }
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date. */
    static java.util.Optional<Duration> retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return java.util.Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (java.time.format.DateTimeParseException notDate) {
                return java.util.Optional.empty();
            }
        }
    }

    private StoreException refused(URI url, Answer answer, String what) {
        String at = "the endpoint " + strip(url);
        return new StoreException(switch (answer.status()) {
            case 401 -> endpoint.authenticated() ? at + " refused the credentials for user " + endpoint.user()
                    : at + " asks for credentials: give --user NAME, and the password in POLICY_LOD_PASSWORD or "
                    + "--password-file FILE";
            case 403 -> at + " does not let " + (endpoint.authenticated() ? "user " + endpoint.user() : "anyone "
                    + "without credentials") + " do this (403 Forbidden)";
            case 404 -> "nothing answers at " + strip(url) + " (404 Not Found): give the store's Graph Store "
                    + "Protocol URL (Fuseki: http://HOST:3030/DATASET/data) and its query URL with --query-endpoint";
            default -> at + " refused " + what + ": " + answer.status() + " " + summary(answer.body());
        });
    }

    private static StoreException unreachable(URI url, Exception e, int attempts) {
        return new StoreException("cannot reach " + strip(url) + " (" + attempts + " tries): " + reason(e));
    }

    private static String strip(URI url) {
        String s = url.toString();
        int q = s.indexOf('?');
        return q < 0 ? s : s.substring(0, q);
    }

    /** The start of an error body as one line: tags dropped, spaces collapsed, at most 200 characters. */
    static String summary(String body) {
        String text = body == null ? "" : body.replaceAll("(?s)<(head|style|script)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static byte[] gzipped(byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Forgets the credentials registered for the endpoint. */
    @Override
    public void close() {
        if (endpoint.authenticated()) {
            for (URI uri : List.of(endpoint.graphStore(), endpoint.query())) {
                AuthEnv.get().unregisterUsernamePassword(uri);
            }
        }
    }

    /** The reason of an exception, from its innermost cause, one line. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof java.net.ConnectException) {
                return "connection refused";
            }
            root = root.getCause();
        }
        String message = root.getMessage();
        String kind = root instanceof java.net.ConnectException
                || root instanceof java.nio.channels.ClosedChannelException ? "connection refused"
                : root instanceof java.net.http.HttpTimeoutException ? "timed out"
                : root instanceof java.nio.channels.UnresolvedAddressException
                || root instanceof java.net.UnknownHostException ? "unknown host"
                : root.getClass().getSimpleName();
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
