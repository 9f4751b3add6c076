package no.policylod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad {@code sources.json} files and entries: one line each, the pages without a valid entry read as pages without
 * one, the valid entries still used.
 */
class SourcesFileTest {

    private static final String URL = "https://www.regjeringen.no/en/topics/x/id1111/";
    private static final String GOOD = "{\"file\": \"a.txt\", \"url\": \"" + URL + "\"}";

    @TempDir
    Path dir;

    /** A sources.json, the lines it gives ({@code %s} the file's path), and the URL page a.txt ends up with. */
    private record Case(String json, List<String> says, String urlOfA) {
    }

    private static final List<Case> CASES = List.of(
            new Case("[" + GOOD + ",\n", List.of("%s:2: cannot read: "), null),
            new Case("{\"file\": \"a.txt\"}", List.of("%s:1: cannot read: not a JSON array of entries"), null),
            new Case("[" + GOOD + ",\n 3]", List.of("warning: %s:2: an entry that is not an object; ignored"), URL),
            new Case("[" + GOOD + ",\n{\"file\": 7, \"url\": \"" + URL + "\"}]",
                    List.of("warning: %s:2: 'file' is not a string but number; ignored",
                            "warning: %s:2: an entry has no 'file'; ignored"), URL),
            new Case("[{\"file\": \"a.txt\", \"url\": [\"" + URL + "\"]}]",
                    List.of("warning: %s:1: 'url' is not a string but array; ignored"), null),
            new Case("[" + GOOD + ",\n{\"file\": \"a.txt\", \"url\": \"https://example.org/other\"}]",
                    List.of("warning: %s:2: a second entry for 'a.txt' (the first is on line 1 and is kept); ignored"),
                    URL),
            new Case("[{\"file\": \"../a.txt\", \"url\": \"" + URL + "\"}]",
                    List.of("warning: %s:1: 'file' must be the name of a page in this folder, not '../a.txt'"), null),
            new Case("[{\"file\": \"a.txt\", \"url\": \"file:///etc/passwd\"}]",
                    List.of("warning: %s/a.txt: sources.json: 'url' is not an absolute http(s) URL"), null),
            new Case("[{\"file\": \"a.txt\", \"url\": \"https://example.org/" + "x".repeat(10_000_000) + "\"}]",
                    List.of("warning: %s:1: 'url' of 10000020 characters (at most 2000); ignored"), null),
            new Case("[" + GOOD + "]", List.of(), URL));

    @Test
    void eachBadFileOrEntryGivesItsLinesAndThePagesAreRead() throws Exception {
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            Path folder = Files.createDirectories(dir.resolve("case" + i));
            Files.writeString(folder.resolve("a.txt"), "Havpolitikk\n\nRegjeringa styrkjer arbeidet.\n");
            Path sources = Files.writeString(folder.resolve("sources.json"), c.json());
            ProblemSink.Collecting problems = ProblemSink.collecting();
            List<PageSnapshot> pages = new SnapshotReader().read(List.of(folder), problems);
            List<String> lines = problems.all().stream().map(Problem::toString).toList();
            String where = c.json().length() > 200 ? c.json().substring(0, 200) : c.json();
            assertEquals(c.says().size(), lines.size(), where + "\n" + lines);
            for (int j = 0; j < lines.size(); j++) {
                String expected = String.format(c.says().get(j),
                        c.says().get(j).contains("%s/a.txt") ? folder : sources);
                assertEquals(true, lines.get(j).startsWith(expected), where + "\n" + lines.get(j));
            }
            Map<String, Optional<String>> urls = pages.stream()
                    .collect(Collectors.toMap(PageSnapshot::name, PageSnapshot::url));
            assertEquals(Map.of("a.txt", Optional.ofNullable(c.urlOfA())), urls, where);
        }
    }

    @Test
    void writtenEntriesReadBackAndAHandMadeOneKeepsItsShortForm() throws Exception {
        Path file = dir.resolve("sources.json");
        SourceEntry fetched = new SourceEntry("b.html", URL, "2026-12-04T05:00:00Z", "text/html; charset=windows-1252",
                "windows-1252", "\"v1\"", "Wed, 02 Dec 2026 10:00:00 GMT");
        SourceEntry handMade = new SourceEntry("a.txt", URL, "2025-12-05");

        SourcesFile.write(file, List.of(fetched, handMade));

        ProblemSink.Collecting problems = ProblemSink.collecting();
        assertEquals(Map.of("a.txt", handMade, "b.html", fetched), SourcesFile.read(file, problems));
        assertEquals(List.of(), problems.all());
        String json = Files.readString(file);
        assertEquals(true, json.indexOf("a.txt") < json.indexOf("b.html"), "sorted by file: " + json);
        assertEquals(1, json.split("etag", -1).length - 1, "keys without a value are left out: " + json);
    }
}
