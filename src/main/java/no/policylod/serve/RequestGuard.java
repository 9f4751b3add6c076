package no.policylod.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.http.Reply;

/**
 * Refuses, before anything parses them, requests a read-only public endpoint has no business with.
 *
 * <pre>
 * fusekiBuilder.addFilter("/*", new RequestGuard(settings.maxRequestBytes()));
 * </pre>
 *
 * <ul>
 * <li>any method but GET, HEAD, OPTIONS, and POST to a SPARQL query endpoint: 405;
 * <li>a request line (path and query string) longer than the limit: 414;
 * <li>a body declared longer than the limit: 413;
 * <li>a body of undeclared length (chunked): 411, since its size could only be known by reading it;
 * <li>a compressed body ({@code Content-Encoding}): 415, since Fuseki would inflate it past the limit;
 * <li>a parameter named {@code update} in any case, in the query string or a form, even beside a query: 400, so that
 *     no spelling of a SPARQL Update is ever handed on.
 * </ul>
 * Query parsing is not covered by the query timeout, so the size cap is what bounds it.
 */
final class RequestGuard extends HttpFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String ALLOW = "GET, HEAD, POST, OPTIONS";

    private final long maxRequestBytes;

    RequestGuard(long maxRequestBytes) {
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, not " + maxRequestBytes);
        }
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Refusal refusal = refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, refusal);
    }

    /** A short plain-text answer; Jetty's HTML error page would echo the whole oversized URI. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        Reply reply = Reply.error(refusal.status(), refusal.message()).header("Connection", "close");
        if (refusal.status() == HttpServletResponse.SC_METHOD_NOT_ALLOWED) {
            reply = reply.header("Allow", ALLOW);
        }
        reply.send(request, response, !"HEAD".equalsIgnoreCase(request.getMethod()));
    }

    /** Why the request is refused, or null when it may pass. */
    private Refusal refusal(HttpServletRequest request) {
        if (!methodAllowed(request)) {
            return new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "this server is read-only: " + request.getMethod() + " is not accepted here");
        }
        if (requestLineLength(request) > maxRequestBytes) {
            return new Refusal(HttpServletResponse.SC_REQUEST_URI_TOO_LONG,
                    "request URI longer than " + maxRequestBytes + " bytes; send long queries by POST");
        }
        Refusal body = bodyRefusal(request);
        return body != null ? body : updateRefusal(request);
    }

    /** Read after the size checks: a form body is parsed here, within the cap. */
    private static Refusal updateRefusal(HttpServletRequest request) {
        for (String name : java.util.Collections.list(request.getParameterNames())) {
            if (name.strip().equalsIgnoreCase("update")) {
                return new Refusal(HttpServletResponse.SC_BAD_REQUEST,
                        "this server is read-only: SPARQL Update is not accepted");
            }
        }
        return null;
    }

    private Refusal bodyRefusal(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > maxRequestBytes) {
            return new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body longer than " + maxRequestBytes + " bytes");
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            return new Refusal(HttpServletResponse.SC_LENGTH_REQUIRED, "a request body needs a Content-Length header");
        }
        if (isCompressed(request)) {
            return new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "compressed request bodies are not accepted; send the query uncompressed");
        }
        return null;
    }

    private static boolean methodAllowed(HttpServletRequest request) {
        String method = request.getMethod();
        if (READ_METHODS.contains(method)) {
            return true;
        }
        return "POST".equals(method) && ServerPaths.acceptsPost(ServerPaths.canonical(ServerPaths.pathOf(request)));
    }

    /** Fuseki inflates gzip bodies, so a small compressed body could carry a query far over the cap. */
    private static boolean isCompressed(HttpServletRequest request) {
        String encoding = request.getHeader("Content-Encoding");
        return encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity");
    }

    private static long requestLineLength(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
    }

    private record Refusal(int status, String message) {
    }
}
