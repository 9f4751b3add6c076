package no.policylod.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import no.policylod.config.Settings;
import no.policylod.convert.Converter;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import no.policylod.store.Store;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * Test fixtures built with the real stages: pages from {@code src/test/resources/pages}, converted, and loaded into a
 * real TDB2 store in a temporary folder.
 *
 * <pre>
 * DatasetGraph seeds = Fixtures.convert("pages/seeds");
 * try (Store store = Fixtures.store(tempDir, "pages/seeds", "pages/topic-with-url")) { ... }
 * </pre>
 */
public final class Fixtures {

    /** The base URI every fixture is converted with (the default). */
    public static final String BASE = Settings.DEFAULT_BASE_URI.toString();

    private Fixtures() {
    }

    /** The folder of a test resource. */
    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /** The pages of the given resource folders, read as the CLI reads them; fails on any problem. */
    public static List<PageSnapshot> pages(String... folders) {
        ProblemSink.Collecting problems = ProblemSink.collecting();
        List<PageSnapshot> pages = new SnapshotReader().read(
                java.util.Arrays.stream(folders).map(Fixtures::resource).toList(), problems);
        if (!problems.all().isEmpty()) {
            throw new IllegalStateException("fixture problems: " + problems.all());
        }
        return pages;
    }

    /** The pages of the given resource folders converted, with the reference data, into one dataset. */
    public static DatasetGraph convert(String... folders) {
        DatasetGraph data = DatasetGraphFactory.create();
        Converter converter = new Converter(new UriPolicy(BASE));
        for (PageSnapshot page : pages(folders)) {
            converter.convert(page, StreamRDFLib.dataset(data));
        }
        converter.writeReferenceData(StreamRDFLib.dataset(data));
        return data;
    }

    /** A TDB2 store in {@code dir} holding the given page folders, converted. */
    public static Store store(Path dir, String... folders) {
        Store store = Store.open(dir);
        store.replaceGraphs(convert(folders), (fmt, args) -> { });
        return store;
    }

    /** A fresh temporary folder that is deleted at JVM exit. */
    public static Path tempDir(String prefix) {
        try {
            Path dir = java.nio.file.Files.createTempDirectory(prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
