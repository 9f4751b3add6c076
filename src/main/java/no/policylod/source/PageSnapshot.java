package no.policylod.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One page as it was read at one time: its text, where it came from and when.
 *
 * <pre>
 * PageSnapshot page = PageSnapshot.of("001.txt", text, "https://www.regjeringen.no/en/.../id1111", null);
 * page.sha256();   // identity of these exact bytes
 * </pre>
 *
 * @param name      the file name as the user sees it (relative to the folder it was found in)
 * @param format    plain-text extract or HTML
 * @param text      the decoded text, line breaks normalised to {@code \n}
 * @param sha256    hex SHA-256 of the bytes as read
 * @param url       the page's source URL, when {@code sources.json} gives one
 * @param retrieved when the snapshot was taken ({@code xsd:date} or {@code xsd:dateTime} lexical form), when known
 */
public record PageSnapshot(String name, Format format, String text, String sha256, Optional<String> url,
                           Optional<String> retrieved) {

    /** What kind of file a snapshot is. */
    public enum Format { TEXT, HTML }

    public PageSnapshot {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        url = Objects.requireNonNullElse(url, Optional.empty());
        retrieved = Objects.requireNonNullElse(retrieved, Optional.empty());
    }

    /** A snapshot of the given text, hashed as UTF-8; for tests and for pages that did not come from a file. */
    public static PageSnapshot of(String name, String text, String url, String retrieved) {
        Format format = name.endsWith(".html") || name.endsWith(".htm") ? Format.HTML : Format.TEXT;
        return new PageSnapshot(name, format, text.replace("\r\n", "\n"),
                sha256(text.getBytes(StandardCharsets.UTF_8)), Optional.ofNullable(url), Optional.ofNullable(retrieved));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
