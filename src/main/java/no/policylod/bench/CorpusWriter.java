package no.policylod.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.policylod.config.Json;
import no.policylod.source.SnapshotReader;
import no.policylod.convert.model.DocClass;

/**
 * Writes generated pages as {@code SnapshotReader} reads them: sub-folders {@code 0000/}, {@code 0001/}, … of at
 * most a given number of pages each, named {@code 0000000.txt} on by run order, each folder with its own
 * {@code sources.json} written entry by entry as its pages are, so nothing is held back in memory.
 *
 * <pre>
 * try (CorpusWriter w = new CorpusWriter(Path.of("bench/corpus"), 10_000)) {
 *     w.write(text, "https://www.regjeringen.no/en/aktuelt/x/id4123456/", LocalDate.of(2025, 3, 1), template);
 * }
 * </pre>
 */
final class CorpusWriter implements Closeable {

    private static final ObjectWriter ENTRY = Json.MAPPER.writerFor(Entry.class);

    private final Path out;
    private final int perFolder;
    private Writer sources;
    private int files;
    private int folders;
    private long bytes;

    CorpusWriter(Path out, int perFolder) {
        this.out = out;
        this.perFolder = perFolder;
    }

    /**
     * One {@code sources.json} entry: what {@code SnapshotReader} reads ({@code file}, {@code url},
     * {@code retrieved}) and, for benchmarks, which source page the page was made from and its kind and language
     * (keys the reader ignores).
     */
    @JsonPropertyOrder({"file", "url", "retrieved", "template", "kind", "lang"})
    record Entry(String file, String url, String retrieved, String template, String kind, String lang) {
    }

    void write(String text, String url, LocalDate retrieved, Template template) throws IOException {
        if (files % perFolder == 0) {
            startFolder();
        }
        String name = padded(files, 7) + ".txt";
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        Files.write(out.resolve(folderName(folders - 1)).resolve(name), content);
        String entry = ENTRY.writeValueAsString(new Entry(name, url, retrieved.toString(), template.name(),
                kindName(template.kind()), template.lang().tag()));
        sources.write((files % perFolder == 0 ? "[\n  " : ",\n  ") + entry);
        files++;
        bytes += content.length;
    }

    /** The kind as the ontology names it ("NewsStory"), "Listing" for listings. */
    static String kindName(DocClass kind) {
        return kind.ontologyClass().map(c -> c.getLocalName()).orElse("Listing");
    }

    int files() {
        return files;
    }

    int folders() {
        return folders;
    }

    /** Bytes of page text written (sources.json not counted). */
    long bytes() {
        return bytes;
    }

    static String folderName(int index) {
        return padded(index, 4);
    }

    private static String padded(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private void startFolder() throws IOException {
        finishFolder();
        Path folder = Files.createDirectories(out.resolve(folderName(folders)));
        sources = Files.newBufferedWriter(folder.resolve(SnapshotReader.SOURCES_FILE), StandardCharsets.UTF_8);
        folders++;
    }

    private void finishFolder() throws IOException {
        if (sources != null) {
            sources.write("\n]\n");
            sources.close();
            sources = null;
        }
    }

    @Override
    public void close() throws IOException {
        finishFolder();
    }
}
