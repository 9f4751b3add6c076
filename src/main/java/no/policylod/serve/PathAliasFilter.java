package no.policylod.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the aliases of {@link ServerPaths}: {@code /sparql}, the UI's relative API calls, and the redirect to the UI.
 *
 * <pre>
 * fusekiBuilder.addFilter("/*", new PathAliasFilter());   // before Fuseki's own dispatch filter
 * </pre>
 *
 * <p>Dataset aliases go on down the filter chain with the path rewritten, so Fuseki's dispatch filter, which runs
 * last, handles them as if the canonical URL had been asked for. Aliases of the {@code /$/} information servlets are
 * forwarded, because servlets are chosen by the original path.
 */
final class PathAliasFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ServerPaths.pathOf(request);
        if (ServerPaths.redirectsToUi(path)) {
            response.sendRedirect(request.getContextPath() + ServerPaths.UI);
            return;
        }
        String target = ServerPaths.canonical(path);
        if (target.equals(path)) {
            chain.doFilter(request, response);
        } else if (ServerPaths.isInfo(target)) {
            request.getRequestDispatcher(target).forward(request, response);
        } else {
            chain.doFilter(new AliasedRequest(request, request.getContextPath() + target), response);
        }
    }

    /** The request as if it had been sent to another path of the same server. */
    private static final class AliasedRequest extends HttpServletRequestWrapper {
        private final String uri;

        AliasedRequest(HttpServletRequest request, String uri) {
            super(request);
            this.uri = uri;
        }

        @Override
        public String getRequestURI() {
            return uri;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            url.setLength(url.length() - super.getRequestURI().length());
            return url.append(uri);
        }

        @Override
        public String getServletPath() {
            return uri.substring(getContextPath().length());
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
