package no.policylod.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.policylod.format.Format;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * A small RDF document (the catalogue, the VoID description, the service description) as an HTML page: each subject
 * with its properties and values, IRIs as links, properties by their prefixed names, the page in the shared layout.
 *
 * <pre>
 * byte[] html = new GraphPage(templates).render(model, "catalogue.title", List.of(main), PageLanguage.of(request));
 * </pre>
 */
public final class GraphPage {

    private final Templates templates;

    public GraphPage(Templates templates) {
        this.templates = templates;
    }

    /**
     * The page: a heading, then the given subjects first (in their order), then every other subject by IRI.
     *
     * @param model the document
     * @param title the message key of the page's heading
     * @param first the subjects to show first, e.g. the catalogue itself
     * @param page  the reader's language
     */
    public byte[] render(Model model, String title, List<String> first, PageLanguage page) {
        List<Resource> subjects = new ArrayList<>(model.listSubjects().toList());
        subjects.sort(Comparator.comparingInt((Resource r) -> {
            int at = first.indexOf(r.getURI());
            return at < 0 ? first.size() : at;
        }).thenComparing(r -> r.isURIResource() ? r.getURI() : r.getId().getLabelString()));
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Resource s : subjects) {
            Map<String, Object> subject = new LinkedHashMap<>();
            subject.put("iri", s.isURIResource() ? s.getURI() : "");
            subject.put("anchor", anchor(s));
            subject.put("label", label(s));
            subject.put("rows", rows(model, s));
            shown.add(subject);
        }
        List<Map<String, String>> formats = Format.rdf().stream()
                .map(f -> Map.of("name", f.fileSuffix(), "label", f.label())).toList();
        return templates.render("graph.peb", Map.of("titleKey", title, "subjects", shown, "formats", formats), page);
    }

    private static List<Map<String, Object>> rows(Model model, Resource s) {
        Map<String, List<Map<String, String>>> byProperty = new LinkedHashMap<>();
        List<Statement> statements = new ArrayList<>(s.listProperties().toList());
        statements.sort(Comparator.comparing((Statement st) -> st.getPredicate().equals(RDF.type) ? "" :
                model.shortForm(st.getPredicate().getURI())).thenComparing(st -> st.getObject().toString()));
        for (Statement st : statements) {
            byProperty.computeIfAbsent(model.shortForm(st.getPredicate().getURI()), k -> new ArrayList<>())
                    .add(value(model, st.getObject()));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byProperty.forEach((p, values) -> rows.add(Map.of("property", p, "values", values)));
        return rows;
    }

    private static Map<String, String> value(Model model, RDFNode node) {
        Map<String, String> v = new LinkedHashMap<>();
        if (node.isLiteral()) {
            Literal l = node.asLiteral();
            v.put("text", l.getLexicalForm());
            if (!l.getLanguage().isEmpty()) {
                v.put("lang", l.getLanguage());
            }
        } else if (node.isURIResource()) {
            String iri = node.asResource().getURI();
            String shortForm = model.shortForm(iri);
            v.put("text", shortForm);
            v.put("href", iri);
        } else {
            v.put("text", "#" + anchor(node.asResource()));
            v.put("href", "#" + anchor(node.asResource()));
        }
        return v;
    }

    private static String label(Resource s) {
        for (var p : List.of(DCTerms.title, RDFS.label)) {
            Statement st = s.getProperty(p, "en");
            if (st == null) {
                st = s.getProperty(p);
            }
            if (st != null && st.getObject().isLiteral()) {
                return st.getString();
            }
        }
        return s.isURIResource() ? s.getModel().shortForm(s.getURI()) : "";
    }

    private static String anchor(Resource s) {
        String id = s.isURIResource() ? s.getURI() : s.getId().getLabelString();
        return "s" + Integer.toHexString(id.hashCode());
    }
}
