package no.policylod.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes every RDF file policy-lod writes declares, in one fixed order so that output is byte-stable.
 *
 * <pre>
 * PrefixMapping p = Namespaces.prefixes("https://w3id.org/policy-lod");
 * </pre>
 */
public final class Namespaces {

    public static final String SCHEMA = "https://schema.org/";

    private Namespaces() {
    }

    /** The standard prefixes plus {@code id:} and {@code graph:} for the installation's own URIs. */
    public static PrefixMapping prefixes(String base) {
        PrefixMapping p = PrefixMapping.Factory.create();
        p.setNsPrefix("pl", PL.NS);
        p.setNsPrefix("dcterms", DCTerms.NS);
        p.setNsPrefix("schema", SCHEMA);
        p.setNsPrefix("prov", Prov.NS);
        p.setNsPrefix("skos", SKOS.uri);
        p.setNsPrefix("rdf", RDF.uri);
        p.setNsPrefix("rdfs", RDFS.uri);
        p.setNsPrefix("owl", OWL.NS);
        p.setNsPrefix("xsd", XSD.NS);
        p.setNsPrefix("doc", base + "/id/doc/");
        p.setNsPrefix("topic", base + "/id/topic/");
        p.setNsPrefix("amount", base + "/id/amount/");
        p.setNsPrefix("ministry", base + "/id/ministry/");
        p.setNsPrefix("graph", base + "/graph/");
        return p.lock();
    }
}
