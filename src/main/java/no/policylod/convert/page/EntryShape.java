package no.policylod.convert.page;

import no.policylod.convert.model.Rule;

/**
 * The named shapes in which the site's pages list documents, as {@link Walk} reads them. Each can be switched off
 * (see {@link no.policylod.convert.model.Rules}) to measure what it contributes.
 */
enum EntryShape implements Rule {
    /** A list line naming its type and date: {@code - Title Type DD/MM/YYYY}, {@code - Meld. St. 5 (…) - Title …}. */
    INLINE,
    /** A title over a meta line (date, type, ministries in any order), the teaser after it or glued to it. */
    TITLE_META,
    /** A meta line over a ministry line with no title above: an entry shown without a title. */
    UNTITLED,
    /** A title over one paragraph of teaser. */
    TITLE_TEASER,
    /** A kicker line over the title of a teaser ("Statsbudsjettet 2026" / title / teaser). */
    KICKER,
    /** A place-and-date line between a title and its teaser ("Oslo, 13 October 2014"): the entry's date. */
    DATELINE,
    /** A teaser opening with its date ("24/09/2018: …"). */
    DATED_TEASER,
    /** A teaser whose title or kicker is a document number ("Meld. St. 1 (2020–2021)"): the entry's number. */
    NUMBERED_TEASER,
    /** A box: a type line, a document number line and a title line. */
    BOX,
    /** A listing headed by a section's name ("Speeches and articles") gives its untyped entries that class. */
    SECTION_CLASS,
    /** A short sentence over a teaser's title is the image's alt text, not text. */
    ALT_TEXT
}
