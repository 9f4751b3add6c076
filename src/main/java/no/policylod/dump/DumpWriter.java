package no.policylod.dump;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes the published dumps into a folder: every graph as gzipped N-Quads and as TriG, each with a
 * {@code sha256sum}-style checksum file. Same data, same bytes.
 *
 * <pre>
 * List&lt;DumpWriter.Dump&gt; dumps = new DumpWriter(Path.of("dumps"), prefixes).write(datasetGraph);
 * </pre>
 */
public final class DumpWriter {

    /** The file-name stem of every dump. */
    public static final String STEM = "policy-lod";
    private static final List<String> FILES = List.of(STEM + ".nq.gz", STEM + ".trig");

    /** One written dump file. */
    public record Dump(Path file, String sha256, long bytes) {
    }

    private final Path folder;
    private final PrefixMapping prefixes;

    public DumpWriter(Path folder, PrefixMapping prefixes) {
        this.folder = folder;
        this.prefixes = prefixes;
    }

    /** Writes every dump and its checksum; the data must be readable (inside a read transaction if it needs one). */
    public List<Dump> write(DatasetGraph data) {
        List<Dump> dumps = new ArrayList<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            CanonicalRdf.write(data, prefixes, file);
            dumps.add(checksum(file));
        }
        return dumps;
    }

    private static Dump checksum(Path file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            String hex = HexFormat.of().formatHex(sha.digest());
            Path sumFile = file.resolveSibling(file.getFileName() + ".sha256");
            Path tmp = file.resolveSibling("." + sumFile.getFileName() + ".tmp");
            Files.writeString(tmp, hex + "  " + file.getFileName() + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, sumFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Dump(file, hex, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot checksum " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
