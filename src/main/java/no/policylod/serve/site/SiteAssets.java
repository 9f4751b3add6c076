package no.policylod.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The site's own static files, {@code policylod/static/site/NAME} on the classpath, at {@code /static/site/NAME}.
 *
 * <pre>
 * server.servlet("/static/site/*", new SiteAssets());   // GET /static/site/site.css
 * </pre>
 *
 * <p>Only plain file names with a known extension are served (no folders, no {@code ..}); files are read once and
 * kept in memory, and sent with their media type and a one-hour cache lifetime.
 */
final class SiteAssets extends HttpServlet {

    static final String FOLDER = "policylod/static/site/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.(css|js|svg|png|ico|woff2)");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8", "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2");

    private final transient Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        byte[] bytes = NAME.matcher(name).matches() ? files.computeIfAbsent(name, SiteAssets::read).orElse(null) : null;
        if (bytes == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file");
            return;
        }
        response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
