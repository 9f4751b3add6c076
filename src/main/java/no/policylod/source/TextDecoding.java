package no.policylod.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The text of a page file's bytes, or why it is no text.
 *
 * <pre>
 * Optional&lt;String&gt; text = TextDecoding.decode("data/x.txt", bytes, problems);
 * </pre>
 *
 * UTF-16 with a byte order mark is decoded as such; other text is UTF-8, and text that is not valid UTF-8 is read
 * as Windows-1252 (what Norwegian text saved by older Windows tools is) with a warning. Refused with one line: an
 * empty file, a file of white space only, and binary content (a NUL byte outside UTF-16, or more than one character
 * in twenty a control character).
 */
final class TextDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static Optional<String> decode(String file, byte[] bytes, ProblemSink problems) {
        if (bytes.length == 0) {
            problems.accept(Problem.error(file, 0, "empty file: nothing to convert"));
            return Optional.empty();
        }
        Optional<String> text = utf16(bytes).map(cs -> strict(file, bytes, cs, problems))
                .orElseGet(() -> eightBit(file, bytes, problems));
        if (text.isEmpty()) {
            return text;
        }
        if (isBinary(text.get())) {
            problems.accept(Problem.error(file, 0, "binary content (control characters): not a text or HTML page"));
            return Optional.empty();
        }
        if (text.get().replace('\u00a0', ' ').replace('\u200b', ' ').replace('\ufeff', ' ').isBlank()) {
            problems.accept(Problem.error(file, 0, "empty file: only white space"));
            return Optional.empty();
        }
        return text;
    }

    /** UTF-16 when the bytes open with its byte order mark. */
    private static Optional<Charset> utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static Optional<String> strict(String file, byte[] bytes, Charset charset, ProblemSink problems) {
        try {
            return Optional.of(decoder(charset, bytes, 2));
        } catch (CharacterCodingException e) {
            problems.accept(Problem.error(file, 0, "not valid " + charset.name()
                    + " (it opens with that byte order mark): not read"));
            return Optional.empty();
        }
    }

    /** UTF-8, else Windows-1252 with a warning; a NUL byte means binary content. */
    private static Optional<String> eightBit(String file, byte[] bytes, ProblemSink problems) {
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            problems.accept(Problem.error(file, lineAt(bytes, nul),
                    "binary content (a NUL byte): not a text or HTML page"));
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString());
        } catch (CharacterCodingException e) {
            problems.accept(Problem.warning(file, lineAt(bytes, buffer.position()),
                    "not UTF-8 text (invalid byte sequence): read as Windows-1252; save the page as UTF-8"));
            return Optional.of(new String(bytes, WINDOWS_1252));
        }
    }

    private static String decoder(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    /** More than one character in twenty a control character other than white space. */
    private static boolean isBinary(String text) {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                || c == 0x7f).count();
        return controls * 20 > text.length();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
