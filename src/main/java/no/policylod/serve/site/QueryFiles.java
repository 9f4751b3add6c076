package no.policylod.serve.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The example queries as files, at {@code /queries/NAME.rq}, shown as plain text so a browser displays them.
 *
 * <pre>
 * server.servlet("/queries/*", new QueryFiles());   // GET /queries/budget-amounts.rq
 * </pre>
 */
final class QueryFiles extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        ExampleQuery query = path.matches("/[a-z0-9-]+\\.rq") ? ExampleQuery.named(path.substring(1, path.length() - 3))
                : null;
        if (query == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such query");
            return;
        }
        byte[] bytes = query.text().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
