package no.policylod.serve.site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A file in the dump folder, as the landing page lists it: name, format, size and SHA-256.
 *
 * <pre>
 * List&lt;DumpFile&gt; files = DumpFile.list(Path.of("dumps"));
 * files.get(0).href();   // "/dumps/policy-lod.nq.gz"
 * </pre>
 *
 * <p>The checksum comes from the file's {@code NAME.sha256} beside it when there is one (what the dump writer
 * writes), else it is computed once per file version (name, size, modification time) and remembered.
 *
 * @param name     the file name
 * @param format   what the file holds ("N-Quads, gzip"), or its extension
 * @param bytes    its size
 * @param sha256   its SHA-256, lower-case hex
 * @param sumFile  the name of its {@code .sha256} file, or null when there is none
 */
record DumpFile(String name, String format, long bytes, String sha256, String sumFile) {

    private static final Map<String, String> FORMATS = Map.of(
            ".nq.gz", "N-Quads, gzip", ".nq", "N-Quads", ".trig", "TriG", ".trig.gz", "TriG, gzip",
            ".ttl", "Turtle", ".nt", "N-Triples", ".nt.gz", "N-Triples, gzip", ".jsonld", "JSON-LD",
            ".jsonld.gz", "JSON-LD, gzip", ".rdf", "RDF/XML");
    private static final List<String> NOT_DUMPS = List.of(".sha256", ".sha512", ".md5", ".sha1", ".tmp", ".part");
    private static final Map<String, String> COMPUTED = new ConcurrentHashMap<>();

    public String href() {
        return "/dumps/" + name;
    }

    public String sumHref() {
        return sumFile == null ? null : "/dumps/" + sumFile;
    }

    /** The dump files in a folder, sorted by name; none when the folder does not exist. */
    static List<DumpFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(DumpFile::isDump).sorted()
                    .map(DumpFile::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dump folder " + folder, e);
        }
    }

    /** Whether the folder has a {@code SHA256SUMS} file listing every checksum. */
    static boolean hasSha256Sums(Path folder) {
        return Files.isRegularFile(folder.resolve("SHA256SUMS"));
    }

    private static boolean isDump(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.equals("SHA256SUMS") && NOT_DUMPS.stream().noneMatch(name::endsWith);
    }

    private static DumpFile of(Path file) {
        String name = file.getFileName().toString();
        Path sumFile = file.resolveSibling(name + ".sha256");
        try {
            long bytes = Files.size(file);
            String sum = Files.isRegularFile(sumFile) ? fromSumFile(sumFile) : null;
            return new DumpFile(name, format(name), bytes, sum != null ? sum : computed(file, bytes),
                    sum != null ? sumFile.getFileName().toString() : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dump file " + file, e);
        }
    }

    private static String format(String name) {
        return FORMATS.entrySet().stream().filter(e -> name.endsWith(e.getKey()))
                .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "file");
    }

    /** The first word of a {@code sha256sum} line, when it looks like a SHA-256. */
    private static String fromSumFile(Path sumFile) throws IOException {
        String text = Files.readString(sumFile, StandardCharsets.UTF_8).strip();
        String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return first.matches("[0-9a-f]{64}") ? first : null;
    }

    private static String computed(Path file, long bytes) throws IOException {
        String key = file.toAbsolutePath() + "|" + bytes + "|" + Files.getLastModifiedTime(file).toMillis();
        String known = COMPUTED.get(key);
        if (known != null) {
            return known;
        }
        String sum = sha256(file);
        COMPUTED.put(key, sum);
        return sum;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this Java", e);
        }
    }
}
