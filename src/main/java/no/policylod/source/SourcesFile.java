package no.policylod.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import no.policylod.config.Json;
import no.policylod.dump.AtomicFiles;

/**
 * A folder's {@code sources.json}, read entry by entry so that one bad entry costs only itself.
 *
 * <pre>
 * Map&lt;String, SourceEntry&gt; byFile = SourcesFile.read(folder.resolve("sources.json"), problems);
 * </pre>
 *
 * Each of these is one line, naming the file and the entry's line, and the entry (or only its bad value) is left
 * out, so its page is read as a page without an entry: an entry that is no object, without a {@code file}, a
 * {@code file} that is not the plain name of a file in the folder ({@code ../x.txt}, {@code a/b.txt}), a value that
 * is not a string, a {@code url} longer than {@value #MAX_URL} characters, a second entry for the same file (the
 * first is kept). A file that is not a JSON array of entries, or is not well-formed, gives one line and no entries.
 *
 * <p>{@link #write} writes the entries back, atomically, in the order of their file names, leaving out keys without
 * a value, so a file written by {@code fetch} is read by an older reader and a hand-made one stays as short as it was.
 */
public final class SourcesFile {
    static final int MAX_URL = 2000;
    private static final String EXPECTED = " (expected [{\"file\": ..., \"url\": ..., \"retrieved\": ...}])";

    private SourcesFile() {
    }

    /** The entries by file name; no file (or a link, never followed) is no entries. */
    public static Map<String, SourceEntry> read(Path file, ProblemSink problems) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Map.of();
        }
        Map<String, SourceEntry> byFile = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        try (JsonParser parser = Json.MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw problem(file, parser, "not a JSON array of entries" + EXPECTED);
            }
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                if (t == null) {
                    throw problem(file, parser, "the array of entries is not closed" + EXPECTED);
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                entry(file, line, node, problems).ifPresent(e -> {
                    SourceEntry first = byFile.get(e.file());
                    if (first == null || first.url() == null && e.url() != null) {
                        // a first entry whose URL was refused gives way to one that has a usable URL
                        byFile.put(e.file(), e);
                        lineOf.put(e.file(), line);
                    } else {
                        problems.accept(Problem.warning(file.toString(), line, "a second entry for '" + e.file()
                                + "' (the first is on line " + lineOf.get(e.file()) + " and is kept); ignored"));
                    }
                });
            }
            return byFile;
        } catch (NotRead e) {
            problems.accept(e.problem);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.accept(Problem.error(file.toString(), line, "cannot read: " + e.getOriginalMessage()
                    + EXPECTED + "; pages here get no source URL"));
        } catch (IOException | RuntimeException e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + Problem.reason(e)));
        }
        return Map.of();
    }

    /** Writes the entries, sorted by file name, replacing the file atomically. */
    public static void write(Path file, Collection<SourceEntry> entries) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        entries.stream().sorted(Comparator.comparing(SourceEntry::file)).forEach(e -> {
            ObjectNode node = array.addObject();
            node.put("file", e.file());
            putIfSet(node, "url", e.url());
            putIfSet(node, "retrieved", e.retrieved());
            putIfSet(node, "contentType", e.contentType());
            putIfSet(node, "charset", e.charset());
            putIfSet(node, "etag", e.etag());
            putIfSet(node, "lastModified", e.lastModified());
        });
        AtomicFiles.write(file, out -> {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(new NotClosing(out), array);
            out.write('\n');
        });
    }

    private static void putIfSet(ObjectNode node, String key, String value) {
        if (value != null) {
            node.put(key, value);
        }
    }

    private static java.util.Optional<SourceEntry> entry(Path file, int line, JsonNode node, ProblemSink problems) {
        if (!node.isObject()) {
            return warn(file, line, "an entry that is not an object; ignored", problems);
        }
        String name = text(file, line, node, "file", problems);
        if (name == null) {
            return warn(file, line, "an entry has no 'file'; ignored", problems);
        }
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            return warn(file, line, "'file' must be the name of a page in this folder, not '" + shorten(name)
                    + "'; ignored", problems);
        }
        String url = text(file, line, node, "url", problems);
        if (url != null && url.length() > MAX_URL) {
            problems.accept(Problem.warning(file.toString(), line, "'url' of " + url.length()
                    + " characters (at most " + MAX_URL + "); ignored"));
            url = null;
        }
        if (url != null && !url.isBlank() && SourceEntry.webUrl(url).isEmpty()) {
            problems.accept(Problem.warning(file.toString(), line, "'url' is not an absolute http(s) URL: '"
                    + shorten(url) + "'; ignored"));
            url = null;
        }
        return java.util.Optional.of(new SourceEntry(name, url, text(file, line, node, "retrieved", problems),
                text(file, line, node, "contentType", problems), text(file, line, node, "charset", problems),
                text(file, line, node, "etag", problems), text(file, line, node, "lastModified", problems)));
    }

    /** A string value, or null when absent; another kind of value is reported and taken as absent. */
    private static String text(Path file, int line, JsonNode node, String key, ProblemSink problems) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.accept(Problem.warning(file.toString(), line, "'" + key + "' is not a string but "
                    + value.getNodeType().toString().toLowerCase() + "; ignored"));
            return null;
        }
        return value.asText();
    }

    private static java.util.Optional<SourceEntry> warn(Path file, int line, String message, ProblemSink problems) {
        problems.accept(Problem.warning(file.toString(), line, message));
        return java.util.Optional.empty();
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    private static NotRead problem(Path file, JsonParser parser, String message) {
        return new NotRead(Problem.error(file.toString(), parser.currentTokenLocation().getLineNr(),
                "cannot read: " + message + "; pages here get no source URL"));
    }

    /** Leaves the stream open for the atomic writer, which closes it itself. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The file as a whole cannot be read; its one line. */
    private static final class NotRead extends RuntimeException {
        private final transient Problem problem;

        NotRead(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }
}
