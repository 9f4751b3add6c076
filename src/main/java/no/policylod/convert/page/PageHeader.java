package no.policylod.convert.page;

import no.policylod.convert.extract.HeaderFacts;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Rules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.model.Ministry;
import no.policylod.convert.extract.TypeLabels;

/**
 * The metadata lines of a page (see {@link HeaderFacts}) and what they say together: the page's type, date,
 * publishers and number, whether it is archived, a speech or a calendar entry, and which lines to skip as content.
 *
 * <pre>
 * PageHeader header = PageHeader.scan(blocks, Rules.all());
 * header.issued;   // Optional[2025-12-15]
 * </pre>
 */
final class PageHeader {

    /** How many lines from the top a bare date or a lone type label may stand and still be the page's own. */
    private static final int HEADER_ZONE = 14;

    /** Every metadata line. */
    final boolean[] consumed;
    /** The template's own lines (archive markers, "Publisert under:", notes): never content, even in listings. */
    final boolean[] template;
    final List<Integer> archiveMarkers = new ArrayList<>();
    Optional<DocClass> docClass = Optional.empty();
    Optional<LocalDate> issued = Optional.empty();
    List<Ministry> publishers = List.of();
    Optional<String> number = Optional.empty();
    /** The page's own header line (the first that gave its type or date), or -1. */
    int ownLine = -1;
    boolean speechNote;
    boolean calendar;

    private PageHeader(int size) {
        consumed = new boolean[size];
        template = new boolean[size];
    }

    /**
     * Reads the metadata lines; once the page's entries begin (its first entry mark), a line of facts belongs to
     * an entry, not to the page.
     */
    static PageHeader scan(List<Block> lines, Rules rules) {
        PageHeader h = new PageHeader(lines.size());
        boolean inEntries = false;
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            inEntries |= lines.get(i).is(Block.Kind.ENTRY_MARK);
            boolean entries = inEntries;
            HeaderFacts.read(lines.get(i).text(), rules).filter(f -> !entries || f.kind() != HeaderFacts.Kind.HEADER)
                    .ifPresent(f -> h.take(index, f, lines));
        }
        for (int i = 0; i < Math.min(lines.size(), HEADER_ZONE); i++) {
            if (rules.on(TitleRule.LONE_TYPE_LABEL)) {
                h.takeLoneTypeLabel(i, lines);
            }
            if (rules.on(TitleRule.BARE_DATE)) {
                h.takeBareDate(i, lines);
            }
        }
        for (int i = 0; i < Math.min(lines.size(), HEADER_ZONE); i++) {
            if (rules.on(TitleRule.LONE_MINISTRY)) {
                h.takeLoneMinistry(i, lines);
            }
        }
        return h;
    }

    private void take(int i, HeaderFacts.Fact f, List<Block> lines) {
        switch (f.kind()) {
            case ARCHIVE -> {
                archiveMarkers.add(i);
                template[i] = true;
            }
            case SPEECH_NOTE -> {
                speechNote = true;
                template[i] = true;
            }
            case OTHER -> {
                calendar |= lines.get(i).text().matches("(?iu)^(?:Sted|Place|Location|Stad|Báiki)\\s*:.*");
                template[i] = true;
            }
            case HEADER -> {
                template[i] = f.docClass().isEmpty() && f.date().isEmpty();
                if (i >= HEADER_ZONE * 2 && f.docClass().isPresent()) {
                    return;
                }
                if (ownLine < 0 && (f.docClass().isPresent() || f.date().isPresent())) {
                    ownLine = i;
                }
                docClass = docClass.or(f::docClass);
                issued = issued.or(f::date);
                number = number.or(f::identifier);
                if (publishers.isEmpty()) {
                    publishers = f.publishers();
                }
            }
            default -> throw new IllegalStateException(f.kind().toString());
        }
        consumed[i] = true;
    }

    /** A lone type label ("Press release") next to another header line is the page's own type. */
    private void takeLoneTypeLabel(int i, List<Block> lines) {
        if (consumed[i]) {
            return;
        }
        Optional<DocClass> type = TypeLabels.get().classOf(lines.get(i).text());
        boolean nextToHeader = (i > 0 && consumed[i - 1]) || (i + 1 < lines.size() && consumed[i + 1]
                && HeaderFacts.read(lines.get(i + 1).text()).map(f -> f.kind() == HeaderFacts.Kind.HEADER)
                .orElse(false));
        if (type.isPresent() && nextToHeader && docClass.isEmpty()) {
            docClass = type;
            consumed[i] = true;
        }
    }

    /**
     * A line that is only a ministry's name, next to the header's other lines (a header written over several
     * lines: "Nyhet" / "Dato: 04.07.2019" / the ministry), names the publisher.
     */
    private void takeLoneMinistry(int i, List<Block> lines) {
        boolean nextToHeader = (i > 0 && consumed[i - 1] && !template[i - 1])
                || (i + 1 < lines.size() && consumed[i + 1] && !template[i + 1]);
        if (consumed[i] || !nextToHeader || !publishers.isEmpty()) {
            return;
        }
        Ministries.get().byName(lines.get(i).text()).ifPresent(m -> {
            publishers = List.of(m);
            consumed[i] = true;
        });
    }

    private void takeBareDate(int i, List<Block> lines) {
        if (!consumed[i] && issued.isEmpty()) {
            Dates.parse(lines.get(i).text()).ifPresent(d -> {
                issued = Optional.of(d);
                consumed[i] = true;
            });
        }
    }
}
