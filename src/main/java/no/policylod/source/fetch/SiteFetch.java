package no.policylod.source.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import no.policylod.dump.AtomicFiles;
import no.policylod.source.Problem;
import no.policylod.source.ProblemSink;
import no.policylod.source.SourceEntry;
import no.policylod.source.SourcesFile;

/**
 * Fetches pages into a folder that {@code convert} reads: one file per URL (named by {@link SnapshotNames}) and the
 * folder's {@code sources.json}, both written atomically (each page as it arrives, {@code sources.json} after each
 * page of a small folder and after each {@link #batch() batch} of a large one), so a run stopped at any point leaves
 * a folder that is whole and that a second run takes up: the URLs the stopped run had done, noted in its
 * {@link RunJournal}, are not asked for again, until a run comes to its end.
 *
 * <pre>
 * SiteFetch run = new SiteFetch(Path.of("pages"), http, Optional.empty(), Clock.systemUTC(), problems, listener);
 * run.fetch(List.of(URI.create("https://www.regjeringen.no/en/id4/")));
 * run.crawl(URI.create("https://www.regjeringen.no/sitemap.xml"), 1, 10_000);
 * </pre>
 *
 * A page already in the folder is asked for with {@code If-None-Match} and {@code If-Modified-Since}; a 304, or a
 * body the same as the file's, writes nothing new. With a maximum age, a page fetched within it is not asked for at
 * all. Each URL that cannot be had is one error naming it; discovered links that robots.txt disallows or that are no
 * pages are warnings. A folder whose {@code sources.json} has any problem is refused ({@link Unusable}) rather than
 * rewritten without the entries it could not read.
 */
public final class SiteFetch implements AutoCloseable {

    /** The name of the file of sources in the folder. */
    public static final String SOURCES = "sources.json";

    /** What became of one URL. */
    public enum Outcome { NEW, CHANGED, UNCHANGED, FRESH, RESUMED, SKIPPED, FAILED }

    /** Told after each URL: how many are done, of how many known so far. */
    public interface Listener {
        void done(int done, int known);
    }

    private static final Set<Outcome> DONE = Set.of(Outcome.NEW, Outcome.CHANGED, Outcome.UNCHANGED,
            Outcome.FRESH);

    private static final int MAX_BATCH = 500;
    private static final long SAVE_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final Path folder;
    private final HttpFetcher http;
    private final Optional<Duration> maxAge;
    private final Clock clock;
    private final ProblemSink problems;
    private final Listener listener;
    private final Map<String, SourceEntry> entries;
    private final RunJournal journal;
    private final List<URI> unsaved = new ArrayList<>();
    private boolean entriesChanged;
    private long lastSave = System.nanoTime();
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    /** What one GET gave: a stored page (with its text for links), a sitemap, or nothing. */
    private record Got(Outcome outcome, URI url, String html, List<Links.Loc> sitemap) {
        static Got none(Outcome outcome) {
            return new Got(outcome, null, null, null);
        }
    }

    public SiteFetch(Path folder, HttpFetcher http, Optional<Duration> maxAge, Clock clock, ProblemSink problems,
                     Listener listener) {
        this.folder = folder;
        this.http = http;
        this.maxAge = maxAge;
        this.clock = clock;
        this.problems = problems;
        this.listener = listener;
        ProblemSink.Collecting found = ProblemSink.collecting();
        this.entries = new LinkedHashMap<>(SourcesFile.read(folder.resolve(SOURCES), found));
        found.all().forEach(problems);
        if (!found.all().isEmpty()) {
            throw new Unusable(folder.resolve(SOURCES) + ": has the problems above, and fetching rewrites it; fix them "
                    + "(or fetch into another folder) first");
        }
        this.journal = RunJournal.open(folder, clock.instant());
    }

    /**
     * When this run goes on with one that was stopped: a line saying so (its pages are not asked for again).
     */
    public Optional<String> resuming() {
        return journal.resumes() == null ? Optional.empty() : Optional.of("going on with the fetch into " + folder
                + " that was stopped (started " + journal.resumes() + "): the " + journal.doneBefore()
                + " pages it had are not asked for again");
    }

    /** The run came to its end (each URL fetched or failed): the next run into the folder asks for every page. */
    public void finish() {
        close();
        journal.finish();
    }

    /** Writes {@code sources.json} and the journal for the pages stored since they were last written. */
    @Override
    public void close() {
        if (entriesChanged) {
            SourcesFile.write(folder.resolve(SOURCES), entries.values());
            entriesChanged = false;
        }
        unsaved.forEach(journal::done);
        unsaved.clear();
        lastSave = System.nanoTime();
    }

