package no.policylod.serve.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One response, decided whole before anything is written: status, headers, body, validators. The one place the
 * server answers conditional and range requests.
 *
 * <pre>
 * Reply.ok(Format.TURTLE.contentType(), bytes, lastModified)       // strong ETag from the bytes
 *      .header("Vary", "Accept")
 *      .send(request, response);                                   // 304, or HEAD without body, as asked
 * Reply.file("application/gzip", path, etag, modified).send(request, response);   // ranges, If-Range
 * Reply.error(404, "No such file.").send(request, response);      // one line of text/plain
 * </pre>
 *
 * <p>For a {@code 200}: {@code If-None-Match}, else {@code If-Modified-Since}, may turn it into {@code 304}
 * ({@link Conditional}). A file body also answers one byte range ({@code Range: bytes=a-b}, {@code bytes=a-},
 * {@code bytes=-n}) with {@code 206} and {@code Content-Range}, {@code 416} when the range lies outside the file,
 * and honours {@code If-Range}: a range is sent only when the client's validator is this file's strong ETag (or its
 * exact {@code Last-Modified}); with any other validator the whole file is sent, never a piece of another version.
 * Several ranges in one request get the whole file. {@code HEAD} gets the same status and headers, without body.
 *
 * @param status       HTTP status
 * @param contentType  the {@code Content-Type}, or null for an empty body
 * @param body         the body
 * @param etag         a strong entity tag, or null
 * @param lastModified the {@code Last-Modified} time, or null
 * @param headers      other headers, in order, names may repeat
 */
