package no.policylod.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.policylod.config.Json;
import no.policylod.dump.AtomicFiles;
import no.policylod.format.Format;

/**
 * One release, as its manifest {@code release.json} records it: name, when it was made, the release before it, the
 * checksum of its content, counts, the temporal coverage of the data, and every published file with size and
 * checksums. The catalogue, the VoID description and the feed are made from manifests.
 *
 * <pre>
 * Release r = Release.read(Path.of("dumps/releases/2026-11-21.1/release.json"));
 * r.dump(Format.TURTLE).map(Release.Artifact::sha256);
 * </pre>
 *
 * @param name             {@code YYYY-MM-DD.N}
 * @param issued           when the release was made (UTC, ISO 8601, whole seconds): a clock reading
 * @param previous         the name of the release before, or null for the first
 * @param contentSha256    SHA-256 of the uncompressed canonical N-Quads: equal content, equal checksum
 * @param quads            quads in all graphs
 * @param triples          distinct triples in the union of the graphs
 * @param added            quads added since the previous release (all of them for the first)
 * @param removed          quads removed since the previous release
 * @param changedResources resources that are the subject of an added or removed quad
 * @param temporalStart    the oldest {@code dcterms:issued} date in the data, or null when none
 * @param temporalEnd      the newest {@code dcterms:issued} date in the data, or null when none
 * @param patchId          the RDF Patch id of {@code changes.rdfp} ({@code uuid:...}), derived from the release IRI
 * @param dumps            the dump files, in {@link Format#dumps()} order
 * @param patch            the RDF Patch file
 */
public record Release(String name, String issued, String previous, String contentSha256, long quads, long triples,
                      long added, long removed, long changedResources, String temporalStart, String temporalEnd,
                      String patchId, List<Artifact> dumps, Artifact patch) {

    /** The name of the manifest file in a release folder. */
    public static final String MANIFEST = "release.json";

    public Release {
        ReleaseName.parse(name);
        Instant.parse(issued);
        dumps = List.copyOf(dumps);
    }

    /** One published file: its name in the release folder, media type, size and checksums (lower-case hex). */
    public record Artifact(String file, String mediaType, long bytes, String sha256, String sha1) {
    }

    /** The parsed name, for sorting. */
    public ReleaseName releaseName() {
        return ReleaseName.parse(name);
    }

    /** When the release was made. */
    public Instant issuedAt() {
        return Instant.parse(issued);
    }

    /** The dump file of a format, if the release has one. */
    public Optional<Artifact> dump(Format format) {
        return dumps.stream().filter(a -> format.dump().map(d -> d.fileName().equals(a.file())).orElse(false)).findFirst();
    }

    /** Reads a manifest; a missing or malformed file is an error naming it. */
    public static Release read(Path manifest) {
        try {
            return Json.MAPPER.readValue(manifest.toFile(), Release.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the release manifest " + manifest + ": " + e.getMessage(), e);
        }
    }

    /** Writes the manifest, atomically. */
    public void write(Path manifest) {
        AtomicFiles.write(manifest, out -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, this));
    }
}
