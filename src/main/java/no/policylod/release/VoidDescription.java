package no.policylod.release;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID description of a release: statistics counted with SPARQL over the store's union graph, the SPARQL
 * endpoint, the dumps, the URI space and the vocabularies used.
 *
 * <pre>
 * VoidDescription.Statistics stats = VoidDescription.count(store.dataset(), site.base() + "/id/");
 * Model voidModel = VoidDescription.describe(stats, site, release);
 * </pre>
 *
 * <p>What is counted, all in the union of the named graphs (what the N-Triples dump holds): {@code void:triples}
 * distinct triples; {@code void:entities} distinct subjects that are IRIs in the URI space {@code {base}/id/};
 * {@code void:distinctSubjects} and {@code void:distinctObjects}; {@code void:classes} distinct objects of
 * {@code rdf:type}; {@code void:properties} distinct predicates; one class partition per class (its distinct
 * instances) and one property partition per property (its triples), at most {@link #MAX_PARTITIONS} of each, in IRI
 * order. Every query is one aggregate with a bounded result.
 */
public final class VoidDescription {

    /** The most class partitions and the most property partitions described. */
    public static final int MAX_PARTITIONS = 1000;

    private static final String COUNT = "SELECT (COUNT(%s) AS ?n) WHERE { %s }";

    /** The numbers VoID states. */
    public record Statistics(long triples, long entities, long distinctSubjects, long distinctObjects, long classes,
                             long properties, SortedMap<String, Long> classEntities,
                             SortedMap<String, Long> propertyTriples) {
        /** The namespaces of the classes and properties used, by the last {@code #} or {@code /}. */
        public SortedSet<String> vocabularies() {
            SortedSet<String> namespaces = new TreeSet<>();
            classEntities.keySet().forEach(iri -> namespaces.add(namespace(iri)));
            propertyTriples.keySet().forEach(iri -> namespaces.add(namespace(iri)));
            return namespaces;
        }
    }

    private VoidDescription() {
    }

    /** Counts the statistics in the dataset's default graph (the union); runs in a read transaction. */
    public static Statistics count(Dataset dataset, String uriSpace) {
        return Txn.calculateRead(dataset, () -> new Statistics(
                number(dataset, COUNT.formatted("*", "?s ?p ?o")),
                number(dataset, COUNT.formatted("DISTINCT ?s", "?s ?p ?o FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
                        + uriSpace.replace("\"", "\\\"") + "\"))")),
                number(dataset, COUNT.formatted("DISTINCT ?s", "?s ?p ?o")),
                number(dataset, COUNT.formatted("DISTINCT ?o", "?s ?p ?o")),
                number(dataset, COUNT.formatted("DISTINCT ?c", "?s a ?c")),
                number(dataset, COUNT.formatted("DISTINCT ?p", "?s ?p ?o")),
                partitions(dataset, "SELECT ?x (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?x FILTER(isIRI(?x)) }"),
                partitions(dataset, "SELECT ?x (COUNT(*) AS ?n) WHERE { ?s ?x ?o }")));
    }

    /** The VoID description of a release with these statistics. */
    public static Model describe(Statistics stats, Site site, Release release) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Catalogue.prefixes());
        String iri = site.version(release.name());
        Resource ds = m.createResource(iri, VOID.Dataset);
        Map<String, String> titles = site.info().title();
        titles.forEach((lang, title) -> ds.addProperty(DCTerms.title, m.createLiteral(title + " (" + release.name()
                + ")", lang)));
        ds.addProperty(DCTerms.isVersionOf, m.createResource(site.dataset()));
        ds.addProperty(DCTerms.license, m.createResource(site.info().licence().toString()));
        ds.addProperty(DCTerms.publisher, m.createResource(site.info().publisher().uri().toString()));
        ds.addLiteral(DCTerms.modified, m.createTypedLiteral(release.issued(),
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        ds.addProperty(VOID.sparqlEndpoint, m.createResource(site.url(ReleaseLayout.SPARQL_PATH)));
        for (Release.Artifact a : release.dumps()) {
            ds.addProperty(VOID.dataDump, m.createResource(site.download(release.name(), a.file())));
        }
        for (String feature : List.of("N-Quads", "N-Triples", "Turtle", "TriG", "JSON-LD")) {
            ds.addProperty(VOID.feature, m.createResource("http://www.w3.org/ns/formats/" + feature));
        }
        ds.addProperty(VOID.uriSpace, site.base() + "/id/");
        stats.vocabularies().forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
        counts(m, ds, stats);
        partitions(m, ds, stats);
        m.createResource(site.url(ReleaseLayout.VOID_PATH), VOID.DatasetDescription)
                .addProperty(DCTerms.title, m.createLiteral("VoID description of " + titles.getOrDefault("en", ""),
                        "en"))
                .addProperty(m.createProperty(CatalogTerms.FOAF + "primaryTopic"), ds);
        return m;
    }

    private static void counts(Model m, Resource ds, Statistics s) {
        ds.addLiteral(VOID.triples, integer(m, s.triples()));
        ds.addLiteral(VOID.entities, integer(m, s.entities()));
        ds.addLiteral(VOID.distinctSubjects, integer(m, s.distinctSubjects()));
        ds.addLiteral(VOID.distinctObjects, integer(m, s.distinctObjects()));
        ds.addLiteral(VOID.classes, integer(m, s.classes()));
        ds.addLiteral(VOID.properties, integer(m, s.properties()));
    }

    private static void partitions(Model m, Resource ds, Statistics s) {
        s.classEntities().forEach((cls, n) -> ds.addProperty(VOID.classPartition,
                m.createResource(ds.getURI() + "#class-" + shortHash(cls))
                        .addProperty(VOID._class, m.createResource(cls))
                        .addLiteral(VOID.entities, integer(m, n))));
        s.propertyTriples().forEach((p, n) -> ds.addProperty(VOID.propertyPartition,
                m.createResource(ds.getURI() + "#property-" + shortHash(p))
                        .addProperty(VOID.property, m.createResource(p))
                        .addLiteral(VOID.triples, integer(m, n))));
    }

    private static long number(Dataset dataset, String query) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static SortedMap<String, Long> partitions(Dataset dataset, String select) {
        SortedMap<String, Long> counts = new TreeMap<>();
        String query = select + " GROUP BY ?x ORDER BY ?x LIMIT " + MAX_PARTITIONS;
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            rows.forEach(row -> counts.put(row.getResource("x").getURI(), row.getLiteral("n").getLong()));
        }
        return counts;
    }

    private static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static String shortHash(String iri) {
        return no.policylod.dump.Checksums.sha256(iri.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 12);
    }

    private static org.apache.jena.rdf.model.Literal integer(Model m, long n) {
        return m.createTypedLiteral(java.math.BigInteger.valueOf(n));
    }
}
