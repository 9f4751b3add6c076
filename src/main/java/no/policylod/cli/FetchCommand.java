package no.policylod.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.policylod.config.Settings;
import no.policylod.source.Problem;
import no.policylod.source.ProblemSink;
import no.policylod.source.fetch.HttpFetcher;
import no.policylod.source.fetch.SiteFetch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code policy-lod fetch URL... --out DIR}: snapshots pages into a folder with its {@code sources.json}, politely
 * (robots.txt, a rate per host, conditional GET), ready for {@code convert}.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Fetch pages (listed, or from a sitemap or listing page) into a folder with sources.json.")
final class FetchCommand extends PipelineCommand {

    @Parameters(arity = "0..*", paramLabel = "URL", description = "Pages to fetch.")
    List<String> urls = new ArrayList<>();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder of the snapshots.")
    Path outDir;

    @Option(names = "--list", paramLabel = "FILE", description = "A file of URLs, one a line ('#' starts a comment).")
    Path list;

    @Option(names = "--sitemap", paramLabel = "URL",
            description = "A sitemap.xml (its <loc> entries) or a listing page (its links on the same host); repeatable.")
    List<String> sitemaps = new ArrayList<>();

    @Option(names = "--depth", paramLabel = "N", defaultValue = "1",
            description = "How many links away from a --sitemap to go (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "10000",
            description = "Most pages one --sitemap leads to (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--max-age", paramLabel = "AGE",
            description = "Do not ask again for a page fetched within this age (30m, 12h, 7d or ISO PT1H); "
                    + "default: ask every time, conditionally.")
    String maxAge;

    @Option(names = "--contact", paramLabel = "URL",
            description = "How site owners reach you, sent in the User-Agent (default: fetch.contact of the config).")
    String contact;

    @Override
    public Integer call() {
        if (urls.isEmpty() && list == null && sitemaps.isEmpty()) {
            throw new Main.UsageException("fetch: give URLs, --list FILE or --sitemap URL");
        }
        if (depth < 0 || maxPages < 1) {
            throw new Main.UsageException("fetch: --depth must be 0 or more and --max-pages 1 or more");
        }
        Settings settings = withContact(settings(), contact);
        boolean failed = fetch(settings, outDir, urls, list, sitemaps, depth, maxPages, age(maxAge), out(), err());
        return failed ? Main.DATA_PROBLEMS : Main.OK;
    }

    /**
     * Fetches the URLs (given, and from the list file) and what the sitemaps lead to into the folder, printing each
     * problem on {@code err} and a summary on {@code out}; whether any URL failed.
     */
    static boolean fetch(Settings settings, Path dir, List<String> urls, Path list, List<String> sitemaps, int depth,
                         int maxPages, Optional<Duration> maxAge, PrintWriter out, PrintWriter err) {
        int[] errors = {0};
        ProblemSink problems = p -> {
            errors[0] += p.isError() ? 1 : 0;
            err.println(p);
        };
        List<URI> pages = parse(urls, problems);
        if (list != null) {
            pages.addAll(readList(list, problems));
        }
        List<URI> starts = parse(sitemaps, problems);
        HttpFetcher http = new HttpFetcher(settings.fetch(), userAgent(settings));
        Bar bar = new Bar(err);
        Map<SiteFetch.Outcome, Integer> c;
        try (FolderLock lock = FolderLock.take(dir);
             SiteFetch run = new SiteFetch(dir, http, maxAge, Clock.systemUTC(), problems, bar::step)) {
            run.resuming().ifPresent(err::println);
            run.fetch(pages);
            for (URI start : starts) {
                run.crawl(start, depth, maxPages);
            }
            run.finish();
            c = run.counts();
        } catch (SiteFetch.Unusable | FolderLock.Taken e) {
            err.println("policy-lod: " + e.getMessage());
            return true;
        }
        bar.done();
        out.printf("fetched into %s: %d new, %d changed, %d unchanged, %d fresh (not asked), %s%d skipped, %d failed%n",
                dir, n(c, SiteFetch.Outcome.NEW), n(c, SiteFetch.Outcome.CHANGED), n(c, SiteFetch.Outcome.UNCHANGED),
                n(c, SiteFetch.Outcome.FRESH), n(c, SiteFetch.Outcome.RESUMED) == 0 ? ""
                        : n(c, SiteFetch.Outcome.RESUMED) + " done before the stop, ",
                n(c, SiteFetch.Outcome.SKIPPED), n(c, SiteFetch.Outcome.FAILED));
        out.flush();
        return errors[0] > 0;
    }

