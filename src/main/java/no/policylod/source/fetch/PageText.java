package no.policylod.source.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fetched body's text and the character set it was sent in.
 *
 * <pre>
 * PageText page = PageText.decode(body, "text/html; charset=windows-1252");
 * page.utf8();      // the bytes to store
 * page.charset();   // "windows-1252", as the response named it
 * </pre>
 *
 * The character set is, in this order: a byte order mark; the {@code charset} of the {@code Content-Type}; for HTML,
 * a {@code <meta charset>} (or {@code http-equiv} Content-Type) in the first 1024 bytes; else UTF-8. ISO-8859-1 and
 * US-ASCII are read as Windows-1252, as browsers do. A name Java does not know is passed over. Bytes that are not
 * valid in the character set become U+FFFD.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the name of the character set as found (header or page), or {@code UTF-8} when none was given
 */
public record PageText(String text, String charset) {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final int META_WINDOW = 1024;

    /** The text of the body, sent with this {@code Content-Type} (or null). */
    public static PageText decode(byte[] body, String contentType) {
        Optional<Bom> bom = Bom.of(body);
        if (bom.isPresent()) {
            return new PageText(read(body, bom.get().length, bom.get().charset), bom.get().charset.name());
        }
        Optional<String> label = fromHeader(contentType).or(() -> isHtml(contentType) ? fromMeta(body)
                : Optional.empty());
        Charset charset = label.flatMap(PageText::charset).orElse(StandardCharsets.UTF_8);
        String name = label.filter(l -> charset(l).isPresent()).orElse("UTF-8");
        if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(body)) {
            // labelled UTF-8, or not labelled, but not UTF-8: read as the 8-bit set older pages use, as convert does
            return new PageText(read(body, 0, WINDOWS_1252), WINDOWS_1252.name() + " (" + name
                    + " as labelled, but the bytes are not UTF-8)");
        }
        return new PageText(read(body, 0, charset), name);
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static boolean isUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** The text as UTF-8 bytes, as the snapshot is stored. */
    public byte[] utf8() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether the content type is HTML (or XHTML). */
    static boolean isHtml(String contentType) {
        String type = mediaType(contentType);
        return type.equals("text/html") || type.equals("application/xhtml+xml");
    }

    /** The media type without parameters, lower case; empty when none was sent. */
    static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> fromHeader(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<String> fromMeta(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, META_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("latin1") || l.equals("us-ascii") || l.equals("ascii")) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String read(byte[] body, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, offset, body.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not fail", e);
        }
    }

    /** A byte order mark: which character set it names and how many bytes it takes. */
    private record Bom(Charset charset, int length) {
        static Optional<Bom> of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return Optional.of(new Bom(StandardCharsets.UTF_8, 3));
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return Optional.of(new Bom(StandardCharsets.UTF_16BE, 2));
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                return Optional.of(new Bom(StandardCharsets.UTF_16LE, 2));
            }
            return Optional.empty();
        }
    }
}
