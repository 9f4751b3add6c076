package no.policylod.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.policylod.source.PageSnapshot;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator over the published pages ({@code data/}): the same seed gives the same bytes, the folders are laid out
 * as {@code SnapshotReader} reads them, and some pages come again as later snapshots.
 */
class CorpusGeneratorTest {

    static final Path SOURCES = Path.of("data");
    /** A page id as the converter reads it: the last of the path. */
    private static final Pattern PAGE_ID = Pattern.compile("(?<![\\p{L}\\d])id(\\d+)(?!\\d)");

    static CorpusGenerator generator;

    @BeforeAll
    static void readSources() {
        ProblemSink.Collecting problems = ProblemSink.collecting();
        generator = CorpusGenerator.fromSources(List.of(SOURCES), problems);
        assertEquals(List.of(), problems.all());
    }

    @Test
    void theSameSeedGivesTheSameBytes(@TempDir Path tmp) throws IOException {
        generator.generate(new CorpusGenerator.Request(400, 11, tmp.resolve("a"), 150));
        generator.generate(new CorpusGenerator.Request(400, 11, tmp.resolve("b"), 150));
        generator.generate(new CorpusGenerator.Request(400, 12, tmp.resolve("c"), 150));
        Map<String, byte[]> a = files(tmp.resolve("a"));
        Map<String, byte[]> b = files(tmp.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        Map<String, byte[]> c = files(tmp.resolve("c"));
        assertFalse(Arrays.equals(a.get("0000/0000000.txt"), c.get("0000/0000000.txt"))
                && Arrays.equals(a.get("0000/sources.json"), c.get("0000/sources.json")), "another seed, another corpus");
    }

    @Test
    void foldersHoldAtMostTheirShareEachWithItsSources(@TempDir Path tmp) throws IOException {
        Summary s = generator.generate(new CorpusGenerator.Request(250, 3, tmp, 100));
        assertEquals(250, s.pages());
        assertEquals(3, s.folders());
        Map<String, Integer> perFolder = new TreeMap<>();
        for (String name : files(tmp).keySet()) {
            if (name.endsWith(".txt")) {
                perFolder.merge(name.substring(0, name.indexOf('/')), 1, Integer::sum);
            }
        }
        assertEquals(Map.of("0000", 100, "0001", 100, "0002", 50), perFolder);
        for (String folder : perFolder.keySet()) {
            Set<String> listed = new HashSet<>();
            sources(tmp.resolve(folder)).forEach(e -> listed.add(e.get("file").asText()));
            try (Stream<Path> pages = Files.list(tmp.resolve(folder))) {
                assertEquals(pages.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .collect(java.util.stream.Collectors.toSet()), listed, folder);
            }
        }
        ProblemSink.Collecting problems = ProblemSink.collecting();
        List<PageSnapshot> read = new SnapshotReader().read(List.of(tmp), problems);
        assertEquals(List.of(), problems.all());
        assertEquals(250, read.size());
        assertTrue(read.stream().allMatch(p -> p.url().isPresent() && p.retrieved().isPresent()));
    }

    @Test
    void somePagesAreSeenAgainLaterUnderTheSameAddress(@TempDir Path tmp) throws IOException {
        Summary s = generator.generate(new CorpusGenerator.Request(1000, 5, tmp, CorpusGenerator.MAX_PER_FOLDER));
        Map<String, List<JsonNode>> byUrl = new LinkedHashMap<>();
        sources(tmp.resolve("0000")).forEach(e -> byUrl.computeIfAbsent(e.get("url").asText(), k -> new ArrayList<>())
                .add(e));
        int again = 0;
        int edited = 0;
        for (List<JsonNode> visits : byUrl.values()) {
            assertTrue(visits.size() <= 3, "a page is seen at most three times");
            for (int i = 1; i < visits.size(); i++) {
                again++;
                String before = visits.get(i - 1).get("retrieved").asText();
                String after = visits.get(i).get("retrieved").asText();
                assertTrue(before.compareTo(after) < 0, before + " then " + after);
                assertEquals(visits.get(0).get("template"), visits.get(i).get("template"));
                edited += Files.mismatch(tmp.resolve("0000").resolve(visits.get(i - 1).get("file").asText()),
                        tmp.resolve("0000").resolve(visits.get(i).get("file").asText())) >= 0 ? 1 : 0;
            }
        }
        assertEquals(s.later(), again);
        assertTrue(again > 100 && again < 300, again + " later snapshots of 1000 pages");
        assertTrue(edited > again * 0.8, edited + " of " + again + " later snapshots differ from the one before");
    }

    @Test
    void tenThousandPagesEachWithItsOwnPageId(@TempDir Path tmp) throws IOException {
        Summary s = generator.generate(new CorpusGenerator.Request(10_000, 2024, tmp, CorpusGenerator.MAX_PER_FOLDER));
        assertEquals(10_000, s.pages());
        assertEquals(1, s.folders());
        assertTrue(s.kinds().size() >= 8, s.kinds().toString());
        assertEquals(3, s.languages().size());
        List<JsonNode> entries = sources(tmp.resolve("0000"));
        assertEquals(10_000, entries.size());
        Set<String> urls = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode e : entries) {
            assertTrue(Files.isRegularFile(tmp.resolve("0000").resolve(e.get("file").asText())));
            String url = e.get("url").asText();
            Matcher m = PAGE_ID.matcher(url.split("\\?")[0]);
            String id = null;
            while (m.find()) {
                id = m.group(1);
            }
            assertTrue(id != null && id.length() == 7, url);
            urls.add(url);
            ids.add(id);
        }
        assertEquals(10_000 - s.later(), urls.size(), "one address per page, later snapshots aside");
        assertEquals(urls.size(), ids.size(), "one page id per address");
        assertTrue(s.line().startsWith("generated 10000 pages"), s.line());
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("x.txt"), "x");
        assertThrows(IllegalArgumentException.class,
                () -> generator.generate(new CorpusGenerator.Request(5, 1, tmp, 100)));
        assertThrows(IllegalArgumentException.class, () -> new CorpusGenerator.Request(5, 1, tmp, 10_001));
        assertNotEquals(0, generator.templateNames().size());
    }

    static List<JsonNode> sources(Path folder) throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        new ObjectMapper().readTree(folder.resolve(SnapshotReader.SOURCES_FILE).toFile()).forEach(entries::add);
        return entries;
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
