package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import no.policylod.format.Format;
import no.policylod.store.Store;
import no.policylod.testing.Fixtures;
import no.policylod.testing.GraphAssert;
import no.policylod.vocab.Namespaces;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dump format written from a real TDB2 store (the whole test corpus, plus the ontology and shapes with their
 * blank nodes), read back by parsers that are not ours: raptor's rapper and Python rdflib count the same quads
 * (N-Quads, TriG, JSON-LD) or union triples (N-Triples, Turtle) as the store holds; Jena reads every format as the
 * same data, the JSON-LD with the local context file only.
 */
class DumpFormatsTest {

    private static final String BASE = Fixtures.BASE;

    private static Store store;
    private static Path folder;
    private static long quads;
    private static long triples;

    @BeforeAll
    static void writeDumps() {
        Path dir = Fixtures.tempDir("dump-formats");
        store = storeWithOntology(dir.resolve("store"));
        folder = dir.resolve("dumps");
        write(store, folder);
        quads = store.quadCount();
        triples = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset())
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @MethodSource("dumpsButJsonLd")
    void rapperCountsWhatTheStoreHolds(Format format) {
        ExternalParsers.requireInstalled();
        String syntax = switch (format) {
            case NQUADS -> "nquads";
            case N_TRIPLES -> "ntriples";
            case TURTLE -> "turtle";
            case TRIG -> "trig";
            default -> throw new IllegalArgumentException("raptor has no parser for " + format);
        };
        assertEquals(expected(format), ExternalParsers.rapper(folder.resolve(format.dumpFile()), syntax), syntax);
    }

    @ParameterizedTest
    @MethodSource("dumps")
    void rdflibCountsWhatTheStoreHolds(Format format) {
        ExternalParsers.requireInstalled();
        String syntax = switch (format) {
            case NQUADS -> "nquads";
            case N_TRIPLES -> "nt";
            case TURTLE -> "turtle";
            case TRIG -> "trig";
            case JSON_LD -> "json-ld";
            default -> throw new IllegalArgumentException("not a dump format: " + format);
        };
        Path context = format == Format.JSON_LD ? folder.resolve(Format.CONTEXT_FILE) : null;
        assertEquals(expected(format), ExternalParsers.rdflib(folder.resolve(format.dumpFile()), syntax, context),
                syntax);
    }

    @Test
    void jenaReadsEveryFormatAsTheSameData() throws IOException {
        DatasetGraph reference = nquads();
        assertEquals(quads, reference.stream().count());
        Graph union = DatasetGraphFactory.create().getDefaultGraph();
        reference.find().forEachRemaining(q -> union.add(q.asTriple()));
        assertEquals(triples, union.size());
        DatasetGraph trig = DatasetGraphFactory.create();
        RDFParser.source(folder.resolve("policy-lod.trig")).parse(trig);
        GraphAssert.assertIsomorphic(reference, trig);
        GraphAssert.assertIsomorphic(union, RDFParser.source(folder.resolve("policy-lod.ttl")).toGraph());
        Graph nt = DatasetGraphFactory.create().getDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(folder.resolve("policy-lod.nt.gz")))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
        }
        GraphAssert.assertIsomorphic(union, nt);
        GraphAssert.assertIsomorphic(reference, jsonLdWithLocalContext());
    }

    @Test
    void dumpsHaveNoBlankNodesAndAreInCanonicalOrder() throws IOException {
        String text = gunzip(folder.resolve("policy-lod.nq.gz"));
        assertFalse(text.contains("_:"), "blank nodes in the N-Quads dump");
        assertTrue(text.contains(BASE + Skolem.PATH), "the ontology's blank nodes are Skolem IRIs");
        List<Quad> inFileOrder = new ArrayList<>();
        RDFParser.fromString(text, Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                inFileOrder.add(quad);
            }
        });
        List<Quad> sorted = new ArrayList<>(inFileOrder);
        sorted.sort(Comparator.comparing(CanonicalRdf::key));
        assertEquals(sorted, inFileOrder, "quads in canonical order");
    }

    @Test
    void aSecondStoreWithTheSameDataGivesTheSameBytes() throws IOException {
        Path dir = Fixtures.tempDir("dump-formats-again");
        try (Store again = storeWithOntology(dir.resolve("store"))) {
            write(again, dir.resolve("dumps"));
        }
        for (Format format : Format.dumps()) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(format.dumpFile())),
                    Files.readAllBytes(dir.resolve("dumps").resolve(format.dumpFile())), format.dumpFile());
        }
    }

    @Test
    void everyDumpHasItsChecksumFile() {
        for (Format format : Format.dumps()) {
            Path file = folder.resolve(format.dumpFile());
            assertEquals(Checksums.sha256(file) + "  " + format.dumpFile() + "\n",
                    read(folder.resolve(format.dumpFile() + ".sha256")));
        }
    }

    /** The JSON-LD dump read by Jena (titanium) with a document loader that knows only the local context file. */
    private static DatasetGraph jsonLdWithLocalContext() {
        List<URI> asked = new ArrayList<>();
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            asked.add(url);
            if (!url.getPath().endsWith("/" + Format.CONTEXT_FILE)) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "not local: " + url);
            }
            try (InputStream in = Files.newInputStream(folder.resolve(Format.CONTEXT_FILE))) {
                return JsonDocument.of(in);
            } catch (IOException e) {
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, e.getMessage());
            }
        });
        DatasetGraph jsonld = DatasetGraphFactory.create();
        RDFParser.source(folder.resolve("policy-lod.jsonld")).lang(Lang.JSONLD11)
                .base("https://w3id.org/policy-lod/dumps/releases/x/policy-lod.jsonld")
                .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options)).parse(jsonld);
        assertEquals(List.of(URI.create("https://w3id.org/policy-lod/dumps/releases/x/context.jsonld")), asked,
                "the JSON-LD dump refers to context.jsonld beside it, and to nothing else");
        return jsonld;
    }

    static List<Format> dumps() {
        return Format.dumps();
    }

    static List<Format> dumpsButJsonLd() {
        return Format.dumps().stream().filter(f -> f != Format.JSON_LD).toList();
    }

    private static long expected(Format format) {
        return format.quads() ? quads : triples;
    }

    private static DatasetGraph nquads() throws IOException {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.fromString(gunzip(folder.resolve("policy-lod.nq.gz")), Lang.NQUADS).parse(d);
        return d;
    }

    private static Store storeWithOntology(Path dir) {
        Store s = Fixtures.store(dir, "corpus/pages");
        DatasetGraph ontology = DatasetGraphFactory.create();
        Ontology.ontology().find().forEachRemaining(t ->
                ontology.add(Quad.create(NodeFactory.createURI(PL.ONTOLOGY_IRI), t)));
        Ontology.shapes().find().forEachRemaining(t ->
                ontology.add(Quad.create(NodeFactory.createURI(PL.SHAPES_IRI), t)));
        s.replaceGraphs(ontology, (fmt, args) -> { });
        return s;
    }

    private static void write(Store s, Path to) {
        DatasetGraph dsg = s.dataset().asDatasetGraph();
        Txn.executeRead(dsg, () -> DumpWriter.builder(to).prefixes(Namespaces.prefixes(BASE)).skolemBase(BASE)
                .formats(Format.dumps()).build().write(dsg));
    }

    private static String gunzip(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
