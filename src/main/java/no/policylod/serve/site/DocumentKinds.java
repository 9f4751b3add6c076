package no.policylod.serve.site;

import java.util.List;

import no.policylod.vocab.PL;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of document the data has, in the order the site lists them, each named by a message of the bundles
 * ({@code term.pl.NewsStory}: "news story", "nyheit").
 *
 * <pre>
 * DocumentKinds.key(PL.NewsStory.getURI());   // "term.pl.NewsStory"; templates write {{ t(key) | capitalize }}
 * </pre>
 */
final class DocumentKinds {

    /** Specific kinds first; {@code pl:Article} (any other page, or a listing that did not say) last. */
    static final List<Resource> ORDER = List.of(PL.NewsStory, PL.PressRelease, PL.Speech, PL.Report,
            PL.Proposition, PL.OfficialReport, PL.Strategy, PL.Consultation, PL.Topic, PL.Article);

    private DocumentKinds() {
    }

    /** The message key of a kind's name, or null for a class that is not one of {@link #ORDER}. */
    static String key(String classIri) {
        return ORDER.stream().filter(k -> k.getURI().equals(classIri)).findFirst()
                .map(k -> "term.pl." + k.getLocalName()).orElse(null);
    }

    /** {@code VALUES ?class { pl:NewsStory ... }} for a query. */
    static String values(String var) {
        StringBuilder values = new StringBuilder("VALUES ?" + var + " {");
        ORDER.forEach(kind -> values.append(" <").append(kind.getURI()).append('>'));
        return values.append(" }").toString();
    }

    /** The most telling of several kinds: the first in {@link #ORDER}. */
    static String mostSpecific(List<String> classIris) {
        return ORDER.stream().map(Resource::getURI).filter(classIris::contains).findFirst().orElse(null);
    }
}
