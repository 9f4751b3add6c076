package no.policylod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.policylod.config.Settings;
import no.policylod.convert.Converter;
import no.policylod.convert.ParallelConverter;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.dump.CanonicalRdf;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.Releases;
import no.policylod.source.PageSnapshot;
import no.policylod.source.Problem;
import no.policylod.source.ProblemSink;
import no.policylod.source.SnapshotReader;
import no.policylod.store.GraphStore;
import no.policylod.store.PageLedger;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import no.policylod.validate.ShaclGate;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.vocabulary.RDF;

/**
 * The stages of the pipeline as the commands wire them: stage (read and convert), validate, load, dump. Every
 * problem goes to one {@link ProblemSink}; every stage prints a one-line summary.
 */
final class Pipeline {

    private static final Set<Node> DOCUMENT_CLASSES = java.util.Arrays.stream(DocClass.values())
            .flatMap(c -> c.ontologyClass().stream()).map(r -> r.asNode()).collect(java.util.stream.Collectors.toSet());

    private final Settings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private final ProblemSink.Collecting problems = ProblemSink.collecting();
    private final UriPolicy uris;
    private final int threads;
    private final StageTimes times = new StageTimes();
    private int printed;

    Pipeline(Settings settings, PrintWriter out, PrintWriter err, boolean verbose) {
        this(settings, out, err, verbose, 1);
    }

