package no.policylod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.policylod.convert.Converter;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import no.policylod.validate.ShaclGate;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every generated page is read by the project's converter as a page of its template's kind and language would be:
 * no problem reading the folders, no page that fails, several kinds, three languages, amounts on a good share of pages,
 * a title of its own for every document, and no SHACL violation.
 */
class GeneratedPagesConvertTest {

    private static final int PAGES = 800;
    private static final int VALIDATED = 150;
    private static final UriPolicy URIS = new UriPolicy("https://w3id.org/policy-lod");

    @TempDir
    static Path corpus;
    static List<PageSnapshot> pages;
    static Map<String, JsonNode> entries = new HashMap<>();

    @BeforeAll
    static void generateAndRead() throws IOException {
        CorpusGenerator generator = CorpusGenerator.fromSources(List.of(CorpusGeneratorTest.SOURCES),
                ProblemSink.collecting());
        generator.generate(new CorpusGenerator.Request(PAGES, 99, corpus, 300));
        ProblemSink.Collecting problems = ProblemSink.collecting();
        pages = new SnapshotReader().read(List.of(corpus), problems);
        assertEquals(List.of(), problems.all(), "the folders read without a problem");
        for (String folder : List.of("0000", "0001", "0002")) {
            CorpusGeneratorTest.sources(corpus.resolve(folder)).forEach(e -> entries.put(folder + "/"
                    + e.get("file").asText(), e));
        }
    }

    @Test
    void everyPageConvertsAsItsTemplateKindAndLanguage() {
        Converter converter = new Converter(URIS);
        Map<DocClass, Integer> kinds = new EnumMap<>(DocClass.class);
        Map<Lang, Integer> languages = new EnumMap<>(Lang.class);
        int sameKind = 0;
        int sameLanguage = 0;
        int withAmounts = 0;
        for (PageSnapshot page : pages) {
            PageContent c = converter.convert(page, StreamRDFLib.sinkNull());
            JsonNode entry = entries.get(page.name());
            kinds.merge(c.docClass(), 1, Integer::sum);
            languages.merge(c.lang(), 1, Integer::sum);
            sameKind += CorpusWriter.kindName(c.docClass()).equals(entry.get("kind").asText()) ? 1 : 0;
            sameLanguage += c.lang().tag().equals(entry.get("lang").asText()) ? 1 : 0;
            boolean amounts = !c.amounts().isEmpty() || c.items().stream().anyMatch(i -> !i.amounts().isEmpty());
            withAmounts += amounts ? 1 : 0;
        }
        assertEquals(PAGES, pages.size());
        assertTrue(kinds.size() >= 8, "kinds: " + kinds);
        assertEquals(3, languages.size(), "languages: " + languages);
        assertTrue(sameKind >= PAGES * 0.95, sameKind + " of " + PAGES + " pages read as their template's kind");
        assertTrue(sameLanguage >= PAGES * 0.95, sameLanguage + " of " + PAGES + " in their template's language");
        assertTrue(withAmounts >= PAGES * 0.3, withAmounts + " of " + PAGES + " pages state amounts");
    }

    @Test
    void everyDocumentHasATitleOfItsOwn() {
        Converter converter = new Converter(URIS);
        Map<String, Set<String>> addressesByTitle = new HashMap<>();
        Set<String> pageIds = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (PageSnapshot page : pages) {
            PageContent c = converter.read(page);
            addresses.add(page.url().orElseThrow());
            c.pageId().ifPresent(pageIds::add);
            if (c.docClass() != DocClass.LISTING && c.title().isPresent()) {
                addressesByTitle.computeIfAbsent(c.title().get(), t -> new HashSet<>()).add(page.url().get());
            }
        }
        List<String> shared = addressesByTitle.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        assertEquals(List.of(), shared, "titles of more than one page");
        assertTrue(addressesByTitle.size() > PAGES / 2, addressesByTitle.size() + " titled documents");
        assertEquals(addresses.size(), pageIds.size(), "a page id of its own for every address");
    }

    @Test
    void snapshotGraphsHaveNoShaclViolation() {
        Converter converter = new Converter(URIS);
        DatasetGraph data = DatasetGraphFactory.create();
        converter.writeReferenceData(StreamRDFLib.dataset(data));
        List<Node> graphs = new ArrayList<>();
        for (PageSnapshot page : pages.subList(0, VALIDATED)) {
            converter.convert(page, StreamRDFLib.dataset(data));
            graphs.add(URIS.snapshotGraph(page));
        }
        ShaclGate gate = new ShaclGate();
        List<String> violations = new ArrayList<>();
        for (Node graph : graphs) {
            gate.check(data, graph, List.of(URIS.ministriesGraph())).stream().filter(ShaclGate.Finding::violation)
                    .forEach(f -> violations.add(f.describe()));
        }
        assertEquals(List.of(), violations);
    }
}
