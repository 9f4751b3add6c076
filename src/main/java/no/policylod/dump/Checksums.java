package no.policylod.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * File checksums in {@code sha256sum} style: one {@code FILE.sha256} per file, and a {@code SHA256SUMS} listing a
 * folder, both checkable with {@code sha256sum -c}.
 *
 * <pre>
 * String hex = Checksums.sha256(file);
 * Checksums.writeSumFile(file, hex);                                  // file.sha256
 * Checksums.writeSha256Sums(folder, List.of("policy-lod.ttl", ...)); // folder/SHA256SUMS
 * </pre>
 */
public final class Checksums {

    /** The name of the file listing the SHA-256 of every file in a folder. */
    public static final String SHA256SUMS = "SHA256SUMS";

    private Checksums() {
    }

    /** The SHA-256 of a file's bytes, lower-case hex. */
    public static String sha256(Path file) {
        return digest(file, "SHA-256");
    }

    /** The SHA-1 of a file's bytes, lower-case hex (what DCAT-AP-NO 2.0 admits in {@code spdx:checksum}). */
    public static String sha1(Path file) {
        return digest(file, "SHA-1");
    }

    /** The SHA-256 of bytes, lower-case hex. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digester("SHA-256").digest(bytes));
    }

    /** Writes {@code FILE.sha256} beside the file: {@code HEX  NAME}. */
    public static Path writeSumFile(Path file, String sha256) {
        Path sumFile = file.resolveSibling(file.getFileName() + ".sha256");
        AtomicFiles.writeString(sumFile, sha256 + "  " + file.getFileName() + "\n");
        return sumFile;
    }

    /** Writes {@code SHA256SUMS} in the folder for the named files, sorted by name. */
    public static Path writeSha256Sums(Path folder, Collection<String> names) {
        StringBuilder text = new StringBuilder();
        for (String name : new TreeSet<>(names)) {
            text.append(sha256(folder.resolve(name))).append("  ").append(name).append('\n');
        }
        Path sums = folder.resolve(SHA256SUMS);
        AtomicFiles.writeString(sums, text.toString());
        return sums;
    }

    private static String digest(Path file, String algorithm) {
        MessageDigest digest = digester(algorithm);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digester(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