    /** {@code policy-lod/VERSION (+CONTACT)}. */
    static String userAgent(Settings settings) {
        return HttpFetcher.AGENT + "/" + Main.Version.number() + " (+"
                + settings.fetch().contact() + ")";
    }

    static Settings withContact(Settings settings, String contact) {
        if (contact == null) {
            return settings;
        }
        try {
            return settings.withFetch(settings.fetch().withContact(contact));
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("--contact: " + e.getMessage());
        }
    }

    /** A maximum age: {@code 30m}, {@code 12h}, {@code 7d}, {@code 90s}, or an ISO-8601 duration. */
    static Optional<Duration> age(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        try {
            if (v.matches("\\d{1,9}[smhd]")) {
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                return Optional.of(switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
            }
            return Optional.of(Duration.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new Main.UsageException("--max-age " + value + ": give 30m, 12h, 7d, 90s or an ISO duration (PT1H)");
        }
    }

    private static List<URI> parse(List<String> values, ProblemSink problems) {
        List<URI> uris = new ArrayList<>();
        for (String v : values) {
            url(v).ifPresentOrElse(uris::add, () -> problems.accept(Problem.error(v, 0,
                    "not an absolute http or https URL")));
        }
        return uris;
    }

    /** The URLs of a list file, one a line; blank lines and lines starting with '#' are skipped. */
    private static List<URI> readList(Path file, ProblemSink problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new Main.UsageException("--list " + file + ": cannot read: " + Problem.reason(e));
        }
        List<URI> uris = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            url(line).ifPresentOrElse(uris::add, () -> problems.accept(Problem.error(file.toString(), number,
                    "not an absolute http or https URL: '" + (line.length() > 100 ? line.substring(0, 100) + "…"
                    : line) + "'")));
        }
        return uris;
    }

    private static Optional<URI> url(String value) {
        return no.policylod.source.SourceEntry.webUrl(value);
    }

    private static int n(Map<SiteFetch.Outcome, Integer> counts, SiteFetch.Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** A lock on the folder ({@code .fetch.lock} in it), so that two fetches never write one sources.json at once. */
    private record FolderLock(java.nio.channels.FileChannel channel) implements AutoCloseable {

        static FolderLock take(Path dir) {
            try {
                Files.createDirectories(dir);
                var channel = java.nio.channels.FileChannel.open(dir.resolve(".fetch.lock"),
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                if (channel.tryLock() == null) {
                    channel.close();
                    throw new Taken(dir + ": another fetch is writing into this folder; wait for it to end");
                }
                return new FolderLock(channel);
            } catch (IOException e) {
                throw new Taken(dir + ": cannot write here: " + Problem.reason(e));
            }
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // closing releases the lock; the process's end would release it too
            }
        }

        /** The folder is locked by another run, or cannot be written. */
        static final class Taken extends RuntimeException {
            Taken(String message) {
                super(message, null, false, false);
            }
        }
    }

    /** The progress bar, drawn anew when the number of URLs known grows (a crawl finds more as it goes). */
    private static final class Bar {
        private final PrintWriter err;
        private Progress progress;
        private int total;

        Bar(PrintWriter err) {
            this.err = err;
        }

        void step(int done, int known) {
            if (known != total) {
                total = known;
                progress = new Progress(err, "fetch", known);
            }
            progress.step(done);
        }

        void done() {
            if (progress != null) {
                progress.done();
            }
        }
    }
}
