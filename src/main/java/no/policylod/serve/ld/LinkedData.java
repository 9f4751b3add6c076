package no.policylod.serve.ld;

import no.policylod.format.Format;
import no.policylod.serve.Templates;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;

import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ServerModule;
import no.policylod.vocab.Namespaces;
import no.policylod.store.DataCache;
import no.policylod.vocab.Ontology;
import no.policylod.vocab.PL;

/**
 * Linked-data pages for every URI the dataset mints: the module that plugs them into a {@link PolicyLodServer}.
 *
 * <pre>
 * PolicyLodServer.Builder server = PolicyLodServer.builder().settings(settings).dataset(store.dataset());
 * server.module(new LinkedData(settings, store.dataset())).build().start();
 * </pre>
 *
 * <p>URL layout ({@code {base}} is {@link Settings#baseUri()}; each path is also answered under the base URI's own
 * path, e.g. {@code /policy-lod/id/...}, for a reverse proxy that forwards the published URIs unchanged):
 * <ul>
 * <li>{@code /id/...} &ndash; {@code 303 See Other} to {@code /doc/...} (the resource {@code {base}/id/...});
 * <li>{@code /doc/...} &ndash; its description: HTML, Turtle, JSON-LD, N-Triples, RDF/XML by {@code Accept},
 *     {@code ?format=ttl|jsonld|nt|rdf|html} or a suffix ({@code /doc/....ttl}); inbound links paged by
 *     {@code ?page=N}; the HTML page lists the snapshots the resource appears in and what changed between them;
 *     {@code ?at=YYYY-MM-DD} gives the resource as the latest snapshot on or before that day stated it, in every
 *     format, with {@code Link: </graph/snapshot/...>; rel="via"};
 * <li>{@code /graph/...} &ndash; a named graph: described in HTML, its triples in the RDF formats;
 * <li>{@code /ontology}, {@code /shapes} (and {@code .ttl}, {@code .html}, ...) &ndash; the fixed ontology and shapes
 *     documents of {@code https://w3id.org/policy-lod/}, whatever the base;
 * </ul>
 * Every answer carries {@code Vary}, {@code Content-Location}, {@code Link} alternates, a strong {@code ETag} and a
 * {@code Last-Modified} (newest snapshot time of the resource, else the store's newest, else the install time) and
 * honours {@code If-None-Match} and {@code If-Modified-Since}.
 */
public final class LinkedData implements ServerModule {

    private final Settings settings;
    private final Dataset dataset;

    /** The linked-data pages of a dataset (union default graph), named under the settings' base URI. */
    public LinkedData(Settings settings, Dataset dataset) {
        this.settings = settings;
        this.dataset = dataset;
    }

    /** Registers the linked-data servlets on the server being built. */
    @Override
    public void install(PolicyLodServer.Builder server) {
        LdContext site = site(settings, dataset);
        for (String path : paths(site.space().basePath(), "/id/*")) {
            server.servlet(path, new IdServlet(site));
        }
        for (String path : paths(site.space().basePath(), "/doc/*")) {
            server.servlet(path, new DocServlet(site));
        }
        for (String path : paths(site.space().basePath(), "/graph/*")) {
            server.servlet(path, new GraphServlet(site));
        }
        for (String path : ontologyPaths()) {
            server.servlet(path, new OntologyServlet(site));
        }
    }

    static LdContext site(Settings settings, Dataset dataset) {
        UriSpace space = UriSpace.of(settings.baseUri());
        Describer describer = new Describer(dataset.asDatasetGraph(),
                Duration.ofSeconds(settings.queryTimeoutSeconds()));
        PrefixMapping prefixes = prefixes(space.base());
        Instant installed = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        DataCache cache = new DataCache(dataset.asDatasetGraph());   // the newest snapshot, per version of the data
        return new LdContext(space, describer, new Templates(), new FieldNames(Ontology.ontology(), prefixes), prefixes,
                () -> cache.get("newest-snapshot", describer::newestSnapshot).orElse(installed));
    }

    /** The house prefixes ({@link Namespaces}) and those of the other vocabularies the ontology and shapes use. */
    static PrefixMapping prefixes(String base) {
        return PrefixMapping.Factory.create().setNsPrefixes(Namespaces.prefixes(base))
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("plsh", PL.SHAPES_IRI + "#")
                .lock();
    }

    /** A path spec, and the same under the base URI's path when it has one. */
    private static List<String> paths(String basePath, String spec) {
        return basePath.isEmpty() ? List.of(spec) : List.of(spec, basePath + spec);
    }

    /** The ontology and shapes documents with every suffix, at the root and under {@code /policy-lod}. */
    private static List<String> ontologyPaths() {
        List<String> paths = new ArrayList<>();
        for (String prefix : List.of("", UriSpace.ONTOLOGY_HOME_PATH)) {
            for (String name : List.of("/ontology", "/shapes")) {
                paths.add(prefix + name);
                paths.add(prefix + name + "/*");
                for (Format f : Format.describing()) {
                    paths.add(prefix + name + "." + f.fileSuffix());
                }
            }
        }
        return paths;
    }
}
