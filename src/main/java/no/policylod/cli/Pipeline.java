package no.policylod.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.apache.jena.riot.system.StreamRDF;
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

    /** Data read and converted in memory, before validation and loading. */
    record Staged(DatasetGraph data, int pages, List<Node> snapshotGraphs) {
    }

    ProblemSink.Collecting problems() {
        return problems;
    }

    /** Reads pages (files, folders) and RDF files into one in-memory dataset, with the reference data. */
    Staged stage(List<Path> inputs) {
        times.start("read");
        DatasetGraph data = DatasetGraphFactory.create();
        List<Path> pageInputs = new ArrayList<>();
        for (Path input : inputs) {
            if (CanonicalRdf.formatOf(input.getFileName().toString()) != null && !input.toFile().isDirectory()) {
                readRdf(input, data);
            } else {
                pageInputs.add(input);
            }
        }
        List<PageSnapshot> pages = pageInputs.isEmpty() ? List.of()
                : new SnapshotReader().read(pageInputs, problems);
        times.start("convert");
        Progress progress = new Progress(err, "converting", pages.size());
        List<Node> graphs = new ArrayList<>();
        int[] done = {0};
        new ParallelConverter(uris, threads).convert(pages, result -> {
            merge(result, data).ifPresent(graphs::add);
            progress.step(++done[0]);
        });
        progress.done();
        new Converter(uris).writeReferenceData(StreamRDFLib.dataset(data));
        flushProblems();
        times.stop();
        return new Staged(data, pages.size(), graphs);
    }

    /** Adds one converted page's quads to the staged data, replacing an earlier graph of the same name. */
    private java.util.Optional<Node> merge(ParallelConverter.Result result, DatasetGraph data) {
        PageSnapshot page = result.page();
        if (result.failure() != null) {
            problems.accept(Problem.error(page.name(), 0, "cannot convert: " + result.failure()));
            if (verbose) {
                result.failure().printStackTrace(err);
            }
            return java.util.Optional.empty();
        }
        DatasetGraph one = result.quads();
        Node graph = uris.snapshotGraph(page);
        if (!one.find(graph, Node.ANY, RDF.type.asNode(), PL.Snapshot.asNode()).hasNext()) {
            return java.util.Optional.empty();
        }
        data.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        one.find().forEachRemaining(data::add);
        return java.util.Optional.of(graph);
    }

    private void readRdf(Path file, DatasetGraph data) {
        Node fallbackGraph = NodeFactory.createURI(settings.base() + "/graph/file/"
                + UriPolicy.slug(file.getFileName().toString()));
        var format = CanonicalRdf.formatOf(file.getFileName().toString());
        if (format != null && !org.apache.jena.riot.RDFLanguages.isQuads(format.getLang())) {
            problems.accept(Problem.warning(file.toString(), 0, "a triples format has no graph names: every "
                    + "snapshot in it lands in one graph <" + fallbackGraph.getURI() + ">; convert to .nq or .trig "
                    + "to keep one graph per snapshot"));
        }
        StreamRDF target = StreamRDFLib.dataset(data);
        StreamRDF sink = new org.apache.jena.riot.system.StreamRDFWrapper(target) {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                target.quad(Quad.create(fallbackGraph, t));
            }
        };
        try {
            RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(sink);
        } catch (org.apache.jena.riot.RiotNotFoundException e) {
            problems.accept(Problem.error(file.toString(), 0, "no such file"));
        } catch (RiotException e) {
            problems.accept(Problem.error(file.toString(), 0, "not valid RDF: " + e.getMessage()));
        } catch (org.apache.jena.atlas.RuntimeIOException e) {
            problems.accept(Problem.error(file.toString(), 0, "cannot read: " + e.getMessage()));
        }
    }

    /** Adds the ontology and the shapes, each in its own graph, for loading. */
    void addOntology(Staged staged) {
        Node ontology = NodeFactory.createURI(PL.ONTOLOGY_IRI);
        Node shapes = NodeFactory.createURI(PL.SHAPES_IRI);
        Ontology.ontology().find().forEachRemaining(t -> staged.data().add(Quad.create(ontology, t)));
        Ontology.shapes().find().forEachRemaining(t -> staged.data().add(Quad.create(shapes, t)));
    }

    /**
     * Validates each snapshot graph against the shapes, prints every finding, and removes from the staged data the
     * graphs that have violations.
     *
     * @return the number of graphs held back
     */
    int validate(Staged staged) {
        times.start("validate");
        ShaclGate gate = new ShaclGate();
        List<Node> reference = List.of(uris.ministriesGraph());
        Set<Node> rejected = new HashSet<>();
        int warnings = 0;
        Progress progress = new Progress(err, "validating", staged.snapshotGraphs().size());
        int done = 0;
        for (Node graph : snapshotGraphs(staged)) {
            String file = fileOf(staged.data(), graph);
            for (ShaclGate.Finding f : gate.check(staged.data(), graph, reference)) {
                problems.accept(f.violation() ? Problem.error(file, 0, "violation: " + f.describe())
                        : Problem.warning(file, 0, f.describe()));
                if (f.violation()) {
                    rejected.add(graph);
                } else {
                    warnings++;
                }
            }
            progress.step(++done);
        }
        progress.done();
        rejected.forEach(g -> staged.data().deleteAny(g, Node.ANY, Node.ANY, Node.ANY));
        flushProblems();
        out.printf("validated %d snapshot graphs: %d held back for violations, %d warnings%n",
                done, rejected.size(), warnings);
        times.stop();
        return rejected.size();
    }

    private static List<Node> snapshotGraphs(Staged staged) {
        List<Node> graphs = new ArrayList<>();
        staged.data().find(Node.ANY, Node.ANY, RDF.type.asNode(), PL.Snapshot.asNode())
                .forEachRemaining(q -> graphs.add(q.getGraph()));
        return graphs.stream().distinct().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList();
    }

    private static String fileOf(DatasetGraph data, Node graph) {
        var it = data.find(graph, graph, PL.fileName.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : graph.getURI();
    }

    Store.LoadReport load(Store store, Staged staged) {
        times.start("load");
        MonitorOutput monitor = verbose ? (fmt, args) -> err.println(String.format(fmt, args)) : (fmt, args) -> { };
        Store.LoadReport report = store.replaceGraphs(staged.data(), monitor);
        out.printf("loaded into %s: %d graphs added, %d replaced, %d unchanged (%d quads written); "
                        + "store holds %d quads%n", store.directory(), report.added(), report.replaced(),
                report.unchanged(), report.quadsLoaded(), store.quadCount());
        if (verbose) {
            report.addedGraphs().forEach(g -> out.println("  added " + g.getURI()));
            report.replacedGraphs().forEach(g -> out.println("  replaced " + g.getURI()));
        }
        times.stop();
        return report;
    }

    /** Rebuilds the search index from the store (the bulk loader bypasses jena-text's change listener). */
    void index(Store store, TextIndex index) {
        times.start("index");
        long entries = index.rebuild(store.dataset());
        out.printf("indexed %d texts for search in %s%n", entries, index.folder());
        times.stop();
    }

    /**
     * Writes a release of the store's data (dumps in every format, catalogue, VoID, change feed) when the data
     * changed since the latest release; unchanged data makes no new release.
     */
    Releases.Outcome release(Store store) {
        times.start("release");
        Releases.Outcome outcome = Releases.of(settings).publish(store.dataset());
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

    /** Counts of what a staged dataset holds, for the summary line. */
    String describe(Staged staged) {
        times.start("count");
        DatasetGraph d = staged.data();
        Set<Node> docs = new HashSet<>();
        long amounts = 0;
        for (var it = d.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            Quad q = it.next();
            if (DOCUMENT_CLASSES.contains(q.getObject())) {
                docs.add(q.getSubject());
            } else if (q.getObject().equals(PL.BudgetAmount.asNode())) {
                amounts++;
            }
        }
        long quads = org.apache.jena.atlas.iterator.Iter.count(d.find());
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