    /** A pipeline converting pages on {@code threads} threads. */
    Pipeline(Settings settings, PrintWriter out, PrintWriter err, boolean verbose, int threads) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.verbose = verbose;
        this.uris = new UriPolicy(settings.base());
        this.threads = threads;
    }

    /** How long each stage took so far. */
    StageTimes times() {
        return times;
    }

    /**
     * Data read and converted, before validation and loading: converted pages on disk ({@link StagedGraphs}), one
     * graph in memory at a time; RDF inputs, the reference data and the ontology in memory. Close it to remove the
     * temporary file.
     */
    static final class Staged implements GraphStore.Batch, AutoCloseable {
        private final DatasetGraph memory = DatasetGraphFactory.create();
        private final StagedGraphs pages = StagedGraphs.create();
        private final Map<Node, List<ShaclGate.Finding>> findings = new HashMap<>();
        private final Set<Node> documents = new HashSet<>();
        private final List<Node> snapshotGraphs = new ArrayList<>();
        private final Set<Node> unchecked = new HashSet<>();
        private final Map<Node, String[]> ledgerLines = new HashMap<>();
        private int unchangedPages;
        private PageLedger ledger;
        private int pageCount;
        private long amounts;
        private long pageQuads;
        private boolean checked;

        /** The in-memory part: RDF inputs, reference data, ontology. */
        DatasetGraph memory() {
            return memory;
        }

        int pages() {
            return pageCount;
        }

        /** Pages not converted again: the store holds what they give ({@link PageLedger}). */
        int unchangedPages() {
            return unchangedPages;
        }

        /** The snapshot graphs of converted pages, in input order. */
        List<Node> snapshotGraphs() {
            return snapshotGraphs;
        }

        @Override
        public List<Node> graphNames() {
            java.util.LinkedHashSet<Node> names = new java.util.LinkedHashSet<>(pages.names());
            memory.listGraphNodes().forEachRemaining(names::add);
            return List.copyOf(names);
        }

        /** A graph from disk or memory; one in both (an input that holds the reference data) is their union. */
        @Override
        public org.apache.jena.graph.Graph graph(Node name) {
            if (!pages.contains(name)) {
                return memory.getGraph(name);
            }
            org.apache.jena.graph.Graph graph = pages.graph(name);
            if (memory.containsGraph(name)) {
                memory.getGraph(name).find().forEachRemaining(graph::add);
            }
            return graph;
        }

        /** Every quad in canonical order ({@link CanonicalRdf#forEachSorted}), blank nodes kept. */
        void forEachSorted(java.util.function.Consumer<Quad> sink) {
            CanonicalRdf.forEachSorted(memory.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY),
                    graphNames(), name -> {
                        if (!pages.contains(name)) {
                            return memory.find(name, Node.ANY, Node.ANY, Node.ANY);
                        }
                        List<Quad> quads = new ArrayList<>();
                        graph(name).find().forEachRemaining(t -> quads.add(Quad.create(name, t)));
                        return quads.iterator();
                    }, null, sink);
        }

        /** Stages a graph read from an RDF file, merged with what was staged under its name before. */
        private void stageRdf(Node name, org.apache.jena.graph.Graph graph) {
            if (pages.contains(name)) {
                org.apache.jena.graph.Graph merged = pages.graph(name);
                pageQuads -= merged.size();
                graph.find().forEachRemaining(merged::add);
                graph = merged;
            }
            pages.put(name, graph);
            unchecked.add(name);
            pageQuads += graph.size();
            count(graph);
        }

        /** Documents and amounts typed in a graph, for the summary line. */
        private void count(org.apache.jena.graph.Graph graph) {
            for (var it = graph.find(Node.ANY, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
                var t = it.next();
                if (DOCUMENT_CLASSES.contains(t.getObject())) {
                    documents.add(t.getSubject());
                } else if (t.getObject().equals(PL.BudgetAmount.asNode())) {
                    amounts++;
                }
            }
        }

        private void remove(Node graph) {
            pages.remove(graph);
            ledgerLines.remove(graph);
            memory.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public void close() {
            pages.close();
        }
    }

    /** The parser's quads, gathered into runs of one graph and staged run by run. */
    private static final class GraphRuns extends org.apache.jena.riot.system.StreamRDFBase {
        private final Staged staged;
        private final Node fallbackGraph;
        private Node current;
        private org.apache.jena.graph.Graph run = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();

        GraphRuns(Staged staged, Node fallbackGraph) {
            this.staged = staged;
            this.fallbackGraph = fallbackGraph;
        }

        @Override
        public void quad(Quad q) {
            if (q.isDefaultGraph()) {
                staged.memory().add(q);
            } else {
                add(q.getGraph(), q.asTriple());
            }
        }

        @Override
        public void triple(org.apache.jena.graph.Triple t) {
            add(fallbackGraph, t);
        }

        private void add(Node graph, org.apache.jena.graph.Triple t) {
            if (!graph.equals(current)) {
                finish();
                current = graph;
            }
            run.add(t);
        }

        /** Stages the graph being gathered; also after a parse error, as far as it got. */
        @Override
        public void finish() {
            if (current != null && !run.isEmpty()) {
                staged.stageRdf(current, run);
                run = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            }
            current = null;
        }
    }

    /** The ledger of pages converted into a store ({@link PageLedger}), beside it. */
    PageLedger ledger(Store store) {
        return PageLedger.open(PageLedger.fileFor(store.directory()), settings.base());
    }

    ProblemSink.Collecting problems() {
        return problems;
    }

    /** Reads and converts pages (files, folders) and RDF files, with the reference data; nothing is validated. */
    Staged stage(List<Path> inputs) {
        return stage(inputs, false);
    }

    /**
     * Reads and converts pages (files, folders) and RDF files, with the reference data. With {@code check}, each
     * converted page is validated on the thread that converted it; {@link #validate} reports what was found.
     */
    Staged stage(List<Path> inputs, boolean check) {
        return stage(inputs, check, null, null);
    }

    /**
     * As {@link #stage(List, boolean)}, skipping the pages whose conversion the store already holds as the ledger
     * records it ({@link PageLedger}); they count as unchanged.
     */
    Staged stage(List<Path> inputs, boolean check, Store store, PageLedger ledger) {
        times.start("read");
        Staged staged = new Staged();
        staged.ledger = ledger;
        List<Path> pageInputs = new ArrayList<>();
        for (Path input : inputs) {
            if (CanonicalRdf.formatOf(input.getFileName().toString()) != null && !input.toFile().isDirectory()) {
                readRdf(input, staged);
            } else {
                pageInputs.add(input);
            }
        }
        SnapshotReader.Listing pages = new SnapshotReader(settings.maxPageBytes()).list(pageInputs, problems);
        times.start("convert");
        new Converter(uris).writeReferenceData(StreamRDFLib.dataset(staged.memory()));
        ShaclGate gate = check ? new ShaclGate(staged.memory().getGraph(uris.ministriesGraph())) : null;
        staged.checked = check;
        Progress progress = new Progress(err, "converting", pages.files());
        int[] done = {0};
        Iterable<PageSnapshot> toConvert = ledger == null ? pages : () -> org.apache.jena.atlas.iterator.Iter.filter(
                pages.iterator(), new SkipUnchanged(staged, store, ledger)::convert);
        new ParallelConverter(uris, threads).convert(toConvert, result -> checked(result, gate, ledger), one -> {
            merge(one, staged);
            progress.step(++done[0]);
        });
        progress.done();
        staged.pageCount = done[0] + staged.unchangedPages;
        flushProblems();
        times.stop();
        return staged;
    }

    /** A converted page with its snapshot graph and, when a gate is given, what validation found in it. */
    private record Checked(ParallelConverter.Result result, Node graph, List<ShaclGate.Finding> findings,
                           String[] ledgerLine) {
    }

    private Checked checked(ParallelConverter.Result result, ShaclGate gate, PageLedger ledger) {
        if (result.failure() != null) {
            return new Checked(result, null, List.of(), null);
        }
        Node graph = uris.snapshotGraph(result.page());
        if (!result.quads().find(graph, Node.ANY, RDF.type.asNode(), PL.Snapshot.asNode()).hasNext()) {
            return new Checked(result, null, List.of(), null);
        }
        org.apache.jena.graph.Graph quads = result.quads().getGraph(graph);
        return new Checked(result, graph, gate == null ? List.of() : gate.check(quads, graph), ledger == null ? null
                : new String[] {ledger.key(result.page()), PageLedger.sha256(quads)});
    }

    /**
     * Lets through the pages to convert; a page whose conversion the store holds (its key in the ledger, the stored
     * graph hashing to what was recorded) is counted from the stored graph instead. A page whose snapshot graph an
     * earlier page of this run has is always converted, so that the last of them wins as it would without a ledger.
     */
    private final class SkipUnchanged {
        private final Staged staged;
        private final Store store;
        private final PageLedger ledger;
        private final Set<Node> seen = new HashSet<>();

        SkipUnchanged(Staged staged, Store store, PageLedger ledger) {
            this.staged = staged;
            this.store = store;
            this.ledger = ledger;
        }

        boolean convert(PageSnapshot page) {
            Node graph = uris.snapshotGraph(page);
            if (!seen.add(graph)) {
                return true;
            }
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
                org.apache.jena.graph.Graph stored = dsg.getGraph(graph);
                if (ledger.unchanged(page, stored).isEmpty()) {
                    return true;
                }
                staged.unchangedPages++;
                staged.snapshotGraphs.add(graph);
                staged.pageQuads += stored.size();
                staged.count(stored);
                return false;
            });
        }
    }

    /** Keeps one converted page's graph, replacing an earlier graph of the same name. */
    private void merge(Checked one, Staged staged) {
        ParallelConverter.Result result = one.result();
        if (result.failure() != null) {
            problems.accept(Problem.error(result.page().name(), 0, "cannot convert: "
                    + Problem.reason(result.failure())));
            if (verbose) {
                result.failure().printStackTrace(err);
            }
            return;
        }
        if (one.graph() == null) {
            return;
        }
        Node graph = one.graph();
        org.apache.jena.graph.Graph quads = result.quads().getGraph(graph);
        staged.pages.put(graph, quads);
        if (one.ledgerLine() != null) {
            staged.ledgerLines.put(graph, one.ledgerLine());
        }
        if (one.findings().isEmpty()) {
            staged.findings.remove(graph);
        } else {
            staged.findings.put(graph, one.findings());
        }
        staged.snapshotGraphs.add(graph);
        staged.pageQuads += quads.size();
        staged.count(quads);
    }

    /**
     * Parses an RDF file into the staged data a graph at a time: quads of one graph that come together (as in
     * canonical N-Quads and TriG, and our dumps) are staged on disk as soon as the graph changes; a graph that comes
     * back later is merged with what was staged. Triples of a triples format go to the file's own graph; quads in the
     * default graph stay in memory, as they are not loaded.
     */
    private void readRdf(Path file, Staged staged) {
        Node fallbackGraph = NodeFactory.createURI(settings.base() + "/graph/file/"
                + UriPolicy.slug(file.getFileName().toString()));
        var format = CanonicalRdf.formatOf(file.getFileName().toString());
        if (format != null && !org.apache.jena.riot.RDFLanguages.isQuads(format.getLang())) {
            problems.accept(Problem.warning(file.toString(), 0, "a triples format has no graph names: every "
                    + "snapshot in it lands in one graph <" + fallbackGraph.getURI() + ">; convert to .nq or .trig "
                    + "to keep one graph per snapshot"));
        }
        GraphRuns sink = new GraphRuns(staged, fallbackGraph);
        try {
            // Jena decompresses a .gz file named by its URI, not one given as a Path
            var source = file.getFileName().toString().endsWith(".gz")
                    ? RDFParser.source(file.toAbsolutePath().toUri().toString()) : RDFParser.source(file);
            NoFetching.apply(source).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(sink);
            sink.finish();
        } catch (org.apache.jena.riot.RiotNotFoundException e) {
            problems.accept(Problem.error(file.toString(), 0, "no such file"));
        } catch (RiotException e) {
            problems.accept(Problem.error(file.toString(), 0, "not valid RDF: " + e.getMessage()));
        } catch (org.apache.jena.atlas.RuntimeIOException e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + Problem.reason(e)));
        }
    }

    /** Adds the ontology and the shapes, each in its own graph, for loading. */
    void addOntology(Staged staged) {
        Node ontology = NodeFactory.createURI(PL.ONTOLOGY_IRI);
        Node shapes = NodeFactory.createURI(PL.SHAPES_IRI);
        // replaced, not merged: an input (a release dump) may hold them already, blank nodes as Skolem IRIs
        for (Node graph : List.of(ontology, shapes)) {
            staged.memory().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            staged.pages.remove(graph);
        }
        Ontology.ontology().find().forEachRemaining(t -> staged.memory().add(Quad.create(ontology, t)));
        Ontology.shapes().find().forEachRemaining(t -> staged.memory().add(Quad.create(shapes, t)));
    }

    /**
     * Validates each snapshot graph against the shapes (converted pages were checked as they were converted, when
     * {@link #stage(List, boolean)} was asked to), prints every finding, and removes from the staged data the graphs
     * that have violations.
     *
     * @return the number of graphs held back
     */
    int validate(Staged staged) {
        times.start("validate");
        ShaclGate gate = new ShaclGate(staged.memory().getGraph(uris.ministriesGraph()));
        Map<Node, List<ShaclGate.Finding>> found = new HashMap<>();
        Set<Node> graphs = new HashSet<>();
        staged.memory().find(Node.ANY, Node.ANY, RDF.type.asNode(), PL.Snapshot.asNode())
                .forEachRemaining(q -> graphs.add(q.getGraph()));
        Progress progress = new Progress(err, "validating", graphs.size());
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        found.putAll(checkAll(List.copyOf(graphs), name -> {
            List<ShaclGate.Finding> findings = gate.check(staged.memory().getGraph(name), name);
            progress.step(done.incrementAndGet());
            return findings;
        }));
        progress.done();
        List<Node> toCheck = new ArrayList<>();
        for (Node graph : staged.pages.names()) {
            if (!staged.checked || staged.unchecked.contains(graph)) {
                toCheck.add(graph);
            } else {
                if (staged.findings.containsKey(graph)) {
                    found.put(graph, staged.findings.get(graph));
                }
                graphs.add(graph);
            }
        }
        Map<Node, List<ShaclGate.Finding>> checkedNow = checkAll(toCheck, name -> {
            org.apache.jena.graph.Graph g = staged.graph(name);
            return g.contains(name, RDF.type.asNode(), PL.Snapshot.asNode()) ? gate.check(g, name) : null;
        });
        found.putAll(checkedNow);
        graphs.addAll(checkedNow.keySet());
        Set<Node> rejected = new HashSet<>();
        int warnings = 0;
        List<Node> sorted = found.keySet().stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
        for (Node graph : sorted) {
            String file = null;
            for (ShaclGate.Finding f : found.get(graph)) {
                file = file == null ? fileOf(staged.graph(graph), graph) : file;
                problems.accept(f.violation() ? Problem.error(file, 0, "violation: " + f.describe())
                        : Problem.warning(file, 0, f.describe()));
                if (f.violation()) {
                    rejected.add(graph);
                } else {
                    warnings++;
                }
            }
        }
        rejected.forEach(staged::remove);
        flushProblems();
        out.printf("validated %d snapshot graphs: %d held back for violations, %d warnings%n",
                graphs.size(), rejected.size(), warnings);
        times.stop();
        return rejected.size();
    }

    /**
     * Runs {@code check} for each of {@code names} on the pipeline's threads (graphs in memory are only read, and
     * the gate is thread-safe); a null result (not a snapshot graph) is left out.
     */
    private Map<Node, List<ShaclGate.Finding>> checkAll(List<Node> names,
            java.util.function.Function<Node, List<ShaclGate.Finding>> check) {
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            return pool.submit(() -> names.parallelStream()
                    .map(name -> {
                        List<ShaclGate.Finding> findings = check.apply(name);
                        return findings == null ? null : Map.entry(name, findings);
                    })
                    .filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))).join();
        } finally {
            pool.shutdown();
        }
    }

    private static String fileOf(org.apache.jena.graph.Graph graph, Node name) {
        var it = graph.find(name, PL.fileName.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : name.getURI();
    }

    /** Loads into the TDB2 store, marking the search index stale first, and records the pages in the ledger. */
    GraphStore.LoadReport load(Store store, TextIndex index, Staged staged) {
        return load(store, staged, index::markStale);
    }

    /**
     * Loads the staged graphs into a store, local or remote ({@link GraphStore}), prints what was done and every
     * graph whose count the store reports differently from what was sent; {@code beforeWrite} runs once before the
     * store is written.
     */
    GraphStore.LoadReport load(GraphStore store, Staged staged, Runnable beforeWrite) {
        times.start("load");
        MonitorOutput monitor = verbose ? (fmt, args) -> err.println(String.format(fmt, args)) : (fmt, args) -> { };
        GraphStore.LoadReport report = store.replaceGraphs(staged, monitor, beforeWrite);
        if (staged.ledger != null) {
            staged.ledgerLines.forEach((graph, line) -> staged.ledger.record(line[0], graph, line[1]));
            staged.ledger.save();
        }
        if (staged.unchangedPages() > 0) {
            out.printf("%d pages unchanged since they were loaded: not converted or validated again%n",
                    staged.unchangedPages());
        }
        out.printf("loaded into %s: %d graphs added, %d replaced, %d unchanged (%d quads written); "
                        + "store holds %d quads%n", store.location(), report.added(), report.replaced(),
                report.unchanged() + staged.unchangedPages(), report.quadsLoaded(), store.quadCount());
        if (verbose) {
            report.addedGraphs().forEach(g -> out.println("  added " + g.getURI()));
            report.replacedGraphs().forEach(g -> out.println("  replaced " + g.getURI()));
        }
        for (GraphStore.CountMismatch m : report.mismatches()) {
            err.println("policy-lod: " + store.location() + ": count differs for " + m.describe());
        }
        times.stop();
        return report;
    }

    /**
     * Rebuilds the search index from the store (the bulk loader bypasses jena-text's change listener), unless the
     * index is current: built, and the store not written since.
     */
    void index(Store store, TextIndex index) {
        times.start("index");
        out.println(rebuildIndex(store, index));
        times.stop();
    }

    /** The index rebuilt unless current; what was done, as the line to print. */
    private static String rebuildIndex(Store store, TextIndex index) {
        if (index.isCurrent()) {
            return String.format("search index in %s is current", index.folder());
        }
        long entries = index.rebuild(store.dataset());
        return String.format("indexed %d texts for search in %s", entries, index.folder());
    }

    /**
     * {@link #index} and {@link #release} at once, on two threads: both only read the store, each in its own read
     * transaction. The index's line is printed after the release's; {@code --timings} shows each stage's own time.
     */
    Releases.Outcome indexAndRelease(Store store, TextIndex index) {
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<String> indexing = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    String line = rebuildIndex(store, index);
                    times.add("index", System.nanoTime() - t0);
                    return line;
                }, task -> {
                    Thread thread = new Thread(task, "index");
                    thread.setDaemon(true);
                    thread.start();
                });
        Releases.Outcome outcome;
        try {
            outcome = release(store);
        } finally {
            try {
                out.println(indexing.join());
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return outcome;
    }

    /**
     * Writes a release of the store's data (dumps in every format, catalogue, VoID, change feed) when the data
     * changed since the latest release; unchanged data makes no new release.
     */
    Releases.Outcome release(Store store) {
        times.start("release");
        Path state = released(store);
        boolean knownUnchanged = releasedLine(store, Releases.latestName(settings.dumps()).orElse(""))
                .equals(readQuietly(state));
        Releases.Outcome outcome = Releases.of(settings).publish(store.dataset(), knownUnchanged);
        no.policylod.dump.AtomicFiles.writeString(state, releasedLine(store, outcome.release().name()));
        times.stop();
        String name = outcome.release().name();
        if (!outcome.created()) {
            out.printf("unchanged since release %s: no new release%n", name);
            return outcome;
        }
        out.printf("release %s (%d quads) in %s:%n", name, outcome.release().quads(),
                ReleaseLayout.release(settings.dumps(), name));
        for (Release.Artifact a : outcome.release().dumps()) {
            out.printf("  %-24s %,12d bytes  sha256 %s%n", a.file(), a.bytes(), a.sha256());
        }
        return outcome;
    }

    /**
     * Puts the dumps folder in order after a run that was stopped midway ({@link Releases#recover()}), saying what it
     * did, a line each.
     */
    void recover() {
        for (String line : Releases.of(settings).recover()) {
            out.println("recovered: " + line);
        }
    }

    /**
     * When the store was written after its latest release was made (a publish stopped between loading and releasing,
     * or a {@code load}), the line that says so; empty when it holds what the latest release holds, or there is none.
     */
    java.util.Optional<String> unreleasedChanges(Store store) {
        java.util.Optional<String> latest = Releases.latestName(settings.dumps());
        String recorded = readQuietly(released(store));
        if (latest.isEmpty() || recorded.isEmpty()) {
            return java.util.Optional.empty();
        }
        return releasedLine(store, latest.get()).equals(recorded) ? java.util.Optional.empty() : java.util.Optional.of("the store in "
                + store.directory() + " may hold changes made after release " + latest.get()
                + ": 'policy-lod publish' releases them");
    }

    /** The line of {@link #released} saying the store's files are those of that release of these dumps. */
    private String releasedLine(Store store, String release) {
        return settings.dumps().toAbsolutePath().normalize() + "\t" + release + "\t" + store.fingerprint() + "\n";
    }

    /**
     * The file beside the store that says which release of which dumps folder the store's files were last released
     * or checked as; when it still matches, a publish knows the store equals that release without reading it.
     */
    private static Path released(Store store) {
        Path absolute = store.directory().toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-released.tsv");
    }

    private static String readQuietly(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** Counts of what the staged data holds, for the summary line. */
    String describe(Staged staged) {
        times.start("count");
        DatasetGraph d = staged.memory();
        Set<Node> docs = new HashSet<>(staged.documents);
        long amounts = staged.amounts;
        for (var it = d.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (DOCUMENT_CLASSES.contains(q.getObject())) {
                docs.add(q.getSubject());
            } else if (q.getObject().equals(PL.BudgetAmount.asNode())) {
                amounts++;
            }
        }
        long quads = org.apache.jena.atlas.iterator.Iter.count(d.find()) + staged.pageQuads;
        times.stop();
        return String.format("%d pages, %d snapshots, %d documents, %d budget amounts, %d quads",
                staged.pages(), staged.snapshotGraphs().size(), docs.size(), amounts, quads);
    }

    /** Prints the problems reported since the last call, one line each. */
    private void flushProblems() {
        List<Problem> all = problems.all();
        for (int i = printed; i < all.size(); i++) {
            err.println(all.get(i));
        }
        printed = all.size();
        err.flush();
    }

    /** True when any problem so far is an error. */
    boolean hadErrors() {
        return problems.errors() > 0;
    }
}
