package no.policylod.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link PL} and {@code ontology/policy-lod.ttl} in step: every constant is declared in the ontology with
 * labels and comments in English and bokmål, and every term the ontology declares in the pl: namespace has a constant.
 */
class VocabularyTest {

    static final String ONTOLOGY = "/policylod/ontology/policy-lod.ttl";
    static final Set<String> LANGUAGES = Set.of("en", "nb", "nn");

    private static Model ontology;

    @BeforeAll
    static void load() throws IOException {
        ontology = read(ONTOLOGY);
    }

    static Model read(String classpathResource) throws IOException {
        try (InputStream in = VocabularyTest.class.getResourceAsStream(classpathResource)) {
            assertNotNull(in, classpathResource + " is not on the classpath (pom.xml copies ontology/*.ttl there)");
            return RDFParser.source(in).lang(Lang.TURTLE).toModel();
        }
    }

    @Test
    void isThePolicyLodOntologyVersion010() {
        Resource ont = ontology.createResource(PL.ONTOLOGY_IRI);
        assertTrue(ontology.contains(ont, RDF.type, OWL2.Ontology), "no owl:Ontology <" + PL.ONTOLOGY_IRI + ">");
        assertEquals(Set.of(PL.ONTOLOGY_IRI), uris(ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toSet()),
                "the file declares exactly one ontology");
        assertEquals("0.1.0", ont.getProperty(OWL2.versionInfo).getString());
        assertEquals(PL.ONTOLOGY_IRI + "/0.1.0", ont.getPropertyResourceValue(OWL2.versionIRI).getURI());
        Property preferredUri = ontology.createProperty("http://purl.org/vocab/vann/preferredNamespaceUri");
        assertEquals(PL.NS, ont.getProperty(preferredUri).getString());
    }

    @Test
    void everyConstantIsDeclaredWithLabelsAndComments() {
        List<String> problems = new ArrayList<>();
        constants().forEach((name, term) -> problems.addAll(problemsOf(name, term)));
        assertEquals(List.of(), problems, "PL constants missing from or incomplete in the ontology");
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> known = new TreeSet<>();
        constants().values().forEach(term -> known.add(term.getURI()));
        Set<String> unknown = new TreeSet<>(mentionedInNamespace(ontology));
        unknown.removeAll(known);
        assertEquals(Set.of(), unknown, "pl: terms in the ontology that PL.java lacks (typo, or a constant to add)");
    }

    @Test
    void everyPropertyHasDomainAndRange() {
        List<String> problems = new ArrayList<>();
        constants().forEach((name, term) -> {
            if (term instanceof Property && !ontology.contains(term, RDFS.domain)) {
                problems.add(name + ": no rdfs:domain");
            }
            if (term instanceof Property && !ontology.contains(term, RDFS.range)) {
                problems.add(name + ": no rdfs:range");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void languageTagsAreEnNbOrNn() {
        List<String> problems = new ArrayList<>();
        ontology.listStatements().forEach(st -> {
            RDFNode o = st.getObject();
            if (o.isLiteral() && !o.asLiteral().getLanguage().isEmpty() && !LANGUAGES.contains(o.asLiteral().getLanguage())) {
                problems.add(st.getSubject() + " " + st.getPredicate().getLocalName() + " @" + o.asLiteral().getLanguage());
            }
        });
        assertEquals(List.of(), problems, "language tags other than en, nb, nn");
    }

    /** Every public static Resource or Property constant of PL in the PL.NS namespace, by field name. */
    static Map<String, Resource> constants() {
        Map<String, Resource> terms = new TreeMap<>();
        for (Field f : PL.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource term = (Resource) get(f);
                assertTrue(term.getURI().startsWith(PL.NS), "PL." + f.getName() + " is not in " + PL.NS);
                assertEquals(f.getName(), term.getURI().substring(PL.NS.length()),
                        "PL." + f.getName() + " names a different term");
                terms.put(f.getName(), term);
            }
        }
        return terms;
    }

    /** Every IRI in the pl: namespace used anywhere in the model, as subject, predicate or object. */
    static Set<String> mentionedInNamespace(Model model) {
        Set<String> found = new TreeSet<>();
        for (Statement st : model.listStatements().toList()) {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(PL.NS)) {
                    found.add(n.asResource().getURI());
                }
            }
        }
        return found;
    }

    private static List<String> problemsOf(String name, Resource term) {
        List<String> problems = new ArrayList<>();
        Resource t = ontology.createResource(term.getURI());
        Set<Resource> kinds = term instanceof Property
                ? Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty)
                : Set.of(OWL2.Class, OWL2.NamedIndividual);
        if (kinds.stream().noneMatch(k -> ontology.contains(t, RDF.type, k))) {
            problems.add(name + ": not declared as any of " + localNames(kinds));
        }
        for (Property p : List.of(RDFS.label, RDFS.comment)) {
            for (String lang : List.of("en", "nb")) {
                if (!hasLiteralIn(t, p, lang)) {
                    problems.add(name + ": no rdfs:" + p.getLocalName() + " @" + lang);
                }
            }
        }
        if (!ontology.contains(t, RDFS.isDefinedBy, ontology.createResource(PL.ONTOLOGY_IRI))) {
            problems.add(name + ": no rdfs:isDefinedBy <" + PL.ONTOLOGY_IRI + ">");
        }
        return problems;
    }

    private static boolean hasLiteralIn(Resource term, Property p, String lang) {
        return ontology.listObjectsOfProperty(term, p).toList().stream()
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .map(Literal::getLanguage).anyMatch(lang::equals);
    }

    private static Set<String> localNames(Set<Resource> kinds) {
        Set<String> names = new TreeSet<>();
        kinds.forEach(k -> names.add("owl:" + k.getLocalName()));
        return names;
    }

    private static Set<String> uris(Set<Resource> resources) {
        Set<String> names = new TreeSet<>();
        resources.forEach(r -> names.add(r.getURI()));
        return names;
    }

    private static Object get(Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read PL." + f.getName(), e);
        }
    }
}
