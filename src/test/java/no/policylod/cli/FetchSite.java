package no.policylod.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web site on a free loopback port for the fetch tests: each path answers as its route says (a page, a
 * misbehaviour), anything else is 404 (robots.txt too, unless routed), and every request is kept with its headers
 * and the time it came.
 */
final class FetchSite implements AutoCloseable {

    /** How one path answers. */
    @FunctionalInterface
    interface Route {
        void answer(HttpExchange exchange) throws IOException;
    }

    /** One request as the site saw it. */
    record Request(String path, Headers headers, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new ArrayList<>();
    /** Released when the site closes: what a stalled answer waits for. */
    final CountDownLatch closing = new CountDownLatch(1);

    private FetchSite() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    static FetchSite start() {
        return new FetchSite();
    }

    /** The URL of a path on this site. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    FetchSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** A page that answers 200 with this type and body. */
    FetchSite page(String path, String contentType, byte[] body) {
        return route(path, x -> send(x, 200, contentType, body));
    }

    /** The requests for a path so far. */
    synchronized List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            x.getResponseHeaders().set("Content-Type", contentType);
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
        x.close();
    }

    static void redirect(HttpExchange x, String location) throws IOException {
        x.getResponseHeaders().set("Location", location);
        send(x, 302, null, new byte[0]);
    }

    /** A regjeringen.no page extract wrapped in a minimal HTML page, with a meta charset when one is given. */
    static String html(String text, String metaCharset) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        if (metaCharset != null) {
            b.append("<meta charset=\"").append(metaCharset).append("\">");
        }
        String[] lines = text.split("\n");
        b.append("<title>").append(escape(lines[0])).append("</title></head>\n<body><main>\n<h1>")
                .append(escape(lines[0])).append("</h1>\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                b.append("<p>").append(escape(lines[i])).append("</p>\n");
            }
        }
        return b.append("</main></body></html>\n").toString();
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath()
                + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        synchronized (this) {
            requests.add(new Request(path, x.getRequestHeaders(), System.nanoTime()));
        }
        Route route = routes.get(path);
        try {
            if (route == null) {
                send(x, 404, "text/plain", utf8("not here\n"));
            } else {
                route.answer(x);
            }
        } catch (IOException e) {
            x.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
