package no.policylod.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.text.Entity;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.store.Directory;

/**
 * jena-text's Lucene index, with {@code text:query} forms that name no property searching every indexed field, each
 * language with its own analyzer.
 *
 * <pre>
 * ?doc text:query "forsvar"                              # every field, every language: finds "forsvaret", "defence"
 * ?doc text:query ("forsvaret" "lang:nb")                # every field, bokmål only, stemmed
 * ?doc text:query (dcterms:title "forsvar")              # as jena-text has it: the title, exact words
 * ?doc text:query (dcterms:title "forsvaret" "lang:nb")  # as jena-text has it: the bokmål title, stemmed
 * </pre>
 *
 * <p>jena-text reads a query without a property as a query of its default field alone (the titles, analysed as
 * exact words), which finds neither descriptions nor texts nor inflected forms. Here such a query asks the three
 * fields in each language ({@code title_nb}, {@code description_nb}, {@code text_nb}: the copies jena-text's
 * multilingual support analyses with that language's analyzer), then the literals without a language tag, and
 * merges the hits by score. Each hit is the literal that matched, with its subject and predicate, so
 * {@code (?doc ?score ?literal ?graph ?property) text:query "..."} binds all five.
 */
final class TextLucene extends TextIndexLucene {

    /** jena-text's "lang" value for literals without a language tag. */
    static final String UNTAGGED = "none";
    /** Hits read when a query gives no limit, as jena-text does. */
    static final int MAX_HITS = 10_000;
    /** What a query without a language asks: each language, then the untagged literals. */
    private static final List<String> SEARCHED =
            Stream.concat(TextFields.LANGUAGES.stream(), Stream.of(UNTAGGED)).toList();

    private final List<Resource> allProperties;

    TextLucene(Directory directory, TextIndexConfig config) {
        super(directory, config);
        this.allProperties = TextFields.predicates().values().stream()
                .map(p -> (Resource) ResourceFactory.createProperty(p.getURI())).toList();
    }

    /** jena-text's document of an entity, with the entity also as doc values ({@link TextFields#ENTITY_VALUES}). */
    @Override
    protected Document doc(Entity entity) {
        Document doc = super.doc(entity);
        String uri = doc.get(TextFields.ENTITY);
        if (uri != null) {
            doc.add(new SortedDocValuesField(TextFields.ENTITY_VALUES, new BytesRef(uri)));
        }
        return doc;
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang,
                               int limit, String highlight) {
        if (!props.isEmpty()) {
            return super.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
        }
        if (lang != null && !lang.isBlank()) {
            return super.query(subjectUri, allProperties, qs, graphURI, lang, limit, highlight);
        }
        List<TextHit> hits = new ArrayList<>();
        for (String each : SEARCHED) {
            hits.addAll(super.query(subjectUri, allProperties, qs, graphURI, each, limit, highlight));
        }
        hits.sort(Comparator.comparingDouble(TextHit::getScore).reversed());
        int max = limit > 0 ? limit : MAX_HITS;
        return hits.size() > max ? List.copyOf(hits.subList(0, max)) : hits;
    }
}
