package no.policylod.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import no.policylod.format.Format;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.Releases;

/**
 * A dump file as the landing page lists it: name, format, size, SHA-256 and where to download it.
 *
 * <pre>
 * DumpFile.Listing dumps = DumpFile.latest(Path.of("dumps"));
 * dumps.release();                   // "2026-12-03.1"
 * dumps.files().get(0).href();       // "/dumps/releases/2026-12-03.1/policy-lod.nq.gz"
 * </pre>
 *
 * <p>The files are those of the latest release, every format of {@link Format#dumps()}, with the sizes and checksums
 * its manifest records. A dumps folder without releases (written by an older version) lists the dump files at its
 * top, with the checksums of their {@code .sha256} files.
 *
 * @param name    the file name
 * @param format  what the file holds ("N-Quads, gzip")
 * @param bytes   its size
 * @param sha256  its SHA-256, lower-case hex, or null when unknown
 * @param href    where it is downloaded
 * @param sumFile the name of its {@code .sha256} file
 * @param sumHref where that is downloaded
 */
record DumpFile(String name, String format, long bytes, String sha256, String href, String sumFile,
                String sumHref) {

    /** The dumps shown: those of one release (null when there is none) and its folder. */
    record Listing(String release, String folderHref, List<DumpFile> files) {
        boolean isEmpty() {
            return files.isEmpty();
        }
    }

    /** The dumps of the latest release, or the dump files at the top of the folder when there is no release. */
    static Listing latest(Path dumps) {
        Optional<String> latest = Releases.latestName(dumps);
        if (latest.isPresent()) {
            Path manifest = ReleaseLayout.release(dumps, latest.get()).resolve(Release.MANIFEST);
            if (Files.isRegularFile(manifest)) {
                String folder = ReleaseLayout.RELEASES_PATH + latest.get() + "/";
                List<DumpFile> files = Release.read(manifest).dumps().stream()
                        .map(a -> new DumpFile(a.file(), label(a.file()), a.bytes(), a.sha256(), folder + a.file(),
                                a.file() + ".sha256", folder + a.file() + ".sha256"))
                        .toList();
                return new Listing(latest.get(), folder, files);
            }
        }
        return new Listing(null, "/dumps/", topLevel(dumps));
    }

    private static List<DumpFile> topLevel(Path dumps) {
        if (!Files.isDirectory(dumps)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dumps)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> Format.byDumpFile(f.getFileName().toString()).isPresent()).sorted()
                    .map(DumpFile::of).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the dump folder " + dumps, e);
        }
    }

    private static DumpFile of(Path file) {
        String name = file.getFileName().toString();
        Path sumFile = file.resolveSibling(name + ".sha256");
        try {
            String sum = Files.isRegularFile(sumFile) ? fromSumFile(sumFile) : null;
            return new DumpFile(name, label(name), Files.size(file), sum, "/dumps/" + name,
                    sum == null ? null : name + ".sha256", sum == null ? null : "/dumps/" + name + ".sha256");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dump file " + file, e);
        }
    }

    /** "N-Quads, gzip", "Turtle", ... from the one format table. */
    private static String label(String fileName) {
        return Format.byDumpFile(fileName)
                .map(f -> f.label() + (f.dump().orElseThrow().gzipped() ? ", gzip" : ""))
                .orElse(fileName.substring(fileName.lastIndexOf('.') + 1));
    }

    /** The first word of a {@code sha256sum} line, when it looks like a SHA-256. */
    private static String fromSumFile(Path sumFile) throws IOException {
        String text = Files.readString(sumFile, StandardCharsets.UTF_8).strip();
        String first = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return first.matches("[0-9a-f]{64}") ? first : null;
    }
}
