package no.policylod.convert.page;

import no.policylod.convert.model.Rule;

/** The named rules that find a page's own title and the header lines around it ({@link PageTitle}, {@link PageHeader}). */
enum TitleRule implements Rule {
    /** In the archive the title stands just before the second "Historisk arkiv" marker. */
    ARCHIVED,
    /** A document page opens with its number ("Prop. 1 S" / "(2019–2020)"), then descriptor lines, then its title. */
    NUMBERED,
    /** A short line or a lead-in ending in a colon over the title is its kicker. */
    KICKER,
    /** A part label ("Del 1") and the heading under it are the title together. */
    PART_LABEL,
    /** A title cut short with an ellipsis is completed by the later line that gives it whole. */
    CUT_SHORT,
    /** A lone type label next to a header line is the page's type. */
    LONE_TYPE_LABEL,
    /** A lone ministry's name next to a header line is the publisher. */
    LONE_MINISTRY,
    /** A bare date near the top is the page's date. */
    BARE_DATE
}
