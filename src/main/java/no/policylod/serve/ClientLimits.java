package no.policylod.serve;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.http.Reply;

/**
 * A bounded number of requests in progress per client address: one client cannot hold every thread of the server.
 * Over the limit a request is answered {@code 429 Too Many Requests} with {@code Retry-After} at once, without
 * being handled.
 *
 * <pre>
 * fusekiBuilder.addFilter("/*", new ClientLimits(16));
 * </pre>
 */
final class ClientLimits extends HttpFilter {

    private final int maxRequests;
    private final transient Map<String, Integer> inProgress = new ConcurrentHashMap<>();

    ClientLimits(int maxRequests) {
        if (maxRequests <= 0) {
            throw new IllegalArgumentException("maxRequestsPerClient must be positive, not " + maxRequests);
        }
        this.maxRequests = maxRequests;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String client = request.getRemoteAddr();
        try {
            if (inProgress.merge(client, 1, Integer::sum) <= maxRequests) {
                chain.doFilter(request, response);
            } else {
                Reply.error(429, "this address has " + maxRequests + " requests in progress already; wait for "
                        + "them to finish before sending more").header("Retry-After", "1").send(request, response);
            }
        } finally {
            inProgress.computeIfPresent(client, (k, n) -> n == 1 ? null : n - 1);
        }
    }
}
