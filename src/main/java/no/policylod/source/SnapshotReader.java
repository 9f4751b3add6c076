package no.policylod.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.policylod.config.Settings;

/**
 * Finds page snapshots in files and folders and reads them, with their {@code sources.json} entries.
 *
 * <pre>
 * ProblemSink.Collecting problems = ProblemSink.collecting();
 * List&lt;PageSnapshot&gt; pages = new SnapshotReader().read(List.of(Path.of("data")), problems);
 * </pre>
 *
 * A file that cannot be read as a page (missing, unreadable, larger than {@code maxPageBytes}, empty, binary) is
 * reported with one line and skipped; the others are still read. Text is decoded as {@link TextDecoding} says. Folders are walked recursively; each folder's own {@code sources.json} describes the pages in it.
 */
public final class SnapshotReader {

    /** The file name that maps page files to their source URLs. */
    public static final String SOURCES_FILE = "sources.json";

    private final long maxPageBytes;

    /** A reader of pages up to {@link Settings#DEFAULT_MAX_PAGE_BYTES} bytes. */
    public SnapshotReader() {
        this(Settings.DEFAULT_MAX_PAGE_BYTES);
    }

    /** A reader that refuses, with one line each, page files larger than {@code maxPageBytes}. */
    public SnapshotReader(long maxPageBytes) {
        if (maxPageBytes < 1) {
            throw new IllegalArgumentException("maxPageBytes must be at least 1, not " + maxPageBytes);
        }
        this.maxPageBytes = maxPageBytes;
    }

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
                listFolder(input, found);
            } else if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                found.add(new Found(input, null, Problem.error(input.toString(), 0, "no such file or folder")));
            } else if (!Files.isRegularFile(input)) {
                found.add(new Found(input, null, Problem.error(input.toString(), 0, Files.exists(input)
                        ? "not a regular file (a pipe, device or socket): not read"
                        : "a symbolic link to nothing: not read")));
            } else {
                found.add(isPageFile(input) ? new Found(input, input.getFileName().toString(), null)
                        : new Found(input, null, Problem.error(input.toString(), 0,
                                "not a page snapshot: expected a .txt or .html file, or a folder of them")));
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

    /**
     * The page files under {@code root}, in the order of their names, with a problem for each thing in it that
     * cannot be listed or is not followed: an unreadable folder, a symbolic link (never followed, so nothing outside
     * the folder is read and a link loop cannot hang the walk), a pipe or device with a page's name.
     */
    private void listFolder(Path root, List<Found> out) {
        Map<String, Found> byName = new java.util.TreeMap<>();
        Path start;
        try {
            start = root.toRealPath();
        } catch (IOException e) {
            out.add(new Found(root, null, Problem.error(root.toString(), 0, "cannot list folder: " + e)));
            return;
        }
        try {
            Files.walkFileTree(start, new FolderWalk(root, start, byName));
        } catch (IOException | RuntimeException e) {
            byName.put("", new Found(root, null, Problem.error(root.toString(), 0,
                    "cannot list folder: " + Problem.reason(e))));
        }
        if (byName.values().stream().noneMatch(f -> f.problem() == null)) {
            out.add(new Found(root, null, Problem.warning(root.toString(), 0, "folder holds no .txt or .html page")));
        }
        out.addAll(byName.values());
    }

    /** Collects the page files of one input folder, and what is wrong with the rest, by name relative to it. */
    private static final class FolderWalk extends java.nio.file.SimpleFileVisitor<Path> {
        private final Path root;
        private final Path start;
        private final Map<String, Found> byName;

        FolderWalk(Path root, Path start, Map<String, Found> byName) {
            this.root = root;
            this.start = start;
            this.byName = byName;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = name(file);
            Path shown = root.resolve(start.relativize(file));
            if (attrs.isSymbolicLink() && (isPageFile(file) || Files.isDirectory(file))) {
                byName.put(name, new Found(shown, null, Problem.warning(shown.toString(), 0,
                        "a symbolic link: not followed (only files inside the input folder are read)")));
            } else if (attrs.isOther() && isPageFile(file)) {
                byName.put(name, new Found(shown, null, Problem.error(shown.toString(), 0,
                        "not a regular file (a pipe, device or socket): not read")));
            } else if (attrs.isRegularFile() && isPageFile(file)) {
                byName.put(name, new Found(shown, name, null));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            Path shown = root.resolve(start.relativize(file));
            byName.put(name(file), new Found(shown, null, Problem.error(shown.toString(), 0,
                    "cannot read folder: " + Problem.reason(e) + "; its pages are left out")));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            return e == null ? FileVisitResult.CONTINUE : visitFileFailed(dir, e);
        }

        private String name(Path file) {
            return start.relativize(file).toString().replace('\\', '/');
        }
    }

    private static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    /** The page, or empty when it cannot be read as one (reported); nothing it throws escapes. */
    private Optional<PageSnapshot> readPage(Path file, String name, Map<String, SourceEntry> sources,
                                            ProblemSink problems) {
        try {
            return readBytes(file, problems).flatMap(bytes -> snapshot(file, name, bytes, sources, problems));
        } catch (Throwable e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + Problem.reason(e)));
            return Optional.empty();
        }
    }

    /** The file's bytes, or empty (reported) when it cannot be read or is larger than a page may be. */
    private Optional<byte[]> readBytes(Path file, ProblemSink problems) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
            if (bytes.length > maxPageBytes) {
                problems.accept(Problem.error(file.toString(), 0, "larger than a page may be ("
                        + Files.size(file) + " bytes; the setting maxPageBytes allows " + maxPageBytes + "): not read"));
                return Optional.empty();
            }
            return Optional.of(bytes);
        } catch (IOException e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + Problem.reason(e)));
            return Optional.empty();
        }
    }

    private Optional<PageSnapshot> snapshot(Path file, String name, byte[] bytes, Map<String, SourceEntry> sources,
                                            ProblemSink problems) {
        Optional<String> text = TextDecoding.decode(file.toString(), bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        SourceEntry entry = sources.get(file.getFileName().toString());
        Optional<String> url = Optional.ofNullable(entry).map(SourceEntry::url).filter(u -> !u.isBlank());
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
        return SourcesFile.read(folder.resolve(SOURCES_FILE), problems);
    }
}
