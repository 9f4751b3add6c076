package no.policylod.serve.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.format.FileTypes;

/**
 * The one way the server sends files: a folder on disk or a folder on the classpath, under a path prefix. Strong
 * ETags from the content (SHA-256, computed once per file version), {@code Last-Modified}, {@code Cache-Control},
 * byte ranges with {@code If-Range} ({@link Reply}), the media type of every file policy-lod writes ({@link FileTypes}), and, where asked
 * for, an index of each folder in HTML and JSON ({@link FolderIndex}) instead of a refusal.
 *
 * <pre>
 * FileServlet.folder(Path.of("dumps")).withIndex(index).cache(Reply.CACHE_CONTROL);   // /dumps/*
 * FileServlet.classpath("policylod/static").cache("public, max-age=3600");              // /static/*
 * </pre>
 *
 * <p>Only plain names are served: no {@code ..}, no hidden entries (a release being written is a hidden folder), no
 * partial files ({@code *.tmp}, {@code *.part}, {@code *.partial}, {@code *~}: a file being written), no symbolic
 * links out of the folder; what is not served is not listed either. A folder asked for without its trailing slash is redirected to it.
 */
public final class FileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._~-]*");
    /** Names of files still being written. */
    private static final Pattern PARTIAL = Pattern.compile("(?i).*(\\.tmp|\\.part|\\.partial|~)");

    private final transient Source source;
    private final transient FolderIndex index;
    private final String cacheControl;

    private FileServlet(Source source, FolderIndex index, String cacheControl) {
        this.source = source;
        this.index = index;
        this.cacheControl = cacheControl;
    }

    /** The files of a folder on disk, read on each request (a new file is served as soon as it is written). */
    public static FileServlet folder(Path folder) {
        return new FileServlet(new Disk(folder.toAbsolutePath().normalize()), null, Reply.CACHE_CONTROL);
    }

    /** One file on disk at a fixed URL (the servlet's exact path), read on each request. */
    public static FileServlet file(Path file) {
        Disk folder = new Disk(file.toAbsolutePath().normalize().getParent());
        String name = file.getFileName().toString();
        Source one = new Source() {
            @Override
            public Optional<Entry> find(List<String> segments) throws IOException {
                return segments.isEmpty() ? folder.find(List.of(name)) : Optional.empty();
            }

            @Override
            public List<Listed> list(List<String> segments) {
                return List.of();
            }
        };
        return new FileServlet(one, null, Reply.CACHE_CONTROL);
    }

    /** The files under a classpath folder, read once and kept. */
    public static FileServlet classpath(String folder) {
        return new FileServlet(new Classpath(folder.endsWith("/") ? folder : folder + "/"), null, "public, max-age=3600");
    }


    /** The same files, with folders answered by an index. */
    public FileServlet withIndex(FolderIndex folderIndex) {
        return new FileServlet(source, folderIndex, cacheControl);
    }

    /** The same files with another {@code Cache-Control}. */
    public FileServlet cache(String value) {
        return new FileServlet(source, index, value);
    }


    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        reply(request).send(request, response);
    }

    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        reply(request).send(request, response, false);
    }

    private Reply reply(HttpServletRequest request) throws IOException {
        String raw = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = raw.isEmpty() ? "/" : raw;
        List<String> segments = segments(path);
        if (segments == null) {
            return Reply.error(404, "No such file: " + path);
        }
        Optional<Entry> entry = source.find(segments);
        if (entry.isEmpty()) {
            return Reply.error(404, "No such file: " + path);
        }
        if (entry.get().folder()) {
            if (!raw.endsWith("/")) {
                String here = request.getRequestURI();
                return Reply.redirect(301, here + "/");
            }
            if (index == null) {
                return Reply.error(404, "No listing here: " + path);
            }
            return index.reply(request, path, source.list(segments));
        }
        String name = !segments.isEmpty() ? segments.get(segments.size() - 1)
                : request.getServletPath().contains(".") ? request.getServletPath() : "index.html";
        return entry.get().reply(FileTypes.contentTypeOf(name))
                .withHeader("Cache-Control", cacheControl)
                .header("X-Content-Type-Options", "nosniff");
    }

    /** The path's segments, or null when one is not a plain name. The root is no segments. */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            if (!servable(s)) {
                return null;
            }
            segments.add(s);
        }
        return segments;
    }

    /** Whether a file or folder of this name may be served: a plain name, not hidden, not a partial file. */
    private static boolean servable(String name) {
        return SEGMENT.matcher(name).matches() && !name.contains("..") && !PARTIAL.matcher(name).matches();
    }

    /** How a folder is listed: the reply for a request, given what the folder holds (plain names only). */
    @FunctionalInterface
    public interface FolderIndex {
        Reply reply(HttpServletRequest request, String path, List<Listed> entries) throws IOException;
    }

    /** One file or folder of a listing. */
    public record Listed(String name, boolean folder, long size, Instant modified) {
    }

    /** A file found, or a folder. */
    private interface Entry {
        boolean folder();

        Reply reply(String contentType) throws IOException;
    }

    private interface Source {
        Optional<Entry> find(List<String> segments) throws IOException;

        List<Listed> list(List<String> segments) throws IOException;
    }

    /** Files on disk; the ETag of each version (size and modification time) is computed once. */
    private record Disk(Path root) implements Source {

        private static final Map<String, String> ETAGS = new ConcurrentHashMap<>();

        @Override
        public Optional<Entry> find(List<String> segments) throws IOException {
            Path file = resolve(segments);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (a.isDirectory()) {
                return Optional.of(new Entry() {
                    public boolean folder() {
                        return true;
                    }

                    public Reply reply(String contentType) {
                        throw new IllegalStateException("a folder has no content");
                    }
                });
            }
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            Instant modified = a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS);
            String key = file + "|" + a.size() + "|" + a.lastModifiedTime().toMillis();
            String etag = ETAGS.get(key);
            if (etag == null) {
                etag = Reply.etagOf(file);
                ETAGS.put(key, etag);
            }
            String tag = etag;
            return Optional.of(new Entry() {
                public boolean folder() {
                    return false;
                }

                public Reply reply(String contentType) {
                    return Reply.file(contentType, file, tag, modified);
                }
            });
        }

        @Override
        public List<Listed> list(List<String> segments) throws IOException {
            Path folder = resolve(segments);
            List<Listed> listed = new ArrayList<>();
            try (Stream<Path> children = Files.list(folder)) {
                for (Path child : children.sorted().toList()) {
                    String name = child.getFileName().toString();
                    if (!servable(name)) {
                        continue;
                    }
                    BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (a.isDirectory() || a.isRegularFile()) {
                        listed.add(new Listed(name, a.isDirectory(), a.isDirectory() ? 0 : a.size(),
                                a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.SECONDS)));
                    }
                }
            }
            return listed;
        }

        private Path resolve(List<String> segments) {
            Path p = root;
            for (String s : segments) {
                p = p.resolve(s);
            }
            if (!p.normalize().startsWith(root)) {
                throw new IllegalArgumentException("outside the folder: " + segments);
            }
            return p;
        }
    }

    /** Files in the application's jar, read once; they change only with a new version of the application. */
    private static final class Classpath implements Source {
        private static final Instant STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        private final String prefix;
        private final Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

        Classpath(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Optional<Entry> find(List<String> segments) {
            if (segments.isEmpty()) {
                return find(List.of("index.html"));
            }
            String name = String.join("/", segments);
            Optional<byte[]> bytes = files.computeIfAbsent(name, this::read);
            return bytes.map(b -> new Entry() {
                public boolean folder() {
                    return false;
                }

                public Reply reply(String contentType) {
                    return Reply.ok(contentType, b, STARTED);
                }
            });
        }

        @Override
        public List<Listed> list(List<String> segments) {
            return List.of();
        }

        private Optional<byte[]> read(String name) {
            URL url = FileServlet.class.getClassLoader().getResource(prefix + name);
            if (url == null || url.toString().endsWith("/")) {
                return Optional.empty();
            }
            try (InputStream in = url.openStream()) {
                return Optional.of(in.readAllBytes());
            } catch (IOException e) {
                // a folder inside a jar opens as an empty or unreadable stream: not a file
                return Optional.empty();
            } catch (UncheckedIOException e) {
                return Optional.empty();
            }
        }
    }
}
