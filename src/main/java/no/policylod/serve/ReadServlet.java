package no.policylod.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A servlet that only reads: {@code GET} and {@code HEAD} answer alike, {@code HEAD} without the body. Every other
 * method keeps the servlet default (405); the server's request guard refuses writes before they get here anyway.
 *
 * <pre>
 * final class Hello extends ReadServlet {
 *     protected void serve(HttpServletRequest req, HttpServletResponse resp, boolean withBody) { ... }
 * }
 * </pre>
 */
public abstract class ReadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Answers a GET ({@code withBody}) or a HEAD (same status and headers, no body). */
    protected abstract void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    @Override
    protected final void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }
}
