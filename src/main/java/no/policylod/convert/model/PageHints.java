package no.policylod.convert.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.convert.model.Lang;

/**
 * What a page states about itself in markup rather than in its text (HTML {@code <title>}/{@code <h1>},
 * {@code <meta>}, Open Graph, embedded JSON-LD, {@code <time>}, {@code <html lang>}). Where present, a hint wins over
 * what the text reader would guess from the lines.
 *
 * <pre>
 * PageHints hints = new PageHints(Optional.of("Title"), Optional.of(LocalDate.of(2025, 5, 27)),
 *         Optional.of("Speech/statement"), List.of("Ministry of Foreign Affairs"), Optional.of(Lang.EN),
 *         Optional.empty(), Optional.empty());
 * </pre>
 *
 * @param title          the page's own title
 * @param issued         its publication date
 * @param typeLabel      its kind as the site labels it ("Press release", "Tale/innlegg")
 * @param publisherNames ministries named as its publisher, as written
 * @param lang           the language the markup declares
 * @param description    its lead or summary
 * @param canonicalUrl   the page's canonical address (its page id is the stable identity)
 */
public record PageHints(Optional<String> title, Optional<LocalDate> issued, Optional<String> typeLabel,
                        List<String> publisherNames, Optional<Lang> lang, Optional<String> description,
                        Optional<String> canonicalUrl) {

    public PageHints {
        publisherNames = List.copyOf(publisherNames);
    }

    /** No hints: everything comes from the text. */
    public static PageHints none() {
        return new PageHints(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
