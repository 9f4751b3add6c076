package no.policylod.serve.release;

import no.policylod.serve.ReadServlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.policylod.dump.Checksums;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Serves one small file written by a release (catalogue, VoID, feed page) at a fixed URL, choosing among variants
 * by {@code Accept} when there are several: strong {@code ETag} (its SHA-256), {@code Content-Length},
 * {@code Last-Modified}, {@code 304} on {@code If-None-Match}, {@code Vary: Accept} when negotiated, HEAD.
 *
 * <pre>
 * new FileServlet(Map.of("text/turtle", req -&gt; dumps.resolve("catalog.ttl")));
 * </pre>
 */
final class FileServlet extends ReadServlet {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Media type (the first is the default) to the file that holds it for a request, or null for none. */
    private final transient Map<String, Function<HttpServletRequest, Path>> variants;

    FileServlet(Map<String, Function<HttpServletRequest, Path>> variants) {
        this.variants = new LinkedHashMap<>(variants);
    }

    /** A file at a fixed path in one media type. */
    static FileServlet of(String mediaType, Path file) {
        return new FileServlet(Map.of(mediaType, req -> file));
    }


    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp, boolean body) throws IOException {
        String type = negotiate(req.getHeader("Accept"), List.copyOf(variants.keySet()));
        if (variants.size() > 1) {
            resp.setHeader("Vary", "Accept");
        }
        if (type == null) {
            plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "available as " + String.join(", ", variants.keySet()));
            return;
        }
        Path file = variants.get(type).apply(req);
        if (file == null || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
            plain(resp, HttpServletResponse.SC_NOT_FOUND, "not published yet: policy-lod publish makes a release");
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String etag = "\"" + Checksums.sha256(bytes).substring(0, 32) + "\"";
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", Files.getLastModifiedTime(file).toMillis());
        resp.setHeader("Cache-Control", "public, max-age=300");
        if (matches(req.getHeader("If-None-Match"), etag)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(type + (type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("json")
                ? ";charset=utf-8" : ""));
        resp.setContentLengthLong(bytes.length);
        if (body) {
            resp.getOutputStream().write(bytes);
        }
    }

    /**
     * The offered media type the Accept header prefers, or null when it accepts none; the first offer when there is
     * no header or it cannot be read.
     */
    static String negotiate(String accept, List<String> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.get(0);
        }
        try {
            MediaType m = AcceptList.match(new AcceptList(accept), AcceptList.create(offers.toArray(String[]::new)));
            return m == null ? null : m.getContentTypeStr();
        } catch (RuntimeException e) {
            return offers.get(0);
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    static void plain(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.getWriter().println(message);
    }
}
