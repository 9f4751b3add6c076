package no.policylod.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.policylod.dump.AtomicFiles;
import no.policylod.source.PageSnapshot;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Which page conversions the store holds, so that an unchanged page is not converted again: for each page converted
 * and loaded, a key (the page's bytes, file name, source URL and retrieval date, the base URI and the converter's own
 * code) with the snapshot graph it became and the SHA-256 of that graph's triples. Kept beside the store
 * ({@code store-pages.tsv}), written after each load.
 *
 * <pre>
 * PageLedger ledger = PageLedger.open(PageLedger.fileFor(storeDir), base);
 * Optional&lt;PageLedger.Entry&gt; e = ledger.unchanged(page, storedGraph);  // the store holds what the page gives
 * ledger.record(ledger.key(page), graphName, PageLedger.sha256(graph));    // after it was loaded
 * ledger.save();
 * </pre>
 *
 * <p>The ledger is a cache, never a source of truth: a page counts as unchanged only when its key is recorded and the
 * store's graph of that name hashes, now, to what was recorded. A stale, lost or damaged ledger costs a conversion,
 * never wrong data.
 */
public final class PageLedger {

    /** What a page became: its snapshot graph and the graph's content hash. */
    public record Entry(Node graph, String sha256) {
    }

    private static volatile String codeFingerprint;

    private final Path file;
    private final String base;
    private final Map<String, Entry> entries;

    private PageLedger(Path file, String base, Map<String, Entry> entries) {
        this.file = file;
        this.base = base;
        this.entries = entries;
    }

    /** Where the ledger of a store lives: beside it, {@code store-pages.tsv}. */
    public static Path fileFor(Path store) {
        Path absolute = store.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-pages.tsv");
    }

    /** Reads the ledger (empty when there is none, or when it cannot be read: it is only a cache). */
    public static PageLedger open(Path file, String base) {
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String[] f = line.split("\t");
                    if (f.length == 3) {
                        entries.put(f[0], new Entry(NodeFactory.createURI(f[1]), f[2]));
                    }
                }
            } catch (IOException | RuntimeException e) {
                entries.clear();
            }
        }
        return new PageLedger(file, base, entries);
    }

    /**
     * The entry of a page whose conversion the store holds as it is: the key is recorded and the store's graph hashes
     * to the recorded value. Call inside a read transaction of the store.
     */
    public java.util.Optional<Entry> unchanged(PageSnapshot page, Graph storedGraphOf) {
        Entry e;
        synchronized (this) {
            e = entries.get(key(page));
        }
        if (e == null || storedGraphOf == null || storedGraphOf.isEmpty()) {
            return java.util.Optional.empty();
        }
        return sha256(storedGraphOf).equals(e.sha256()) ? java.util.Optional.of(e) : java.util.Optional.empty();
    }

    /** Records what the page of a {@link #key} became; {@link #save()} writes the ledger. */
    public synchronized void record(String pageKey, Node graph, String graphSha256) {
        entries.put(pageKey, new Entry(graph, graphSha256));
    }

    /** Writes the ledger atomically. */
    public synchronized void save() {
        AtomicFiles.write(file, out -> {
            var w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue().graph().getURI() + "\t" + e.getValue().sha256() + "\n");
            }
            w.flush();
        });
    }

    /** How many pages are recorded. */
    public synchronized int size() {
        return entries.size();
    }

    /** The content hash of a graph without blank nodes: SHA-256 of its triples in N-Triples, sorted. */
    public static String sha256(Graph graph) {
        List<String> lines = new ArrayList<>();
        graph.find().forEachRemaining(t -> lines.add(no.policylod.dump.NtTerms.of(t.getSubject()) + " "
                + no.policylod.dump.NtTerms.of(t.getPredicate()) + " " + no.policylod.dump.NtTerms.of(t.getObject())));
        lines.sort(null);
        MessageDigest sha = sha();
        for (String line : lines) {
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The key of a page: what its conversion depends on. */
    public String key(PageSnapshot page) {
        MessageDigest sha = sha();
        for (String part : List.of(code(), base, page.name(), page.format().name(), page.sha256(),
                page.url().orElse(""), page.retrieved().orElse(""))) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * A fingerprint of the running code: the SHA-256 of the jar it runs from, or of every file of its classes folder.
     * A new build converts every page again.
     */
    static String code() {
        String known = codeFingerprint;
        if (known != null) {
            return known;
        }
        MessageDigest sha = sha();
        try {
            Path where = Path.of(PageLedger.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Path> files;
            if (Files.isDirectory(where)) {
                try (Stream<Path> walk = Files.walk(where)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(where);
            }
            for (Path f : files) {
                sha.update(where.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            sha.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));   // unknown: no reuse
        }
        codeFingerprint = HexFormat.of().formatHex(sha.digest());
        return codeFingerprint;
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
