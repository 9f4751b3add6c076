package no.policylod.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.analyzer.Util;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * What the text index holds and how each language is analysed: one place for the field names, the indexed
 * predicates and the Lucene analyzers.
 *
 * <pre>
 * TextIndexConfig config = TextFields.config();       // for TextDatasetFactory.createLuceneIndex
 * Analyzer nb = TextFields.analyzer("nb");            // "forsvaret" -&gt; "forsvar"
 * String field = TextFields.field("title", "nb");     // "title_nb"
 * </pre>
 *
 * <p>Every indexed literal is one Lucene document ({@code uri}, {@code lang}, and its value under the field of its
 * predicate). jena-text's multilingual support adds a copy of the value under {@code FIELD_LANG}, analysed with the
 * analyzer of that language: {@link EnglishAnalyzer} for {@code en}, {@link TextNorwegianAnalyzer} (Lucene's
 * Norwegian analyzer with the light stemmer) for {@code nb} and {@code nn}. The plain fields ({@code title}) are
 * analysed with Lucene's {@link StandardAnalyzer} (no stemming): a SPARQL {@code text:query} that names a property
 * but no language searches them; one that names no property searches the language fields ({@link TextLucene}).
 */
public final class TextFields {

    /** Field of the entity (the subject IRI). */
    public static final String ENTITY = "uri";
    /**
     * The entity again, as sorted doc values: a search groups its hits by document from these, without reading the
     * stored fields of every hit ({@link TextSearch}). Indexes written before it existed lack it.
     */
    public static final String ENTITY_VALUES = "uri_values";
    /** Field of the literal's language tag. */
    public static final String LANG = "lang";
    /** Field of a hash of (subject, field, value), so that single literals can be deleted. */
    public static final String UID = "uid";
    /** jena-text's primary field: the titles. A SPARQL query without a property searches all: {@link TextLucene}. */
    public static final String PRIMARY = "title";

    /** The languages with an analyzer of their own, as they appear in the data's language tags. */
    public static final List<String> LANGUAGES = List.of("en", "nb", "nn");

    /** Field name by predicate, in the order results prefer them. */
    private static final Map<String, Node> FIELDS = fields();

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "en", new EnglishAnalyzer(),
            "nb", new TextNorwegianAnalyzer(),
            "nn", new TextNorwegianAnalyzer());

    static {
        // jena-text picks the analyzer of a FIELD_LANG field through this registry; it knows "en" and "no" but
        // not the tags our data uses for bokmål and nynorsk.
        ANALYZERS.forEach(Util::addAnalyzer);
    }

    private TextFields() {
    }

    private static Map<String, Node> fields() {
        Map<String, Node> fields = new LinkedHashMap<>();
        fields.put("title", DCTerms.title.asNode());
        fields.put("description", DCTerms.description.asNode());
        fields.put("text", NodeFactory.createURI("https://schema.org/text"));
        return fields;
    }

    /** The indexed fields ({@code title}, {@code description}, {@code text}) and their predicates. */
    public static Map<String, Node> predicates() {
        return FIELDS;
    }

    /** The language-specific field jena-text writes for a field and a language tag: {@code title_nb}. */
    public static String field(String field, String lang) {
        return field + "_" + lang;
    }

    /** The analyzer of a language in {@link #LANGUAGES}. */
    public static Analyzer analyzer(String lang) {
        Analyzer analyzer = ANALYZERS.get(lang);
        if (analyzer == null) {
            throw new IllegalArgumentException("no analyzer for language '" + lang + "'; known: " + LANGUAGES);
        }
        return analyzer;
    }

    /** The jena-text configuration: multilingual, values stored (for snippets), StandardAnalyzer by default. */
    public static TextIndexConfig config() {
        EntityDefinition entities = new EntityDefinition(ENTITY, PRIMARY, FIELDS.get(PRIMARY));
        FIELDS.forEach((field, predicate) -> {
            if (!field.equals(PRIMARY)) {
                entities.set(field, predicate);
            }
        });
        entities.setLangField(LANG);
        entities.setUidField(UID);
        TextIndexConfig config = new TextIndexConfig(entities);
        config.setAnalyzer(new StandardAnalyzer());
        config.setMultilingualSupport(true);
        config.setValueStored(true);
        return config;
    }
}
