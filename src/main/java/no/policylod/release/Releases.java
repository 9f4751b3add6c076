package no.policylod.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import no.policylod.config.Settings;
import no.policylod.dump.AtomicFiles;
import no.policylod.dump.CanonicalRdf;
import no.policylod.dump.Checksums;
import no.policylod.format.FileTypes;
import no.policylod.format.Format;
import no.policylod.dump.DumpWriter;
import no.policylod.dump.Fanout;
import no.policylod.dump.JsonLdWriter;
import no.policylod.vocab.Namespaces;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Versioned releases of the store, for harvesters. Each publish that changes the data makes a release named by the
 * UTC date and a number ({@code 2026-11-21.1}) in {@code dumps/releases/NAME/}: every dump format with checksums, the
 * RDF Patch from the previous release, the DCAT-AP-NO catalogue, the VoID description and a manifest. Unchanged data
 * (the same canonical N-Quads as the latest release) makes no release.
 *
 * <pre>
 * Releases releases = Releases.of(settings);                        // dumps folder, base URI, dataset description
 * Releases.Outcome o = releases.publish(store.dataset());           // takes its own read transaction
 * out.println(o.created() ? "release " + o.release().name() : "unchanged since " + o.release().name());
 * </pre>
 *
 * <p>After a release, the top of the dumps folder holds the latest release's {@code policy-lod.nq.gz} and
 * {@code policy-lod.trig} (with {@code .sha256}, as before releases existed), {@code catalog.ttl},
 * {@code catalog.jsonld}, {@code void.ttl} and the Atom feed; {@code releases/latest.txt} names the latest release.
 * See {@link ReleaseLayout}. A release folder is written under a hidden name and renamed into place when complete:
 * that rename is the moment a release exists. The top of the folder is derived from the newest release folder, the
 * latest pointer moved last; {@link #recover()} finishes that (and clears what a stopped run left) at the start of
 * every publish and serve.
 */
public final class Releases {

    private static final String STAGING = ".staging-";
    private static final String NQ_GZ = Format.NQUADS.dump().orElseThrow().fileName();
    private static final String TRIG = Format.TRIG.dump().orElseThrow().fileName();
    private static final String TEMPORAL = """
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            SELECT (MIN(?d) AS ?start) (MAX(?d) AS ?end) WHERE { ?s dcterms:issued ?d FILTER(DATATYPE(?d) = xsd:date) }
            """;

    private final Path dumps;
    private final Site site;
    private final Clock clock;
    private final PrefixMapping prefixes;

    /**
     * What a publish did.
     *
     * @param release the release made, or the latest one when nothing changed
     * @param created whether a new release was made
     * @param elapsed how long the publish took
     */
    public record Outcome(Release release, boolean created, Duration elapsed) {
    }

    private Releases(Path dumps, Site site, Clock clock) {
        this.dumps = dumps;
        this.site = site;
        this.clock = clock;
        this.prefixes = Namespaces.prefixes(site.base());
    }

    /** Releases in the settings' dumps folder, for its base URI and dataset description, on the UTC clock. */
    public static Releases of(Settings settings) {
        return new Releases(settings.dumps(), Site.of(settings), Clock.systemUTC());
    }

    /** Releases in a dumps folder for a site, reading the time from a clock (a fixed one in tests). */
    public static Releases of(Path dumps, Site site, Clock clock) {
        return new Releases(Objects.requireNonNull(dumps, "dumps"), Objects.requireNonNull(site, "site"),
                Objects.requireNonNull(clock, "clock"));
    }

    /** Every release in the folder, oldest first. */
    public List<Release> list() {
        Path folder = ReleaseLayout.releases(dumps);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> ReleaseName.tryParse(p.getFileName().toString()).isPresent())
                    .filter(p -> Files.isRegularFile(p.resolve(Release.MANIFEST)))
                    .map(p -> Release.read(p.resolve(Release.MANIFEST)))
                    .sorted(Comparator.comparing(Release::releaseName)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The newest release, if any. */
    public Optional<Release> latest() {
        List<Release> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Makes a release of the dataset unless its content equals the latest release's. */
    public Outcome publish(Dataset dataset) {
        return publish(dataset, false);
    }

    /**
     * Makes a release of the dataset unless its content equals the latest release's. The release is written in one
     * pass over the store, the content checksum taken on the way; when it equals the latest release's, what was
     * written is dropped. With {@code knownUnchanged} (the caller knows the store has not been written since the
     * latest release was made or checked), nothing is read: the latest release stands.
     */
    public Outcome publish(Dataset dataset, boolean knownUnchanged) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        List<Release> existing = list();
        Optional<Release> latest = existing.isEmpty() ? Optional.empty()
                : Optional.of(existing.get(existing.size() - 1));
        Release made = latest.isPresent() && knownUnchanged ? null : Txn.calculateRead(dataset, () -> {
            LocalDate today = LocalDate.ofInstant(started, ZoneOffset.UTC);
            ReleaseName name = latest.map(r -> r.releaseName().next(today)).orElse(ReleaseName.first(today));
            return write(name, started.truncatedTo(ChronoUnit.SECONDS), latest, dataset);
        });
        if (made == null) {
            publishSite(existing, false);
            refreshDescriptions(existing, dataset);
            return new Outcome(latest.orElseThrow(), false, Duration.ofNanos(System.nanoTime() - t0));
        }
        List<Release> all = new ArrayList<>(existing);
        all.add(made);
        publishSite(all, true);
        return new Outcome(made, true, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static String[] temporal(Dataset dataset) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(TEMPORAL).build()) {
            QuerySolution row = qe.execSelect().next();
            return new String[] {lexical(row, "start"), lexical(row, "end")};
        }
    }

    private static String lexical(QuerySolution row, String var) {
        return row.contains(var) ? row.getLiteral(var).getLexicalForm() : null;
    }

    /**
     * Writes a release in one streaming pass over the store (inside the caller's read transaction): every dump format,
     * the RDF Patch from the previous release, the changed resources, manifest, catalogue, VoID and checksums, in a
     * hidden folder renamed into place when complete.
     */
    private Release write(ReleaseName name, Instant issued, Optional<Release> previous, Dataset dataset) {
        Path staging = ReleaseLayout.releases(dumps).resolve(STAGING + name);
        AtomicFiles.deleteTree(staging);
        Node id = ReleaseDiff.patchId(site.version(name.toString()));
        Node previousId = previous.map(r -> ReleaseDiff.patchId(site.version(r.name()))).orElse(null);
        List<DumpWriter.Dump> written;
        long quads;
        long triples;
        ReleaseDiff.Summary changes;
        String contentSha256;
        try (DumpWriter.Session session = DumpWriter.builder(staging).prefixes(prefixes).formats(Format.dumps())
                .build().open();
             ReleaseDiff diff = ReleaseDiff.from(previousNQuads(previous), createFolder(staging))) {
            try (Fanout<Quad> writers = Fanout.of(List.of(session::accept, diff::accept), "release-writer")) {
                CanonicalRdf.forEachSorted(dataset.asDatasetGraph(), site.base(), writers);
                writers.finish();
            }
            written = session.finish();
            contentSha256 = session.contentSha256();
            if (previous.isPresent() && contentSha256.equals(previous.get().contentSha256())) {
                AtomicFiles.deleteTree(staging);
                return null;
            }
            quads = session.quads();
            triples = session.triples();
            changes = diff.finish(id, previousId, staging.resolve(ReleaseLayout.PATCH),
                    staging.resolve(ReleaseLayout.CHANGED_RESOURCES));
        }
        String[] temporal = temporal(dataset);
        Release release = new Release(name.toString(), issued.toString(), previous.map(Release::name).orElse(null),
                contentSha256, quads, triples, changes.added(), changes.removed(), changes.changedResources(),
                temporal[0], temporal[1], "uuid:" + org.apache.jena.rdfpatch.system.Id.fromNode(id).asPlainString(),
                written.stream().map(d -> artifact(d.file())).toList(), artifact(staging.resolve(ReleaseLayout.PATCH)));
        release.write(staging.resolve(Release.MANIFEST));
        writeDescriptions(staging, release, VoidDescription.count(dataset, site.base() + "/id/"));
        Checksums.writeSha256Sums(staging, filesOf(staging));
        moveIntoPlace(staging, ReleaseLayout.release(dumps, name.toString()));
        return release;
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The catalogue (this release and those before it) and the VoID description of the release. */
    private void writeDescriptions(Path staging, Release release, VoidDescription.Statistics statistics) {
        List<Release> upToThis = new ArrayList<>(list());
        upToThis.add(release);
        writeModel(Catalogue.describe(site, upToThis), staging.resolve(ReleaseLayout.CATALOG_TTL));
        writeModel(VoidDescription.describe(statistics, site, release), staging.resolve(ReleaseLayout.VOID_TTL));
    }

    /** The previous release's canonical N-Quads, which the change feed is computed against; null for a first. */
    private Path previousNQuads(Optional<Release> previous) {
        if (previous.isEmpty()) {
            return null;
        }
        Path file = ReleaseLayout.release(dumps, previous.get().name()).resolve(NQ_GZ);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("release " + previous.get().name() + " has no " + file.getFileName()
                    + ": the change feed needs it; restore the release folder from a backup");
        }
        return file;
    }

    private static Release.Artifact artifact(Path file) {
        try {
            String name = file.getFileName().toString();
            String type = Format.byDumpFile(name).map(Format::mediaType)
                    .orElse(FileTypes.mediaTypeOf(name));
            return new Release.Artifact(name, type, Files.size(file), Checksums.sha256(file), Checksums.sha1(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes a small model as canonical Turtle, and as JSON-LD beside it for the catalogue. */
    private void writeModel(Model model, Path turtle) {
        List<Quad> quads = CanonicalRdf.sorted(DatasetGraphFactory.wrap(model.getGraph()));
        if (turtle.getFileName().toString().equals(ReleaseLayout.CATALOG_TTL)) {
            AtomicFiles.write(turtle.resolveSibling(ReleaseLayout.CATALOG_JSONLD),
                    out -> JsonLdWriter.write(quads, model, null, out));
        }
        CanonicalRdf.writeSorted(quads, model, turtle);
    }

    /** The files copied from the latest release to the top of the dumps folder. */
    private static final List<String> TOP_COPIES = List.of(NQ_GZ, NQ_GZ + ".sha256", TRIG, TRIG + ".sha256",
            ReleaseLayout.CATALOG_TTL, ReleaseLayout.CATALOG_JSONLD, ReleaseLayout.VOID_TTL);
    /** Of those, the ones that stay as the release has them (the catalogue and VoID follow the public URL). */
    private static final List<String> TOP_DUMPS = List.of(NQ_GZ, NQ_GZ + ".sha256", TRIG, TRIG + ".sha256");

    /**
     * Copies the latest release's dumps, catalogue and VoID to the top of the dumps folder, writes the feed, and
     * moves the latest pointer last: a pointer naming the newest release folder says that the top of the folder was
     * made from it ({@link #recover()} relies on this order).
     */
    private void publishSite(List<Release> releases, boolean changed) {
        if (releases.isEmpty()) {
            return;
        }
        Release latest = releases.get(releases.size() - 1);
        Path folder = ReleaseLayout.release(dumps, latest.name());
        for (String file : TOP_COPIES) {
            if (changed || !Files.exists(dumps.resolve(file))) {
                AtomicFiles.copy(folder.resolve(file), dumps.resolve(file));
            }
        }
        if (changed || !Files.exists(dumps.resolve(ReleaseLayout.FEED))) {
            AtomFeed.write(dumps, site, releases);
        }
        Path pointer = ReleaseLayout.releases(dumps).resolve(ReleaseLayout.LATEST_POINTER);
        if (changed || !Files.exists(pointer)) {
            AtomicFiles.writeString(pointer, latest.name() + "\n");
        }
    }

    /**
     * Puts the dumps folder in order after a run that was stopped midway (killed, out of memory, power cut): removes
     * unfinished release folders and hidden half-written files, and, when the top of the folder (dumps, catalogue,
     * VoID, feed, latest pointer) is not that of the newest complete release, makes it so. A release folder appears
     * whole (renamed into place when complete) and is never changed, so the newest one is the latest release. Returns
     * what was done, a line each; nothing when the folder was in order.
     */
    public List<String> recover() {
        List<String> done = new ArrayList<>();
        Path releasesFolder = ReleaseLayout.releases(dumps);
        for (Path stray : children(releasesFolder, n -> n.startsWith(STAGING))) {
            AtomicFiles.deleteTree(stray);
            done.add("removed " + stray + ", a release a stopped run left unfinished");
        }
        for (Path folder : List.of(dumps, releasesFolder, dumps.resolve(ReleaseLayout.FEED_ARCHIVE))) {
            for (Path stray : children(folder, n -> n.startsWith(".") && n.endsWith(".tmp"))) {
                AtomicFiles.deleteTree(stray);
                done.add("removed " + stray + ", a file a stopped run left half-written");
            }
        }
        List<Release> all = list();
        if (all.isEmpty()) {
            return done;
        }
        Release latest = all.get(all.size() - 1);
        Optional<String> pointer = latestName(dumps);
        List<String> differing = differingTopFiles(latest);
        if (!pointer.equals(Optional.of(latest.name())) || !differing.isEmpty()) {
            publishSite(all, true);
            done.add("made the top of " + dumps + " that of release " + latest.name() + " (the latest pointer said "
                    + pointer.orElse("nothing") + (differing.isEmpty() ? "" : "; differing: "
                    + String.join(", ", differing)) + ")");
        }
        return done;
    }

    /** The top-level dump files that are missing or not the same as the release's (size, then checksum file). */
    private List<String> differingTopFiles(Release release) {
        Path folder = ReleaseLayout.release(dumps, release.name());
        List<String> differing = new ArrayList<>();
        try {
            for (String file : TOP_DUMPS) {
                Path top = dumps.resolve(file);
                Path own = folder.resolve(file);
                boolean same = Files.isRegularFile(top) && Files.size(top) == Files.size(own)
                        && (!file.endsWith(".sha256") || Files.mismatch(top, own) == -1);
                if (!same) {
                    differing.add(file);
                }
            }
            for (String file : List.of(ReleaseLayout.CATALOG_TTL, ReleaseLayout.CATALOG_JSONLD,
                    ReleaseLayout.VOID_TTL, ReleaseLayout.FEED)) {
                if (!Files.isRegularFile(dumps.resolve(file))) {
                    differing.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compare " + dumps + " with " + folder + ": " + e.getMessage(), e);
        }
        return differing;
    }

    private static List<Path> children(Path folder, java.util.function.Predicate<String> name) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(p -> name.test(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * After an unchanged publish: the catalogue, VoID and feed at the top of the dumps folder say where things are now
     * (the public URL may have changed since the latest release was made). Nothing is rewritten when the catalogue
     * already says what it would say; the release folders keep the files they were made with.
     */
    private void refreshDescriptions(List<Release> releases, Dataset dataset) {
        Path top = dumps.resolve(ReleaseLayout.CATALOG_TTL);
        Model catalogue = Catalogue.describe(site, releases);
        try {
            if (Files.isRegularFile(top) && isomorphic(catalogue, top)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + top + ": " + e.getMessage(), e);
        }
        Release latest = releases.get(releases.size() - 1);
        VoidDescription.Statistics statistics = Txn.calculateRead(dataset,
                () -> VoidDescription.count(dataset, site.base() + "/id/"));
        // the catalogue last: it is what the next run compares, so a run stopped here writes all three again
        AtomFeed.write(dumps, site, releases);
        writeModel(VoidDescription.describe(statistics, site, latest), dumps.resolve(ReleaseLayout.VOID_TTL));
        writeModel(catalogue, top);
    }

    private static boolean isomorphic(Model model, Path turtle) throws IOException {
        Model written = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.source(turtle).lang(org.apache.jena.riot.Lang.TURTLE).parse(written);
        return written.isIsomorphicWith(model);
    }

    private static List<String> filesOf(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.endsWith(".sha256") && !n.equals(Checksums.SHA256SUMS))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path staging, Path target) {
        try {
            if (Files.exists(target)) {
                throw new IllegalStateException("release folder " + target + " exists already; a release is never "
                        + "rewritten");
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.syncFolder(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The latest release's name as the pointer file {@code releases/latest.txt} gives it, if there is one. */
    public static Optional<String> latestName(Path dumps) {
        Path pointer = ReleaseLayout.releases(dumps).resolve(ReleaseLayout.LATEST_POINTER);
        try {
            String name = Files.isRegularFile(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).strip() : "";
            return ReleaseName.tryParse(name).map(ReleaseName::toString);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer + ": " + e.getMessage(), e);
        }
    }
}
