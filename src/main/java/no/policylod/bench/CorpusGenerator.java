package no.policylod.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import no.policylod.convert.Converter;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.ReadPage;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.convert.read.TextBlockReader;
import no.policylod.source.PageSnapshot;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;

/**
 * Generates a corpus of realistic regjeringen.no page extracts for benchmarks, deterministically: the same source
 * pages, page count and seed give byte-identical files and {@code sources.json}.
 *
 * <pre>
 * CorpusGenerator generator = CorpusGenerator.fromSources(List.of(Path.of("data")), problems);
 * Summary s = generator.generate(new CorpusGenerator.Request(100_000, 42, Path.of("bench/corpus"), 10_000));
 * </pre>
 *
 * Each new page takes a source page of some kind and language as its template (every text page with an address is
 * one, drawn uniformly) and recombines it with the others ({@link PageMaker}): new title, listed titles and
 * paragraphs from pages of the same kind and language, new figures, dates and document numbers, a new page id.
 * Some pages are written again as later snapshots with a small edit ({@link Edits}). Pages are written as they
 * are made ({@link CorpusWriter}); only the templates, the pools and a hash of each title given stay in memory.
 */
public final class CorpusGenerator {

    /** The most pages one sub-folder holds. */
    public static final int MAX_PER_FOLDER = 10_000;
    /** The share of pages that are seen again later. */
    static final double SEEN_AGAIN = 0.15;
    private static final double THREE_TIMES = 0.4;
    private static final int FIRST_ID = 4_000_000;
    private static final int IDS = 6_000_000;
    private static final LocalDate EARLIEST_VISIT = LocalDate.of(2023, 1, 1);
    private static final int VISIT_DAYS = 1000;

    private final List<Template> templates;
    private final Pools pools;

    private CorpusGenerator(List<Template> templates, Pools pools) {
        this.templates = List.copyOf(templates);
        this.pools = pools;
    }

    /**
     * What to generate.
     *
     * @param pages     how many page files (later snapshots included)
     * @param seed      the seed; the same seed gives the same corpus
     * @param out       an empty or new folder
     * @param perFolder pages a sub-folder holds (1 to {@value #MAX_PER_FOLDER})
     */
    public record Request(int pages, long seed, Path out, int perFolder) {
        public Request {
            if (pages < 1) {
                throw new IllegalArgumentException("--pages must be at least 1, not " + pages);
            }
            if (perFolder < 1 || perFolder > MAX_PER_FOLDER) {
                throw new IllegalArgumentException("pages per folder must be 1 to " + MAX_PER_FOLDER);
            }
        }
    }

    /**
     * Reads the source pages (files or folders with {@code sources.json}, as {@code convert} reads them). Text pages
     * with a source address become templates; every text page gives paragraphs, titles and words. Unreadable files
     * go to the problems.
     */
    public static CorpusGenerator fromSources(List<Path> sources, ProblemSink problems) {
        Converter converter = new Converter(new UriPolicy("https://w3id.org/policy-lod"));
        TextBlockReader reader = new TextBlockReader();
        List<Template> templates = new ArrayList<>();
        Pools.Builder pools = new Pools.Builder();
        Set<String> seen = new HashSet<>();
        for (PageSnapshot page : new SnapshotReader().read(sources, problems)) {
            if (page.format() != PageSnapshot.Format.TEXT || !seen.add(page.sha256())) {
                continue;
            }
            ReadPage read = reader.read(page.text());
            PageContent content = converter.read(page);
            Template t = Template.of(page, read, content);
            pools.add(t);
            if (page.url().isPresent()) {
                templates.add(t);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("no text page with a source address (sources.json 'url') in "
                    + sources + ": nothing to make pages from");
        }
        Pools built = pools.build();
        return new CorpusGenerator(TitleCues.found(templates, converter, built), built);
    }

    /** The source pages new pages are made from. */
    public List<String> templateNames() {
        return templates.stream().map(Template::name).toList();
    }

    /** Writes the corpus; the folder must be new or empty. */
    public Summary generate(Request request) throws IOException {
        long started = System.nanoTime();
        requireEmpty(request.out());
        SplittableRandom rng = new SplittableRandom(request.seed());
        PageIds ids = new PageIds(rng.split());
        PageMaker maker = new PageMaker(pools, new Titles(pools), new DocumentNumbers());
        Edits edits = new Edits(maker);
        Map<DocClass, Integer> kinds = new EnumMap<>(DocClass.class);
        Map<Lang, Integer> languages = new EnumMap<>(Lang.class);
        int later = 0;
        try (CorpusWriter writer = new CorpusWriter(request.out(), request.perFolder())) {
            for (int page = 0; writer.files() < request.pages(); page++) {
                Template t = templates.get(rng.nextInt(templates.size()));
                LocalDate visit = EARLIEST_VISIT.plusDays(rng.nextInt(VISIT_DAYS));
                Draft draft = maker.make(t, ids.id(page), rng, visit);
                int times = rng.nextDouble() >= SEEN_AGAIN ? 1 : rng.nextDouble() < THREE_TIMES ? 3 : 2;
                for (int i = 0; i < times && writer.files() < request.pages(); i++) {
                    if (i > 0) {
                        draft = edits.later(draft, rng);
                        later++;
                    }
                    writer.write(draft.text(), draft.url(), draft.retrieved(), t);
                    kinds.merge(t.kind(), 1, Integer::sum);
                    languages.merge(t.lang(), 1, Integer::sum);
                }
            }
            return new Summary(writer.files(), later, kinds, languages, writer.folders(), writer.bytes(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void requireEmpty(Path out) throws IOException {
        if (Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("--out " + out + " is not empty: give a new or empty folder");
                }
            }
        } else if (Files.exists(out)) {
            throw new IllegalArgumentException("--out " + out + " is a file, not a folder");
        }
        Files.createDirectories(out);
    }

    /**
     * Page ids {@code id4000000}–{@code id9999999}, above the site's ids so far, distinct for six million pages and
     * spread by the seed: {@code first + (a·n + b) mod range}, {@code a} coprime with the range.
     */
    private static final class PageIds {
        private final long a;
        private final long b;

        PageIds(SplittableRandom rng) {
            long candidate = 1_000_003 + 2L * rng.nextInt(1_000_000);
            while (candidate % 3 == 0 || candidate % 5 == 0) {
                candidate += 2;
            }
            a = candidate;
            b = rng.nextInt(IDS);
        }

        int id(int n) {
            return (int) (FIRST_ID + Math.floorMod(a * n + b, (long) IDS));
        }
    }
}
