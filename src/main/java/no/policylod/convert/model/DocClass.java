package no.policylod.convert.model;

import java.util.Optional;
import no.policylod.vocab.PL;
import org.apache.jena.rdf.model.Resource;

/** The kinds of page the site publishes, each with its ontology class; {@link #LISTING} pages are no document. */
public enum DocClass {
    TOPIC(PL.Topic), NEWS_STORY(PL.NewsStory), PRESS_RELEASE(PL.PressRelease), SPEECH(PL.Speech),
    REPORT(PL.Report), PROPOSITION(PL.Proposition), OFFICIAL_REPORT(PL.OfficialReport), STRATEGY(PL.Strategy),
    CONSULTATION(PL.Consultation), ARTICLE(PL.Article),
    /** A page whose content is a list of other documents (news listings, front pages): not a document itself. */
    LISTING(null);

    private final Resource ontologyClass;

    DocClass(Resource ontologyClass) {
        this.ontologyClass = ontologyClass;
    }

    /** The ontology class of documents of this kind; empty for listings. */
    public Optional<Resource> ontologyClass() {
        return Optional.ofNullable(ontologyClass);
    }

    /** The class by its ontology local name ("NewsStory"), as data files write it. */
    public static DocClass byLocalName(String localName) {
        for (DocClass c : values()) {
            if (c.ontologyClass != null && c.ontologyClass.getLocalName().equals(localName)) {
                return c;
            }
        }
        if ("Listing".equals(localName)) {
            return LISTING;
        }
        throw new IllegalArgumentException("no document class named '" + localName + "'");
    }
}
