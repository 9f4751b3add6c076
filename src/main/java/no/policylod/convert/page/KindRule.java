package no.policylod.convert.page;

import java.util.Optional;
import java.util.function.Function;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.TypeLabels;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Rule;

/**
 * The named rules that decide a page's kind, in the order {@link KindDecision} tries them: the first that answers
 * decides. Each reads one kind of evidence the site gives: its addresses, its header lines, its document numbers,
 * the repeated shapes of its listings, the words of its titles and the openings of its speeches.
 */
enum KindRule implements Rule {
    /** A topic page's or a listing section's address ("/topics/", "/tema/", "/dep/ud/", "/whatsnew/"). */
    SECTION_ADDRESS(e -> e.addressKind().filter(c -> c == DocClass.TOPIC || c == DocClass.LISTING)),
    /** Repeated entries with a date or type (meta lines, result counters): a listing, whatever else it shows. */
    LISTING_STRUCTURE(e -> e.scan().isListing() ? Optional.of(DocClass.LISTING) : Optional.empty()),
    /** A page titled with a section's name ("News and press releases", "Taler og artikler"): a listing. */
    SECTION_TITLE(e -> e.statedKind().isEmpty() && e.pageTitle().filter(t -> TypeLabels.sections().classOf(t)
            .isPresent()).isPresent() ? Optional.of(DocClass.LISTING) : Optional.empty()),
    /** A page titled with a ministry's name and no type: the ministry's front page, a listing. */
    MINISTRY_TITLE(e -> e.statedKind().isEmpty() && e.pageTitle().flatMap(t -> Ministries.get().byName(t))
            .isPresent() ? Optional.of(DocClass.LISTING) : Optional.empty()),
    /** The type the page states: markup, header line, lone type label, or its document number. */
    STATED_TYPE(PageEvidence::statedKind),
    /** A calendar entry ("Sted:", "Place:"). */
    CALENDAR(e -> e.header().calendar ? Optional.of(DocClass.ARTICLE) : Optional.empty()),
    /**
     * A title that opens with a document kind's words ("Melding til Stortinget om …", "Høring om …", "Strategi for
     * …", "Action plan for …"): the words are language data ({@code title-kinds.json}).
     */
    KIND_TITLE(e -> e.pageTitle().flatMap(TitleKinds::of)),
    /** A document kind the address names (NOU, Meld. St., Prop., strategy, consultation, speech). */
    DOCUMENT_ADDRESS(e -> e.addressKind().filter(c -> c != DocClass.NEWS_STORY && c != DocClass.PRESS_RELEASE
            && c != DocClass.TOPIC && c != DocClass.LISTING)),
    /** A speech by its cues: a "check against delivery" note, a speech title, a speech's opening words. */
    SPEECH_CUES(e -> e.header().speechNote || e.pageTitle().filter(PageKinds::isSpeechTitle).isPresent()
            || PageKinds.opensLikeASpeech(e.blocks(), e.title().bodyStart)
            ? Optional.of(DocClass.SPEECH) : Optional.empty()),
    /** A news story's or press release's address. */
    NEWS_ADDRESS(e -> e.addressKind().filter(c -> c == DocClass.NEWS_STORY || c == DocClass.PRESS_RELEASE)),
    /** Titles over one-paragraph teasers, three or more in a row, on a page with no title of its own: a listing. */
    TEASER_RUN(e -> e.pageTitle().isEmpty() && e.scan().teaserRun() >= 3
            ? Optional.of(DocClass.LISTING) : Optional.empty()),
    /** A known page with a title and nothing else to go on: an article. */
    TITLED_PAGE(e -> e.url().isPresent() && e.pageTitle().isPresent() ? Optional.of(DocClass.ARTICLE)
            : Optional.empty());

    private final Function<PageEvidence, Optional<DocClass>> decide;

    KindRule(Function<PageEvidence, Optional<DocClass>> decide) {
        this.decide = decide;
    }

    Optional<DocClass> decide(PageEvidence evidence) {
        return decide.apply(evidence);
    }

}
