package no.policylod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SnapshotReader} on folders and files made in a temporary folder: good pages come through with their
 * {@code sources.json} entries, and every bad input gives one problem that names the file (and line) and says why.
 */
class SnapshotReaderTest {

    // The first lines of corpus/pages/074.txt and seed 000.
    static final String PRESS_RELEASE = "Norge gir 170 millioner kroner til FNs høykommissær for flyktninger\n";
    static final String TOPIC = "Security policy\n\nThe main aim of our security policy is to safeguard Norway’s "
            + "sovereignty, territorial integrity and political freedom of action.\n";
    static final String URL = "https://www.regjeringen.no/no/aktuelt/norge-gir-170-millioner/id2907375/";

    @TempDir
    Path dir;

    private final ProblemSink.Collecting problems = ProblemSink.collecting();

    private List<PageSnapshot> read(Path... inputs) {
        return new SnapshotReader().read(List.of(inputs), problems);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private Problem onlyProblem() {
        assertEquals(1, problems.all().size(), () -> "problems: " + problems.all());
        return problems.all().get(0);
    }

    private static List<String> names(List<PageSnapshot> pages) {
        return pages.stream().map(PageSnapshot::name).toList();
    }

    @Test
    void readsAFolderWithItsSourcesJson() throws IOException {
        write("074.txt", PRESS_RELEASE);
        write("001.txt", TOPIC);
        write("sources.json", """
                [{"file": "074.txt", "url": "%s", "retrieved": "2025-12-04"},
                 {"file": "001.txt", "url": "https://www.regjeringen.no/en/topics/id1111",
                  "retrieved": "2025-12-04T10:15:00+01:00"}]
                """.formatted(URL));

        List<PageSnapshot> pages = read(dir);

        assertEquals(List.of(), problems.all());
        assertEquals(List.of("001.txt", "074.txt"), names(pages));
        PageSnapshot page = pages.get(1);
        assertEquals(PageSnapshot.Format.TEXT, page.format());
        assertEquals(PRESS_RELEASE, page.text());
        assertEquals(Optional.of(URL), page.url());
        assertEquals(Optional.of("2025-12-04"), page.retrieved());
        assertEquals(PageSnapshot.sha256(PRESS_RELEASE.getBytes(StandardCharsets.UTF_8)), page.sha256());
        assertEquals(Optional.of("2025-12-04T10:15:00+01:00"), pages.get(0).retrieved());
    }

    @Test
    void readsAPageWithoutSourcesJsonWithoutAUrl() throws IOException {
        Path file = write("001.txt", TOPIC);
        List<PageSnapshot> pages = read(file);
        assertEquals(List.of(), problems.all());
        assertEquals(List.of("001.txt"), names(pages));
        assertEquals(Optional.empty(), pages.get(0).url());
        assertEquals(Optional.empty(), pages.get(0).retrieved());
    }

    @Test
    void readsAFileGivenByItselfWithItsFoldersSourcesJson() throws IOException {
        Path file = write("074.txt", PRESS_RELEASE);
        write("sources.json", "[{\"file\": \"074.txt\", \"url\": \"" + URL + "\"}]");
        assertEquals(Optional.of(URL), read(file).get(0).url());
        assertEquals(List.of(), problems.all());
    }

    @Test
    void walksSubfoldersEachWithItsOwnSourcesJson() throws IOException {
        write("en/001.txt", TOPIC);
        write("nb/074.txt", PRESS_RELEASE);
        write("nb/sources.json", "[{\"file\": \"074.txt\", \"url\": \"" + URL + "\"}]");
        List<PageSnapshot> pages = read(dir);
        assertEquals(List.of("en/001.txt", "nb/074.txt"), names(pages));
        assertEquals(List.of(Optional.empty(), Optional.of(URL)), pages.stream().map(PageSnapshot::url).toList());
    }

    @Test
    void normalisesLineBreaksAndDropsAByteOrderMark() throws IOException {
        write("001.txt", "\uFEFFSecurity policy\r\n\r\nThe main aim\rof our policy\n");
        PageSnapshot page = read(dir).get(0);
        assertEquals("Security policy\n\nThe main aim\nof our policy\n", page.text());
    }

    @Test
    void readsHtmlPages() throws IOException {
        write("001.html", "<html><body><h1>Security policy</h1></body></html>");
        assertEquals(PageSnapshot.Format.HTML, read(dir).get(0).format());
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("999.txt");
        assertEquals(List.of(), read(missing));
        assertEquals(Problem.error(missing.toString(), 0, "no such file or folder"), onlyProblem());
    }

    @Test
    void reportsAnEmptyFileAndReadsTheOthers() throws IOException {
        Path empty = write("002.txt", "");
        write("001.txt", TOPIC);
        assertEquals(List.of("001.txt"), names(read(dir)));
        assertEquals(Problem.error(empty.toString(), 0, "empty file: nothing to convert"), onlyProblem());
    }

    @Test
    void reportsAFileOfWhiteSpaceOnly() throws IOException {
        Path blank = write("002.txt", " \n\t\n   \r\n");
        write("001.txt", TOPIC);
        assertEquals(List.of("001.txt"), names(read(dir)));
        assertEquals(Problem.error(blank.toString(), 0, "empty file: only white space"), onlyProblem());
    }

    @Test
    void reportsABinaryFileWithTheLineOfItsNulByte() throws IOException {
        Path binary = write("002.txt", "Security policy\n\nThe main\u0000 aim".getBytes(StandardCharsets.UTF_8));
        write("001.txt", TOPIC);
        assertEquals(List.of("001.txt"), names(read(dir)));
        Problem p = onlyProblem();
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertEquals(binary.toString(), p.file());
        assertEquals(3, p.line());
        assertTrue(p.message().contains("NUL byte"), p.message());
    }

    @Test
    void readsTextThatIsNotUtf8AsWindows1252WithAWarningAndItsLine() throws IOException {
        // "Høring" saved as ISO-8859-1 on the fourth line
        byte[] latin1 = "Departementene\n\nForsvarsdepartementet\nH\u00f8ring\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = write("002.txt", latin1);
        write("001.txt", TOPIC);
        List<PageSnapshot> pages = read(dir);
        assertEquals(List.of("001.txt", "002.txt"), names(pages));
        assertTrue(pages.get(1).text().contains("H\u00f8ring"), pages.get(1).text());
        Problem p = onlyProblem();
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertEquals(file.toString(), p.file());
        assertEquals(4, p.line());
        assertTrue(p.message().startsWith("not UTF-8 text"), p.message());
        assertTrue(p.message().contains("save the page as UTF-8"), p.message());
    }

    @Test
    void reportsAMalformedSourcesJsonWithItsLineAndStillReadsThePages() throws IOException {
        write("074.txt", PRESS_RELEASE);
        Path sources = write("sources.json", "[\n  {\"file\": \"074.txt\",\n   \"url\": \"" + URL + "\"\n  \n");
        List<PageSnapshot> pages = read(dir);
        assertEquals(List.of("074.txt"), names(pages));
        assertEquals(Optional.empty(), pages.get(0).url());
        Problem p = onlyProblem();
        assertEquals(Problem.Severity.ERROR, p.severity());
        assertEquals(sources.toString(), p.file());
        assertEquals(5, p.line());
        assertTrue(p.message().startsWith("cannot read: "), p.message());
        assertTrue(p.message().endsWith("pages here get no source URL"), p.message());
    }

    @Test
    void warnsOfASourcesEntryWithoutAFileAndUsesTheOthers() throws IOException {
        write("074.txt", PRESS_RELEASE);
        Path sources = write("sources.json", "[{\"url\": \"https://www.regjeringen.no/\"}, "
                + "{\"file\": \"074.txt\", \"url\": \"" + URL + "\"}]");
        assertEquals(Optional.of(URL), read(dir).get(0).url());
        assertEquals(Problem.warning(sources.toString(), 1, "an entry has no 'file'; ignored"), onlyProblem());
    }

    @Test
    void warnsOfARetrievedValueThatIsNoDateAndKeepsThePage() throws IOException {
        Path page = write("074.txt", PRESS_RELEASE);
        write("sources.json", "[{\"file\": \"074.txt\", \"url\": \"" + URL + "\", \"retrieved\": \"04.12.2025\"}]");
        List<PageSnapshot> pages = read(dir);
        assertEquals(Optional.of(URL), pages.get(0).url());
        assertEquals(Optional.empty(), pages.get(0).retrieved());
        Problem p = onlyProblem();
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertEquals(page.toString(), p.file());
        assertTrue(p.message().contains("'04.12.2025'"), p.message());
    }

    @Test
    void reportsAFileOfAnUnknownKindGivenExplicitly() throws IOException {
        Path pdf = write("meld-st-37.pdf", "%PDF-1.4");
        assertEquals(List.of(), read(pdf));
        assertEquals(Problem.error(pdf.toString(), 0,
                "not a page snapshot: expected a .txt or .html file, or a folder of them"), onlyProblem());
    }

    @Test
    void skipsFilesOfOtherKindsInAFolder() throws IOException {
        write("001.txt", TOPIC);
        write("notes.md", "# notes");
        assertEquals(List.of("001.txt"), names(read(dir)));
        assertEquals(List.of(), problems.all());
    }

    @Test
    void warnsOfAFolderWithoutPages() throws IOException {
        write("notes.md", "# notes");
        assertEquals(List.of(), read(dir));
        assertEquals(Problem.warning(dir.toString(), 0, "folder holds no .txt or .html page"), onlyProblem());
    }

    @Test
    void readsTheGoodInputsAndReportsTheBadOnesInOneCall() throws IOException {
        Path good = write("001.txt", TOPIC);
        Path empty = write("002.txt", "");
        Path missing = dir.resolve("003.txt");
        List<PageSnapshot> pages = read(good, empty, missing);
        assertEquals(List.of("001.txt"), names(pages));
        assertEquals(List.of(empty.toString(), missing.toString()),
                problems.all().stream().map(Problem::file).toList());
        assertEquals(2, problems.errors());
        assertEquals(0, problems.warnings());
    }

    @Test
    void printsAProblemAsFileLineMessage() {
        assertEquals("data/x.json:5: cannot read", Problem.error("data/x.json", 5, "cannot read").toString());
        assertEquals("warning: data/x.txt: odd", Problem.warning("data/x.txt", 0, "odd").toString());
    }
}
