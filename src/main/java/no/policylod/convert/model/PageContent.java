package no.policylod.convert.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.convert.model.Ministry;

/**
 * Everything a reader found on one page, before any URI is minted: the page's own document, the documents it lists,
 * its captions and the amounts it states.
 *
 * @param lang        language of the page body
 * @param docClass    kind of page; {@link DocClass#LISTING} pages have no document of their own
 * @param title       the page's own title, if it has one
 * @param issued      publication date of the page's document, where the page states it
 * @param publishers  ministries the page names as its publisher
 * @param identifier  official number ("Meld. St. 37 (2014–2015)")
 * @param pageId      regjeringen.no page id ("id1111"), from the source URL
 * @param description the lead paragraph
 * @param body        the running text, paragraphs separated by blank lines
 * @param captions    image captions and alt texts, each in its own language
 * @param items       documents the page lists, in page order
 * @param amounts     amounts stated in the page's own text (amounts in teasers belong to their item)
 */
public record PageContent(Lang lang, DocClass docClass, Optional<String> title, Optional<LocalDate> issued,
                          List<Ministry> publishers, Optional<String> identifier, Optional<String> pageId,
                          Optional<String> description, Optional<String> body, List<Caption> captions,
                          List<ListedItem> items, List<StatedAmount> amounts) {

    public PageContent {
        publishers = List.copyOf(publishers);
        captions = List.copyOf(captions);
        items = List.copyOf(items);
        amounts = List.copyOf(amounts);
    }

    /** An image caption or alt text, in the language it is written in. */
    public record Caption(String text, Lang lang) {
    }

    /**
     * A document the page lists: a teaser, a "What's new" or "Documents" line, a white-paper box.
     *
     * @param docClass the kind the page states; empty where it states none
     */
    public record ListedItem(String title, Lang lang, Optional<String> kicker, Optional<DocClass> docClass,
                             Optional<LocalDate> issued, Optional<String> identifier, List<Ministry> publishers,
                             Optional<String> teaser, List<StatedAmount> amounts) {
        public ListedItem {
            publishers = List.copyOf(publishers);
            amounts = List.copyOf(amounts);
        }
    }

    /** An amount found in a text, with what its sentence says of it, in the language of that text. */
    public record StatedAmount(Amount mention, AmountContext context, Lang lang) {
    }
}
