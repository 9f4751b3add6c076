package no.policylod.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A plain HTTP client for one test server: no redirects followed, every header visible.
 *
 * <pre>
 * TestHttp http = new TestHttp(server.baseUrl());
 * HttpResponse&lt;String&gt; r = http.get("/sparql?query=" + TestHttp.encode("ASK {}"), "Accept", "text/csv");
 * </pre>
 */
final class TestHttp {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String SPARQL_QUERY = "application/sparql-query";
    static final String SPARQL_UPDATE = "application/sparql-update";
    static final String JSON_RESULTS = "application/sparql-results+json";

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    TestHttp(URI base) {
        this.base = base;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code /sparql?query=...} style path for a query. */
    static String queryPath(String endpoint, String query) {
        return endpoint + "?query=" + encode(query);
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        return send(request(path, headers).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        return send("POST", path, contentType, body, headers);
    }

    HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = request(path, headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(builder.method(method, publisher), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