    /** A folder whose {@code sources.json} cannot be read whole: fetching into it would lose entries. */
    public static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    /** Fetches each URL in turn. */
    public void fetch(List<URI> urls) {
        int done = 0;
        for (URI url : urls) {
            count(get(url, false, false).outcome());
            listener.done(++done, urls.size());
        }
    }

    /**
     * Fetches a sitemap ({@code <loc>} entries; a sitemap index's sitemaps are read in turn) or a listing page (its
     * links on the same host, the listing stored too), and the pages they lead to, up to {@code depth} links away
     * and at most {@code maxPages} pages.
     */
    public void crawl(URI start, int depth, int maxPages) {
        record Todo(URI url, int depth) {
        }
        Deque<Todo> queue = new ArrayDeque<>(List.of(new Todo(HttpFetcher.withoutFragment(start), 0)));
        Set<URI> seen = new HashSet<>(Set.of(queue.peek().url()));
        int pages = 0;
        int done = 0;
        while (!queue.isEmpty()) {
            Todo todo = queue.poll();
            if (pages >= maxPages) {
                problems.accept(Problem.warning(start.toString(), 0, "stopped after " + maxPages
                        + " pages (--max-pages); " + (queue.size() + 1) + " more not fetched"));
                break;
            }
            Got got = get(todo.url(), true, todo.depth() > 0);
            listener.done(++done, done + queue.size());
            if (got.sitemap() != null) {
                for (Links.Loc loc : got.sitemap()) {
                    int d = loc.isSitemap() ? todo.depth() : todo.depth() + 1;
                    if (d <= depth && seen.add(loc.url())) {
                        queue.add(new Todo(loc.url(), d));
                    }
                }
                continue;
            }
            count(got.outcome());
            pages += got.outcome() == Outcome.SKIPPED ? 0 : 1;
            if (got.html() != null && todo.depth() < depth) {
                for (URI link : Links.onSameHost(got.html(), got.url(), start)) {
                    if (seen.add(link)) {
                        queue.add(new Todo(link, todo.depth() + 1));
                    }
                }
            }
        }
    }

    /** How many URLs had each outcome. */
    public Map<Outcome, Integer> counts() {
        return Map.copyOf(counts);
    }

    /** Whether any URL failed. */
    public boolean anyFailed() {
        return counts.getOrDefault(Outcome.FAILED, 0) > 0;
    }

    private void count(Outcome outcome) {
        counts.merge(outcome, 1, Integer::sum);
    }

    /** One URL, noted in the journal once its page is stored (or known unchanged). */
    private Got get(URI requested, boolean sitemapAllowed, boolean discovered) {
        URI url = HttpFetcher.withoutFragment(requested);
        Got got = get(url, SnapshotNames.stem(url), sitemapAllowed, discovered);
        if (got.sitemap() == null && DONE.contains(got.outcome())) {
            unsaved.add(url);
            if (unsaved.size() >= batch() || System.nanoTime() - lastSave > SAVE_NANOS) {
                close();
            }
        }
        return got;
    }

    private Got get(URI url, String stem, boolean sitemapAllowed, boolean discovered) {
        Optional<SourceEntry> old = Optional.ofNullable(entries.get(stem + ".html"))
                .or(() -> Optional.ofNullable(entries.get(stem + ".txt")))
                .filter(e -> Files.isRegularFile(folder.resolve(e.file())));
        if (old.isPresent() && journal.isDone(url)) {
            return stored(Outcome.RESUMED, old.get());
        }
        if (old.isPresent() && fresh(old.get())) {
            return stored(Outcome.FRESH, old.get());
        }
        HttpFetcher.Response r;
        try {
            r = http.get(url, old.map(SiteFetch::conditional).orElse(Map.of()));
        } catch (HttpFetcher.Failure e) {
            return refuse(url, e.getMessage(), discovered && e.byRobots());
        }
        if (r.status() == 304 && old.isPresent()) {
            return stored(Outcome.UNCHANGED, old.get());
        }
        if (r.status() < 200 || r.status() >= 300) {
            return refuse(url, "HTTP " + r.status() + (r.url().equals(url) ? "" : " from " + r.url()), false);
        }
        String type = r.header("content-type").orElse(null);
        if (sitemapAllowed && Links.isSitemap(type, r.body(), r.url())) {
            try {
                return new Got(Outcome.UNCHANGED, r.url(), null, Links.sitemap(r.body(), type, r.url(), url));
            } catch (Links.NotASitemap e) {
                return refuse(url, e.getMessage(), discovered);
            }
        }
        Optional<String> ending = ending(type, r.body());
        if (ending.isEmpty()) {
            return refuse(url, "Content-Type '" + Objects.requireNonNullElse(type, "") + "' is not an HTML or text "
                    + "page; not stored", discovered);
        }
        return store(stem + ending.get(), old, r, type);
    }

