package no.policylod.serve.ld;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One response, built whole before anything is written: status, headers, body, validators. {@link #send} answers
 * {@code 304} when the request's conditions match and leaves the body out for {@code HEAD}.
 *
 * <pre>
 * Reply.ok(Format.TURTLE.contentType(), bytes, lastModified)
 *      .header("Vary", "Accept")
 *      .header("Link", "&lt;/doc/x.ttl&gt;; rel=\"alternate\"; type=\"text/turtle\"")
 *      .send(request, response, true);
 * </pre>
 *
 * @param status       HTTP status
 * @param contentType  the {@code Content-Type}, or null for an empty body
 * @param body         the body bytes (empty for none)
 * @param etag         a strong entity tag from the body's bytes, or null
 * @param lastModified the {@code Last-Modified} time, or null
 * @param headers      other headers, in order, names may repeat
 */
public record Reply(int status, String contentType, byte[] body, String etag, Instant lastModified,
                    List<Header> headers) {

    /** Lets caches keep representations for a minute, then revalidate with the ETag. */
    static final String CACHE_CONTROL = "public, max-age=60";

    /** One header line. */
    public record Header(String name, String value) {
    }

    public Reply {
        headers = List.copyOf(headers);
    }

    /** A 200 with a body, its strong ETag and the given Last-Modified. */
    static Reply ok(String contentType, byte[] body, Instant lastModified) {
        return new Reply(200, contentType, body, etagOf(body), lastModified, List.of())
                .header("Cache-Control", CACHE_CONTROL);
    }

    /** A response without validators, e.g. a redirect or an error. */
    static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, body, null, null, List.of());
    }

    /** This reply with one more header. */
    Reply header(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new Reply(status, contentType, body, etag, lastModified, more);
    }

    /** The values of a header, in order. */
    List<String> values(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    /** Writes the reply, as {@code 304} when the request's validators match; without body when not wanted. */
    void send(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        headers.forEach(h -> response.addHeader(h.name(), h.value()));
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        if (status == 200 && Conditional.notModified(request.getHeader("If-None-Match"),
                ifModifiedSince(request), etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(status);
        writeBody(response, withBody);
    }

    private void writeBody(HttpServletResponse response, boolean withBody) throws IOException {
        if (contentType != null) {
            response.setContentType(contentType);
        }
        response.setContentLength(body.length);
        if (withBody && body.length > 0) {
            response.getOutputStream().write(body);
        }
    }

    private static long ifModifiedSince(HttpServletRequest request) {
        try {
            return request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** A strong entity tag: the first 128 bits of the SHA-256 of the bytes, quoted. */
    static String etagOf(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
