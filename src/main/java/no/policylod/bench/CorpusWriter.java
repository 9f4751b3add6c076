package no.policylod.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import no.policylod.config.Json;
import no.policylod.convert.model.DocClass;
import no.policylod.source.SnapshotReader;

/**
 * Writes generated pages as {@code SnapshotReader} reads them: sub-folders {@code 0000/}, {@code 0001/}, … of at
 * most a given number of pages each, named {@code 0000000.txt} on by run order, each folder with its own
 * {@code sources.json} written entry by entry as its pages are, so nothing is held back in memory. The files are
 * written in order by one thread of their own, a few hundred pages behind, so that making pages and waiting for the
 * disk overlap.
 *
 * <pre>
 * try (CorpusWriter w = new CorpusWriter(Path.of("bench/corpus"), 10_000)) {
 *     w.write(text, "https://www.regjeringen.no/en/aktuelt/x/id4123456/", LocalDate.of(2025, 3, 1), template);
 * }
 * </pre>
 */
final class CorpusWriter implements Closeable {

    private static final ObjectWriter ENTRY = Json.MAPPER.writerFor(Entry.class);
    private static final int BEHIND = 512;
    private static final Job END = new Job(null, null, null, null, false);

    private final Path out;
    private final int perFolder;
    private final BlockingQueue<Job> jobs = new ArrayBlockingQueue<>(BEHIND);
    private final Thread disk;
    private volatile IOException failure;
    private int files;
    private int folders;
    private long bytes;

    CorpusWriter(Path out, int perFolder) {
        this.out = out;
        this.perFolder = perFolder;
        this.disk = new Thread(this::writeJobs, "corpus-writer");
        disk.setDaemon(true);
        disk.start();
    }

    /**
     * One {@code sources.json} entry: what {@code SnapshotReader} reads ({@code file}, {@code url},
     * {@code retrieved}) and, for benchmarks, which source page the page was made from and its kind and language
     * (keys the reader ignores).
     */
    @JsonPropertyOrder({"file", "url", "retrieved", "template", "kind", "lang"})
    record Entry(String file, String url, String retrieved, String template, String kind, String lang) {
    }

    /** One page to write: its folder, file name, bytes and {@code sources.json} entry. */
    private record Job(Path folder, String name, byte[] content, String entry, boolean firstInFolder) {
    }

    void write(String text, String url, LocalDate retrieved, Template template) throws IOException {
        boolean first = files % perFolder == 0;
        if (first) {
            folders++;
        }
        String name = padded(files, 7) + ".txt";
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        String entry = ENTRY.writeValueAsString(new Entry(name, url, retrieved.toString(), template.name(),
                kindName(template.kind()), template.lang().tag()));
        put(new Job(out.resolve(folderName(folders - 1)), name, content, entry, first));
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

    private void put(Job job) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            jobs.put(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + out);
        }
    }

    /** The writing thread: every job in order; after a failure it only drains, so the maker never blocks. */
    private void writeJobs() {
        Writer sources = null;
        try {
            for (Job job = jobs.take(); job != END; job = jobs.take()) {
                if (failure != null) {
                    continue;
                }
                try {
                    sources = writeJob(job, sources);
                } catch (IOException e) {
                    failure = e;
                } catch (RuntimeException e) {
                    failure = new IOException(e.toString(), e);
                }
            }
            finish(sources);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            failure = e;
        }
    }

    private static Writer writeJob(Job job, Writer sources) throws IOException {
        Writer current = sources;
        if (job.firstInFolder()) {
            finish(current);
            Files.createDirectories(job.folder());
            current = Files.newBufferedWriter(job.folder().resolve(SnapshotReader.SOURCES_FILE), StandardCharsets.UTF_8);
        }
        Files.write(job.folder().resolve(job.name()), job.content());
        current.write((job.firstInFolder() ? "[\n  " : ",\n  ") + job.entry());
        return current;
    }

    private static void finish(Writer sources) throws IOException {
        if (sources != null) {
            sources.write("\n]\n");
            sources.close();
        }
    }

    /** Waits for every page to be written; the first failure of the writing thread, if any, is thrown here. */
    @Override
    public void close() throws IOException {
        put(END);
        try {
            disk.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing " + out);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