    private Got store(String name, Optional<SourceEntry> old, HttpFetcher.Response r, String type) {
        PageText text = PageText.decode(r.body(), type);
        if (text.charset().contains("not UTF-8")) {
            problems.accept(Problem.warning(r.url().toString(), 0, "not UTF-8 as its Content-Type says (or "
                    + "implies): read as Windows-1252"));
        }
        byte[] bytes = text.utf8();
        Path file = folder.resolve(name);
        String html = name.endsWith(".html") ? text.text() : null;
        SourceEntry entry = new SourceEntry(name, r.url().toString(), clock.instant().truncatedTo(ChronoUnit.SECONDS)
                .toString(), type, text.charset(), r.header("etag").orElse(null),
                r.header("last-modified").orElse(null));
        if (old.isPresent() && old.get().file().equals(name) && sameBytes(file, bytes)) {
            SourceEntry kept = old.get();
            SourceEntry updated = new SourceEntry(kept.file(), kept.url(), kept.retrieved(), kept.contentType(),
                    kept.charset(), entry.etag(), entry.lastModified());
            if (!updated.equals(kept)) {
                save(updated);
            }
            return new Got(Outcome.UNCHANGED, r.url(), html, null);
        }
        AtomicFiles.write(file, out -> out.write(bytes));
        old.filter(o -> !o.file().equals(name)).ifPresent(o -> {
            entries.remove(o.file());
            delete(folder.resolve(o.file()));
        });
        save(entry);
        return new Got(old.isPresent() ? Outcome.CHANGED : Outcome.NEW, r.url(), html, null);
    }

    private void save(SourceEntry entry) {
        entries.put(entry.file(), entry);
        entriesChanged = true;
    }

    /**
     * How many pages are stored before {@code sources.json} is written again: each one in a small folder, one in a
     * hundred of the entries in a large one (at most {@value #MAX_BATCH}), so that writing it stays a small part of
     * the run. A run killed meanwhile loses only the entries of that batch, whose pages the next run fetches again.
     */
    private int batch() {
        return Math.max(1, Math.min(MAX_BATCH, entries.size() / 100));
    }

    private Got stored(Outcome outcome, SourceEntry entry) {
        Path file = folder.resolve(entry.file());
        URI url = entry.url() == null ? null : URI.create(entry.url());
        try {
            String html = entry.file().endsWith(".html") && url != null ? Files.readString(file) : null;
            return new Got(outcome, url, html, null);
        } catch (IOException e) {
            return new Got(outcome, url, null, null);
        }
    }

    private Got refuse(URI url, String reason, boolean onlyWarn) {
        problems.accept(onlyWarn ? Problem.warning(url.toString(), 0, reason) : Problem.error(url.toString(), 0,
                reason));
        return Got.none(onlyWarn ? Outcome.SKIPPED : Outcome.FAILED);
    }

    private boolean fresh(SourceEntry entry) {
        if (maxAge.isEmpty() || entry.retrieved() == null) {
            return false;
        }
        Optional<Instant> at = instant(entry.retrieved());
        return at.isPresent() && !at.get().plus(maxAge.get()).isBefore(clock.instant());
    }

    private static Optional<Instant> instant(String value) {
        try {
            return Optional.of(value.length() == 10 ? LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> conditional(SourceEntry entry) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (entry.etag() != null) {
            headers.put("If-None-Match", entry.etag());
        }
        if (entry.lastModified() != null) {
            headers.put("If-Modified-Since", entry.lastModified());
        }
        return headers;
    }

    /** {@code .html} for HTML, {@code .txt} for plain text; a body without a type is HTML when it looks so. */
    private static Optional<String> ending(String type, byte[] body) {
        String media = PageText.mediaType(type);
        if (PageText.isHtml(type)) {
            return Optional.of(".html");
        }
        if (media.equals("text/plain")) {
            return Optional.of(".txt");
        }
        if (media.isEmpty()) {
            String head = new String(body, 0, Math.min(body.length, 1024), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .stripLeading().toLowerCase(java.util.Locale.ROOT);
            return head.startsWith("<!doctype html") || head.startsWith("<html") ? Optional.of(".html")
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean sameBytes(Path file, byte[] bytes) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
