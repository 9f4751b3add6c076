package no.policylod.source.fetch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The URLs a fetch run has done so far, one a line in {@code .fetch-run} in its folder, so that a run stopped
 * midway (killed, the machine down) is taken up by the next without asking the site again for what it had.
 *
 * <pre>
 * RunJournal journal = RunJournal.open(folder, Instant.now());
 * if (!journal.isDone(url)) { ... journal.done(url); }
 * journal.finish();   // the run came to its end: the next one starts afresh
 * </pre>
 *
 * A line is written after its page and {@code sources.json} are; a torn last line (the run killed while writing it)
 * names no URL that was done and is passed over. Lines are not forced to disk: after a power cut a page may be asked
 * for once more, which costs a request and nothing else.
 */
final class RunJournal {

    static final String FILE = ".fetch-run";
    private static final String HEADER = "# policy-lod fetch run started ";

    private final Path file;
    private final Set<String> before;
    private final String startedBefore;
    private final BufferedWriter out;

    private RunJournal(Path file, Set<String> before, String startedBefore, BufferedWriter out) {
        this.file = file;
        this.before = before;
        this.startedBefore = startedBefore;
        this.out = out;
    }

    /** The folder's journal: the one a stopped run left, to go on with, or a new one. */
    static RunJournal open(Path folder, Instant now) {
        Path file = folder.resolve(FILE);
        try {
            Set<String> before = new HashSet<>();
            String started = null;
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                started = lines.isEmpty() || !lines.get(0).startsWith(HEADER) ? "?"
                        : lines.get(0).substring(HEADER.length());
                lines.stream().skip(1).filter(l -> l.endsWith(" .")).map(l -> l.substring(0, l.length() - 2))
                        .forEach(before::add);
            } else {
                Files.writeString(file, HEADER + now + "\n", StandardCharsets.UTF_8);
            }
            return new RunJournal(file, before, started, Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** When the stopped run this one goes on with started, if it does go on with one. */
    String resumes() {
        return startedBefore;
    }

    /** How many URLs the stopped run had done. */
    int doneBefore() {
        return before.size();
    }

    /** Whether a stopped run had done this URL. */
    boolean isDone(URI url) {
        return before.contains(url.toString());
    }

    /** Notes the URL as done (its page and entry are written); the line ends in " ." so a torn one is seen. */
    void done(URI url) {
        try {
            out.write(url.toString());
            out.write(" .\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The run came to its end: the journal goes, and the next run asks for every page again. */
    void finish() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
        }
    }
}
