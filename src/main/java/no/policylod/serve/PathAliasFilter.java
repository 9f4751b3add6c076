package no.policylod.serve;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.http.Reply;

/**
 * Serves the aliases of {@link ServerPaths}: {@code /sparql}, and the old query UI's address, which leads to the
 * query editor.
 *
 * <pre>
 * fusekiBuilder.addFilter("/*", new PathAliasFilter());   // before Fuseki's own dispatch filter
 * </pre>
 *
 * <p>Dataset aliases go on down the filter chain with the path rewritten, so Fuseki's dispatch filter, which runs
 * last, handles them as if the canonical URL had been asked for.
 */
final class PathAliasFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ServerPaths.pathOf(request);
        if (ServerPaths.movedToEditor(path)) {
            Reply.redirect(HttpServletResponse.SC_MOVED_PERMANENTLY, request.getContextPath()
                    + ServerPaths.QUERY_EDITOR).send(request, response);
            return;
        }
        String target = ServerPaths.canonical(path);
        if (target.equals(path)) {
            chain.doFilter(request, response);
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
