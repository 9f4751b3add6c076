package no.policylod.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.config.Json;

/**
 * Finds page snapshots in files and folders and reads them, with their {@code sources.json} entries.
 *
 * <pre>
 * ProblemSink.Collecting problems = ProblemSink.collecting();
 * List&lt;PageSnapshot&gt; pages = new SnapshotReader().read(List.of(Path.of("data")), problems);
 * </pre>
 *
 * A file that cannot be read as a page (missing, empty, binary, not UTF-8) is reported and skipped; the others are
 * still read. Folders are walked recursively; each folder's own {@code sources.json} describes the pages in it.
 */
public final class SnapshotReader {

    /** The file name that maps page files to their source URLs. */
    public static final String SOURCES_FILE = "sources.json";

    /** Reads every page of the inputs (files, folders) into memory; {@link #list} reads them one at a time. */
    public List<PageSnapshot> read(List<Path> inputs, ProblemSink problems) {
        List<PageSnapshot> pages = new ArrayList<>();
        list(inputs, problems).forEach(pages::add);
        return pages;
    }

    /**
     * Finds the page files of the inputs (files, folders) now and reads each when iterated, so that a run holds one
     * page's text at a time (and the {@code sources.json} entries of the folders seen). Problems with an input are
     * reported when it is found; problems with a page, when it is read.
     */
    public Listing list(List<Path> inputs, ProblemSink problems) {
        List<Found> found = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                listFolder(input, problems, found);
            } else if (Files.exists(input)) {
                found.add(isPageFile(input) ? new Found(input, input.getFileName().toString(), null)
                        : new Found(input, null, Problem.error(input.toString(), 0,
                                "not a page snapshot: expected a .txt or .html file, or a folder of them")));
            } else {
                found.add(new Found(input, null, Problem.error(input.toString(), 0, "no such file or folder")));
            }
        }
        return new Listing(List.copyOf(found), problems);
    }

    /**
     * A page file found, and its name as the user sees it; or an input that is not one, with the problem, reported
     * in its turn so that problems come in the order of the inputs.
     */
    private record Found(Path file, String name, Problem problem) {
    }

    /** The page files found, read one at a time as they are iterated (once). */
    public final class Listing implements Iterable<PageSnapshot> {
        private final List<Found> files;
        private final ProblemSink problems;
        private final Map<Path, Map<String, SourceEntry>> sourcesByFolder = new HashMap<>();

        private Listing(List<Found> files, ProblemSink problems) {
            this.files = files;
            this.problems = problems;
        }

        /** How many page files were found (some may not be readable). */
        public int files() {
            return (int) files.stream().filter(f -> f.problem() == null).count();
        }

        @Override
        public java.util.Iterator<PageSnapshot> iterator() {
            java.util.Iterator<Found> next = files.iterator();
            return new java.util.Iterator<>() {
                private PageSnapshot ahead;

                @Override
                public boolean hasNext() {
                    while (ahead == null && next.hasNext()) {
                        Found f = next.next();
                        if (f.problem() != null) {
                            problems.accept(f.problem());
                            continue;
                        }
                        Map<String, SourceEntry> sources = sourcesByFolder.computeIfAbsent(
                                f.file().toAbsolutePath().getParent(), folder -> sourcesFor(folder, problems));
                        ahead = readPage(f.file(), f.name(), sources, problems).orElse(null);
                    }
                    return ahead != null;
                }

                @Override
                public PageSnapshot next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    PageSnapshot page = ahead;
                    ahead = null;
                    return page;
                }
            };
        }
    }

    private void listFolder(Path root, ProblemSink problems, List<Found> out) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(SnapshotReader::isPageFile)
                    .sorted(Comparator.comparing(p -> root.relativize(p).toString())).toList();
        } catch (IOException e) {
            out.add(new Found(root, null, Problem.error(root.toString(), 0, "cannot list folder: " + e.getMessage())));
            return;
        }
        if (files.isEmpty()) {
            out.add(new Found(root, null, Problem.warning(root.toString(), 0, "folder holds no .txt or .html page")));
        }
        for (Path file : files) {
            out.add(new Found(file, root.relativize(file).toString().replace('\\', '/'), null));
        }
    }

    private static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private Optional<PageSnapshot> readPage(Path file, String name, Map<String, SourceEntry> sources,
                                            ProblemSink problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceEntry entry = sources.get(file.getFileName().toString());
        Optional<String> url = Optional.ofNullable(entry).map(SourceEntry::url).filter(u -> !u.isBlank())
                .filter(u -> checkUrl(file, u, problems));
        Optional<String> retrieved = Optional.ofNullable(entry).map(SourceEntry::retrieved)
                .filter(r -> checkRetrieved(file, r, problems));
        PageSnapshot.Format format = file.getFileName().toString().toLowerCase().endsWith(".txt")
                ? PageSnapshot.Format.TEXT : PageSnapshot.Format.HTML;
        String normalised = text.get().replace("\r\n", "\n").replace('\r', '\n');
        if (normalised.startsWith("\uFEFF")) {
            normalised = normalised.substring(1);
        }
        return Optional.of(new PageSnapshot(name, format, normalised, PageSnapshot.sha256(bytes), url, retrieved));
    }

    private static Optional<String> decode(Path file, byte[] bytes, ProblemSink problems) {
        if (bytes.length == 0) {
            problems.accept(Problem.error(file.toString(), 0, "empty file: nothing to convert"));
            return Optional.empty();
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            problems.accept(Problem.error(file.toString(), lineAt(bytes, nul),
                    "binary content (a NUL byte): not a text or HTML page"));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            if (text.replace('\u00a0', ' ').replace('\u200b', ' ').replace('\ufeff', ' ').isBlank()) {
                problems.accept(Problem.error(file.toString(), 0, "empty file: only white space"));
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problems.accept(Problem.error(file.toString(), lineAt(bytes, buffer.position()),
                    "not UTF-8 text (invalid byte sequence); save the page as UTF-8"));
            return Optional.empty();
        }
    }

    private static boolean checkUrl(Path file, String value, ProblemSink problems) {
        try {
            java.net.URI uri = new java.net.URI(value);
            if (uri.isAbsolute() && uri.getHost() != null && uri.getScheme().matches("https?")) {
                return true;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.accept(Problem.warning(file.toString(), 0, "sources.json: 'url' is not an absolute http(s) URL: '"
                + value + "'; ignored"));
        return false;
    }

    private static boolean checkRetrieved(Path file, String value, ProblemSink problems) {
        try {
            if (value.length() == 10) {
                LocalDate.parse(value);
            } else {
                OffsetDateTime.parse(value);
            }
            return true;
        } catch (DateTimeParseException e) {
            problems.accept(Problem.warning(file.toString(), 0, "sources.json: 'retrieved' is not an ISO date "
                    + "or date-time with offset: '" + value + "'; ignored"));
            return false;
        }
    }

    private Map<String, SourceEntry> sourcesFor(Path folder, ProblemSink problems) {
        Path file = folder.resolve(SOURCES_FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            List<SourceEntry> entries = Json.MAPPER.readValue(file.toFile(), new TypeReference<>() {
            });
            Map<String, SourceEntry> byFile = new HashMap<>();
            for (SourceEntry entry : entries) {
                if (entry.file() == null) {
                    problems.accept(Problem.warning(file.toString(), 0, "an entry has no 'file'; ignored"));
                } else {
                    byFile.put(entry.file(), entry);
                }
            }
            return byFile;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.accept(Problem.error(file.toString(), line, "cannot read: " + e.getOriginalMessage()
                    + " (expected [{\"file\": ..., \"url\": ..., \"retrieved\": ...}]); pages here get no source URL"));
            return Map.of();
        } catch (IOException e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
            return Map.of();
        }
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
