package no.policylod.serve.ld;

import java.util.List;
import java.util.Map;

import no.policylod.serve.ReaderLanguage;

/**
 * What the ontology page template ({@code ld/ontology.peb}) shows: every term of the {@code pl:} namespace with its
 * English and bokmål label and comment, and the SHACL shapes in brief.
 *
 * <pre>
 * OntologyView view = OntologyViews.of(Ontology.ontology(), Ontology.shapes(), reader, formats);
 * </pre>
 *
 * @param reader      the reader's language ({@code <html lang>}; the terms are shown in both languages)
 * @param title       the ontology's title in the reader's language
 * @param description its description, in the reader's language when it has one
 * @param iri         the ontology IRI; the namespace is this plus {@code #}
 * @param version     {@code owl:versionInfo}
 * @param versionIri  {@code owl:versionIRI}
 * @param classes     the classes, by name
 * @param properties  the properties, by name
 * @param individuals the named individuals, by name
 * @param shapes      the node shapes of the shapes graph, by name
 * @param formats     the ontology's RDF forms
 */
public record OntologyView(ReaderLanguage reader, Label title, Label description, String iri, String version,
                           String versionIri, List<Term> classes, List<Term> properties, List<Term> individuals,
                           List<Shape> shapes, List<ResourceView.FormatLink> formats) {

    /**
     * One term: its local name (the fragment it is found at), kind, labels, comments, and what it refines, its
     * domain and range.
     */
    public record Term(String id, String iri, String kind, Label labelEn, Label labelNb, Label commentEn,
                       Label commentNb, List<ResourceView.Value> parents, List<ResourceView.Value> domains,
                       List<ResourceView.Value> ranges) {
    }

    /** One node shape: what it targets and its property checks. */
    public record Shape(String id, List<ResourceView.Value> targets, List<Check> checks) {
    }

    /** One property shape: the path it checks, its severity, its message. */
    public record Check(String id, String path, String severity, String message) {
    }

    public Map<String, Object> context() {
        return Map.of("page", this);
    }
}
