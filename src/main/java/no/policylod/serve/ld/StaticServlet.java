package no.policylod.serve.ld;

import no.policylod.serve.ReadServlet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /static/*}: the site's own small files (the stylesheet) from {@code policylod/static/} on the classpath,
 * with ETag and Last-Modified. Only plain file names with a known type are served; there is no listing.
 *
 * <pre>
 * GET /static/site.css   -&gt;  200 text/css, ETag, Last-Modified
 * </pre>
 */
final class StaticServlet extends ReadServlet {

    static final String ROOT = "policylod/static/";
    private static final Pattern NAME = Pattern.compile("/[a-z0-9][a-z0-9._-]*\\.(css|js|svg|png|ico|txt)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "txt", "text/plain;charset=utf-8");

    private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();
    private final Instant loaded;

    StaticServlet(Instant loaded) {
        this.loaded = loaded;
    }


    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        String name = request.getPathInfo();
        Optional<byte[]> bytes = name != null && NAME.matcher(name).matches()
                ? files.computeIfAbsent(name, StaticServlet::read) : Optional.empty();
        Reply reply = bytes.map(b -> Reply.ok(TYPES.get(name.substring(name.lastIndexOf('.') + 1)), b, loaded))
                .orElseGet(() -> Reply.of(404, "text/plain;charset=utf-8", Reply.utf8("No such file.\n")));
        reply.send(request, response, withBody);
    }

    private static Optional<byte[]> read(String name) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(ROOT + name.substring(1))) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
