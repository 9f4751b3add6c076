package no.policylod.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS for a public, read-only endpoint: any origin may read, nobody may send credentials.
 *
 * <pre>
 * fusekiBuilder.enableCors(false, null)             // Fuseki's own filter allows credentials
 *              .addFilter("/*", new CorsFilter());
 * </pre>
 *
 * <p>Every response to a request with an {@code Origin} gets {@code Access-Control-Allow-Origin: *}; the origin is
 * never echoed and {@code Access-Control-Allow-Credentials} is never sent, so browsers do not attach cookies or
 * authentication. Preflight requests ({@code OPTIONS} with {@code Access-Control-Request-Method}) are answered here
 * and go no further.
 */
final class CorsFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
    static final String ALLOWED_HEADERS =
            "Accept, Accept-Language, Content-Type, Range, If-Range, If-None-Match, If-Modified-Since, X-Requested-With";
    static final String EXPOSED_HEADERS =
            "Content-Length, Content-Range, Accept-Ranges, Content-Disposition, ETag, Last-Modified, Link, "
                    + "Content-Location, Location, Memento-Datetime";
    private static final String MAX_AGE_SECONDS = "86400";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getHeader("Origin") == null) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (isPreflight(request)) {
            answerPreflight(response);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        chain.doFilter(request, response);
    }

    private static boolean isPreflight(HttpServletRequest request) {
        return "OPTIONS".equals(request.getMethod())
                && request.getHeader("Access-Control-Request-Method") != null;
    }

    private static void answerPreflight(HttpServletResponse response) {
        response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
        response.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
        response.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
