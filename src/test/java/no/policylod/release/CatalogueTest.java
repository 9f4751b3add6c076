package no.policylod.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.policylod.dump.Checksums;
import no.policylod.format.Format;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of two real releases, checked against the DCAT-AP-NO 2.0 shapes Norway's data catalogue applies
 * (a copy in {@code src/test/resources/release/dcat-ap-no/}) and against the files it describes.
 */
class CatalogueTest {

    private static final String SHAPES = "release/dcat-ap-no/DCAT-AP-NO-shacl_shapes_2.00.ttl";

    private static Path dumps;
    private static Store store;
    private static List<Release> releases;
    private static Graph catalogue;

    @BeforeAll
    static void release() {
        Path dir = Fixtures.tempDir("catalogue");
        dumps = dir.resolve("dumps");
        store = ReleaseFixtures.store(dir.resolve("store"), "pages/seeds");
        Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-21T10:00:00Z"))
                .publish(store.dataset());
        store.replaceGraphs(ReleaseFixtures.data("pages/seeds", "pages/topic-with-url"), (fmt, args) -> { });
        Releases second = Releases.of(dumps, ReleaseFixtures.SITE, ReleaseFixtures.clock("2026-11-22T10:00:00Z"));
        second.publish(store.dataset());
        releases = second.list();
        catalogue = RDFParser.source(dumps.resolve("catalog.ttl")).toGraph();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void conformsToDcatApNoWithNoViolations() {
        Shapes shapes = Shapes.parse(RDFParser.source(Fixtures.resource(SHAPES)).toGraph());
        ValidationReport report = ShaclValidator.get().validate(shapes, catalogue);
        Map<Boolean, List<ReportEntry>> bySeverity = report.getEntries().stream()
                .collect(Collectors.partitioningBy(e -> e.severity().level().equals(Severity.Violation.level())));
        bySeverity.get(false).forEach(e -> System.out.println("DCAT-AP-NO " + e.severity().level().getLocalName()
                + ": " + e.focusNode() + " " + e.resultPath() + ": " + e.message()));
        assertEquals(List.of(), bySeverity.get(true).stream().map(e -> e.focusNode() + " " + e.resultPath() + ": "
                + e.message()).toList(), "DCAT-AP-NO violations");
    }

    @Test
    void everyDumpOfTheLatestReleaseIsADistributionWithItsSizeAndChecksums() {
        Release latest = releases.get(releases.size() - 1);
        Path folder = ReleaseLayout.release(dumps, latest.name());
        List<QuerySolution> rows = select("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX spdx: <http://spdx.org/rdf/terms#>
                PREFIX schema: <https://schema.org/>
                SELECT ?url ?size ?sha1 ?sha256 ?type WHERE {
                  <%s> dcat:distribution ?d .
                  ?d a dcat:Distribution ; dcat:downloadURL ?url ; dcat:byteSize ?size ; dcat:mediaType ?type ;
                     spdx:checksum [ spdx:algorithm spdx:checksumAlgorithm_sha1 ; spdx:checksumValue ?sha1 ] ;
                     schema:sha256 ?sha256 .
                } ORDER BY ?url""".formatted(ReleaseFixtures.SITE.version(latest.name())));
        assertEquals(Format.dumps().size(), rows.size(), rows.toString());
        for (Format format : Format.dumps()) {
            Path file = folder.resolve(format.dumpFile());
            QuerySolution row = rows.stream().filter(r -> r.getResource("url").getURI()
                    .equals(ReleaseFixtures.SITE.download(latest.name(), format.dumpFile()))).findFirst().orElseThrow();
            assertEquals(String.valueOf(size(file)), row.getLiteral("size").getLexicalForm(), format.dumpFile());
            assertEquals(Checksums.sha1(file), row.getLiteral("sha1").getLexicalForm(), format.dumpFile());
            assertEquals(Checksums.sha256(file), row.getLiteral("sha256").getLexicalForm(), format.dumpFile());
            assertEquals("https://www.iana.org/assignments/media-types/" + format.mediaType(),
                    row.getResource("type").getURI());
        }
    }

    @Test
    void versionsChainAndTheDatasetPointsAtTheLatest() {
        List<QuerySolution> rows = select("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT ?v ?name ?previous ?current WHERE {
                  <%1$s> dcat:hasVersion ?v ; dcat:hasCurrentVersion ?current .
                  ?v dcat:version ?name ; dcterms:isVersionOf <%1$s> .
                  OPTIONAL { ?v dcat:previousVersion ?previous }
                } ORDER BY ?name""".formatted(ReleaseFixtures.SITE.dataset()));
        assertEquals(List.of("2026-11-21.1", "2026-11-22.1"),
                rows.stream().map(r -> r.getLiteral("name").getLexicalForm()).toList());
        assertEquals(ReleaseFixtures.SITE.version("2026-11-21.1"), rows.get(1).getResource("previous").getURI());
        assertEquals(ReleaseFixtures.SITE.version("2026-11-22.1"), rows.get(0).getResource("current").getURI());
    }

    @Test
    void temporalCoverageIsTheOldestAndNewestIssuedDate() {
        QuerySolution expected;
        try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query("""
                SELECT (STR(MIN(?d)) AS ?start) (STR(MAX(?d)) AS ?end)
                WHERE { ?s <http://purl.org/dc/terms/issued> ?d }""").build()) {
            expected = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> qe.execSelect().next());
        }
        QuerySolution actual = select("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                SELECT (STR(?s) AS ?start) (STR(?e) AS ?end) WHERE {
                  <%s> dcterms:temporal [ a dcterms:PeriodOfTime ; dcat:startDate ?s ; dcat:endDate ?e ] }"""
                .formatted(ReleaseFixtures.SITE.dataset())).get(0);
        assertEquals(expected.getLiteral("start").getString(), actual.getLiteral("start").getString());
        assertEquals(expected.getLiteral("end").getString(), actual.getLiteral("end").getString());
    }

    @Test
    void jsonLdSaysTheSameAsTurtle() {
        Graph jsonld = RDFParser.source(dumps.resolve("catalog.jsonld")).lang(Lang.JSONLD11).toGraph();
        GraphAssert.assertIsomorphic(catalogue, jsonld);
        assertTrue(catalogue.size() > 100, "a catalogue of some substance: " + catalogue.size());
    }

    private static List<QuerySolution> select(String query) {
        Model model = ModelFactory.createModelForGraph(catalogue);
        try (QueryExecution qe = QueryExecution.model(model).query(query).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