public record Reply(int status, String contentType, Body body, String etag, Instant lastModified,
                    List<Header> headers) {

    /** Lets caches keep representations for a minute, then revalidate with the ETag. */
    public static final String CACHE_CONTROL = "public, max-age=60";

    /** Lets caches keep a release's files, which never change once written, for a day. */
    public static final String CACHE_IMMUTABLE = "public, max-age=86400";

    private static final String TEXT = "text/plain;charset=utf-8";

    /**
     * The content security policy of every page: only this server's own styles, scripts and images, nothing loaded
     * from elsewhere, no framing.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Headers that have one value, set by the server on every response already: a reply replaces them. */
    private static final java.util.Set<String> SINGLE = java.util.Set.of("Content-Security-Policy", "Referrer-Policy",
            "X-Frame-Options");

    /** One header line. */
    public record Header(String name, String value) {
    }

    /** What a reply sends: bytes in memory or a file on disk, written whole or as one range. */
    public interface Body {
        long length();

        void write(OutputStream out, long from, long count) throws IOException;

        /** Whether byte ranges of it are offered ({@code Accept-Ranges: bytes}). */
        boolean ranged();
    }

    public Reply {
        headers = List.copyOf(headers);
    }

    /** A 200 with a body, its strong ETag and the given Last-Modified. */
    public static Reply ok(String contentType, byte[] body, Instant lastModified) {
        return new Reply(200, contentType, new Bytes(body), etagOf(body), lastModified, List.of())
                .header("Cache-Control", CACHE_CONTROL);
    }

    /** A 200 with a file on disk, sent in ranges on request; the ETag must be strong (from the file's content). */
    public static Reply file(String contentType, Path file, String etag, Instant lastModified) {
        return new Reply(200, contentType, new FileBody(file), etag, lastModified, List.of());
    }

    /** An HTML page: a 200 like {@link #ok}, with the security headers every page carries. */
    public static Reply page(byte[] html, Instant lastModified) {
        return asPage(ok("text/html;charset=utf-8", html, lastModified));
    }

    /** An HTML page with another status (an error page), not cached. */
    public static Reply page(int status, byte[] html) {
        return asPage(of(status, "text/html;charset=utf-8", html)).header("Cache-Control", "no-cache");
    }

    /** A reply with the security headers every HTML page carries. */
    public static Reply asPage(Reply reply) {
        return reply.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Referrer-Policy", "same-origin");
    }

    /** A response without validators, e.g. a redirect. */
    public static Reply of(int status, String contentType, byte[] body) {
        return new Reply(status, contentType, new Bytes(body), null, null, List.of());
    }

    /** An error: the status and one line of plain text saying what went wrong and what to do. */
    public static Reply error(int status, String message) {
        return of(status, TEXT, utf8(message.strip() + "\n")).header("Cache-Control", "no-cache");
    }

    /** A redirect to a location, with a one-line body naming it. */
    public static Reply redirect(int status, String location) {
        return of(status, TEXT, utf8("See " + location + "\n")).header("Location", location);
    }

    /** This reply with one more header. */
    public Reply header(String name, String value) {
        List<Header> more = new ArrayList<>(headers);
        more.add(new Header(name, value));
        return new Reply(status, contentType, body, etag, lastModified, more);
    }

    /** This reply with a header set to one value, replacing any it had. */
    public Reply withHeader(String name, String value) {
        List<Header> more = new ArrayList<>(headers.stream().filter(h -> !h.name().equalsIgnoreCase(name)).toList());
        more.add(new Header(name, value));
        return new Reply(status, contentType, body, etag, lastModified, more);
    }

    /** The values of a header, in order. */
    public List<String> values(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    /** The body bytes of an in-memory reply (tests, templates); a file body is read. */
    public byte[] bytes() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        body.write(out, 0, body.length());
        return out.toByteArray();
    }

    /** Writes the reply, without body for {@code HEAD}. */
    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, !"HEAD".equalsIgnoreCase(request.getMethod()));
    }

    /** Writes the reply, as {@code 304} when the request's validators match; without body when not wanted. */
    public void send(HttpServletRequest request, HttpServletResponse response, boolean withBody) throws IOException {
        headers.forEach(h -> {
            if (SINGLE.contains(h.name())) {
                response.setHeader(h.name(), h.value());
            } else {
                response.addHeader(h.name(), h.value());
            }
        });
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag != null) {
            response.setHeader("ETag", etag);
        }
        if (lastModified != null) {
            response.setDateHeader("Last-Modified", lastModified.toEpochMilli());
        }
        if (status == 200 && Conditional.notModified(request.getHeader("If-None-Match"),
                dateHeader(request, "If-Modified-Since"), etag, lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        if (contentType != null) {
            response.setContentType(contentType);
        }
        long length = body.length();
        if (status == 200 && body.ranged()) {
            response.setHeader("Accept-Ranges", "bytes");
            Optional<ByteRange> range = requestedRange(request, length);
            if (range.isPresent()) {
                sendRange(response, range.get(), length, withBody);
                return;
            }
        }
        response.setStatus(status);
        response.setContentLengthLong(length);
        if (withBody && length > 0) {
            body.write(response.getOutputStream(), 0, length);
        }
    }

    private void sendRange(HttpServletResponse response, ByteRange range, long length, boolean withBody)
            throws IOException {
        if (!range.satisfiable()) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader("Content-Range", "bytes */" + length);
            response.setContentType(TEXT);
            byte[] message = utf8("The range lies outside the file, which has " + length + " bytes.\n");
            response.setContentLength(message.length);
            if (withBody) {
                response.getOutputStream().write(message);
            }
            return;
        }
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + length);
        response.setContentLengthLong(range.count());
        if (withBody) {
            body.write(response.getOutputStream(), range.first(), range.count());
        }
    }

    /** The one range to send, if the request asks for one that this version of the body may answer. */
    private Optional<ByteRange> requestedRange(HttpServletRequest request, long length) {
        String range = request.getHeader("Range");
        if (range == null || !Conditional.rangeStillValid(request.getHeader("If-Range"), etag, lastModified)) {
            return Optional.empty();
        }
        return ByteRange.parse(range, length);
    }

    private static long dateHeader(HttpServletRequest request, String name) {
        try {
            return request.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    /** A strong entity tag: the first 128 bits of the SHA-256 of the bytes, quoted. */
    public static String etagOf(byte[] bytes) {
        return "\"" + HexFormat.of().formatHex(sha256().digest(bytes), 0, 16) + "\"";
    }

    /** A strong entity tag of a file's content, computed the same way as {@link #etagOf(byte[])}. */
    public static String etagOf(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Bytes(byte[] bytes) implements Body {
        @Override
        public long length() {
            return bytes.length;
        }

        @Override
        public void write(OutputStream out, long from, long count) throws IOException {
            out.write(bytes, Math.toIntExact(from), Math.toIntExact(count));
        }

        @Override
        public boolean ranged() {
            return false;
        }
    }

    private record FileBody(Path file) implements Body {
        @Override
        public long length() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void write(OutputStream out, long from, long count) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(from);
                byte[] buffer = new byte[1 << 16];
                long left = count;
                while (left > 0) {
                    int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                    if (n < 0) {
                        throw new IOException(file.getFileName() + " became shorter while it was sent");
                    }
                    out.write(buffer, 0, n);
                    left -= n;
                }
            }
        }

        @Override
        public boolean ranged() {
            return true;
        }
    }

    /** One byte range of a body of a known length; {@code first > last} when it cannot be satisfied. */
    record ByteRange(long first, long last) {

        boolean satisfiable() {
            return first <= last;
        }

        long count() {
            return last - first + 1;
        }

        /** The single range of a {@code Range} header; empty when absent, malformed or several ranges. */
        static Optional<ByteRange> parse(String header, long length) {
            String h = header.strip();
            if (!h.regionMatches(true, 0, "bytes=", 0, 6) || h.indexOf(',') >= 0) {
                return Optional.empty();
            }
            String spec = h.substring(6).strip();
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return Optional.empty();
            }
            try {
                String a = spec.substring(0, dash).strip();
                String b = spec.substring(dash + 1).strip();
                if (a.isEmpty()) {
                    long suffix = Long.parseLong(b);
                    return suffix <= 0 ? Optional.of(new ByteRange(1, 0))
                            : Optional.of(new ByteRange(Math.max(0, length - suffix), length - 1));
                }
                long first = Long.parseLong(a);
                long last = b.isEmpty() ? length - 1 : Math.min(Long.parseLong(b), length - 1);
                if (first < 0 || (!b.isEmpty() && Long.parseLong(b) < first)) {
                    return Optional.empty();
                }
                return Optional.of(first >= length ? new ByteRange(1, 0) : new ByteRange(first, last));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
