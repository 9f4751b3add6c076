package no.policylod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import no.policylod.source.Problem;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzz test of reading and converting pages: real pages (text and HTML) with bytes flipped, cut
 * short, spliced with another, given a huge line or deep nesting. Every input must be read and converted or refused
 * with a line ({@link Problem.Refused}, a problem of the reader), never fail otherwise; each within a bound; and
 * what it gives must be RDF that parses. Inputs that once failed are kept in {@code fuzz/regressions/}.
 */
class InputFuzzTest {

    private static final long SEED = 20261204L;
    private static final int ROUNDS = 120;
    /** Far above what any page takes (well under a second); a page past it is a page that takes minutes. */
    private static final long BOUND_MILLIS = 15_000;
    private static final Converter CONVERTER = new Converter(new UriPolicy("https://w3id.org/policy-lod"));

    @TempDir
    Path dir;

    @Test
    void mutatedPagesAreConvertedOrRefusedWithALine() throws IOException {
        List<Path> seeds = seeds();
        Random random = new Random(SEED);
        for (int round = 0; round < ROUNDS; round++) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            byte[] other = Files.readAllBytes(seeds.get(random.nextInt(seeds.size())));
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            byte[] bytes = mutation.apply(Files.readAllBytes(seed), other, random);
            String name = "r" + round + "-" + mutation.name().toLowerCase() + "-" + seed.getFileName();
            check(Files.write(dir.resolve(name), bytes), "round " + round + " " + mutation + " of " + seed);
        }
    }

    @Test
    void regressionsAreConvertedOrRefusedWithALine() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fuzz/regressions"))) {
            for (Path file : files.sorted().toList()) {
                check(file, "regression " + file.getFileName());
            }
        }
    }

    @Test
    void mutatedSourcesFilesAreReadOrRefusedEntryByEntry() throws IOException {
        byte[] real = Files.readAllBytes(Path.of("src/test/resources/corpus/pages/sources.json"));
        byte[] other = Files.readAllBytes(Path.of("src/test/resources/pages/topic-with-url/sources.json"));
        Random random = new Random(SEED + 1);
        for (int round = 0; round < ROUNDS; round++) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            Path file = Files.write(dir.resolve("sources-" + round + ".json"), mutation.apply(real, other, random));
            ProblemSink.Collecting problems = ProblemSink.collecting();
            long start = System.nanoTime();
            try {
                var entries = no.policylod.source.SourcesFile.read(file, problems);
                assertTrue(entries != null, "round " + round + " " + mutation);
            } catch (RuntimeException | StackOverflowError e) {
                fail("round " + round + " " + mutation + " of sources.json: " + e, e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < BOUND_MILLIS, "round " + round + " took " + millis + " ms");
            problems.all().forEach(p -> assertTrue(p.toString().contains(file.getFileName().toString())
                    && !p.toString().contains("\n"), "one line naming the file: " + p));
        }
    }

    @Test
    void mutatedAmountPhrasesGiveAmountsOrNothingInTime() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("src/test/resources/corpus/pages"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(page, StandardCharsets.UTF_8).split("\n")) {
                    if (line.length() < 2_000 && line.matches(".*\\d.*(NOK|kroner|krone|mill|mrd|milliard).*")) {
                        lines.add(line);
                    }
                }
            }
        }
        assertTrue(lines.size() > 50, "amount lines among the corpus pages: " + lines.size());
        String alphabet = "0123456789 ,.-–NOKkronermilliardmrdbilliontusen½%";
        Random random = new Random(SEED + 2);
        for (int round = 0; round < ROUNDS * 10; round++) {
            StringBuilder line = new StringBuilder(lines.get(random.nextInt(lines.size())));
            for (int i = 1 + random.nextInt(12); i > 0 && line.length() > 0; i--) {
                int at = random.nextInt(line.length());
                switch (random.nextInt(3)) {
                    case 0 -> line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> line.insert(at, alphabet.substring(random.nextInt(alphabet.length())));
                    default -> line.deleteCharAt(at);
                }
            }
            for (no.policylod.convert.model.Lang lang : no.policylod.convert.model.Lang.values()) {
                long start = System.nanoTime();
                try {
                    no.policylod.convert.extract.Money.find(line.toString(), lang).forEach(a ->
                            assertTrue(a != null, "an amount"));
                } catch (RuntimeException | StackOverflowError e) {
                    fail("round " + round + " (" + lang + "): " + line + ": " + e, e);
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertTrue(millis < BOUND_MILLIS, "round " + round + " took " + millis + " ms: " + line);
            }
        }
    }

    private static List<Path> seeds() throws IOException {
        List<Path> seeds = new ArrayList<>();
        for (String folder : List.of("src/test/resources/fuzz/pages", "src/test/resources/html")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                files.filter(f -> !f.getFileName().toString().equals("README.md")).sorted().forEach(seeds::add);
            }
        }
        return seeds;
    }

    /** Reads and converts one file; it converts or is refused with a line, in time, into RDF that parses. */
    private static void check(Path file, String what) {
        ProblemSink.Collecting problems = ProblemSink.collecting();
        long start = System.nanoTime();
        List<PageSnapshot> pages = new SnapshotReader().read(List.of(file), problems);
        for (PageSnapshot page : pages) {
            DatasetGraph quads = DatasetGraphFactory.create();
            try {
                CONVERTER.convert(page, StreamRDFLib.dataset(quads));
            } catch (Problem.Refused refused) {
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                fail(what + " (" + file + "): " + e, e);
            }
            assertParses(quads, what);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < BOUND_MILLIS, what + " took " + millis + " ms");
        assertTrue(!pages.isEmpty() || !problems.all().isEmpty(), what + ": neither read nor refused");
    }

    private static void assertParses(DatasetGraph quads, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, quads, Lang.NQUADS);
        DatasetGraph back = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.NQUADS)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(back);
        assertEquals(quads.stream().count(), back.stream().count(), what + ": N-Quads written do not read back");
    }

    /** Ways to damage a page. */
    private enum Mutation {
        FLIP_BYTES {
            byte[] apply(byte[] page, byte[] other, Random random) {
                byte[] out = page.clone();
                for (int i = 1 + random.nextInt(20); i > 0; i--) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
        },
        TRUNCATE {
            byte[] apply(byte[] page, byte[] other, Random random) {
                return java.util.Arrays.copyOf(page, random.nextInt(page.length));
            }
        },
        SPLICE {
            byte[] apply(byte[] page, byte[] other, Random random) {
                int cut = random.nextInt(page.length);
                int from = random.nextInt(other.length);
                return concat(java.util.Arrays.copyOf(page, cut),
                        java.util.Arrays.copyOfRange(other, from, other.length));
            }
        },
        HUGE_LINE {
            byte[] apply(byte[] page, byte[] other, Random random) {
                String words = "NOK 1,5 milliardar kroner til hav og klima i 2025 ";
                int length = random.nextBoolean() ? 4_000 : 150_000;
                String line = words.repeat(length / words.length());
                return insert(page, random, line.getBytes(StandardCharsets.UTF_8));
            }
        },
        DEEP_NESTING {
            byte[] apply(byte[] page, byte[] other, Random random) {
                String tag = List.of("div", "li", "span", "article", "section", "p", "ul", "table").get(
                        random.nextInt(8));
                int depth = random.nextBoolean() ? 400 : 5_000;
                String nested = ("<" + tag + ">a ").repeat(depth) + ("</" + tag + ">").repeat(depth);
                return insert(page, random, nested.getBytes(StandardCharsets.UTF_8));
            }
        };

        abstract byte[] apply(byte[] page, byte[] other, Random random);

        static byte[] insert(byte[] page, Random random, byte[] inserted) {
            int at = random.nextInt(page.length + 1);
            return concat(concat(java.util.Arrays.copyOf(page, at), inserted),
                    java.util.Arrays.copyOfRange(page, at, page.length));
        }

        static byte[] concat(byte[] a, byte[] b) {
            byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }
}
