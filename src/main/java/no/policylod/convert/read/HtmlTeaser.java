package no.policylod.convert.read;

import no.policylod.convert.model.Ministry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * A teaser entry of a listing, a "What's new" line or a teaser card: a list item or nested article with a title
 * (a heading, or a link that opens a list item) and, around it, a date, type and ministry, and a teaser.
 *
 * <pre>
 * HtmlTeaser.lines(li);   // Optional[["Title", "19/09/2025 News story Ministry of Foreign Affairs", "Teaser ..."]]
 * HtmlTeaser.lines(p);    // Optional.empty: no entry, read it as plain blocks
 * </pre>
 */
final class HtmlTeaser {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private HtmlTeaser() {
    }

    /** The entry's lines, or empty if {@code e} is no teaser entry and is to be read as plain blocks. */
    static Optional<List<HtmlBlock>> lines(Element e) {
        if (!HtmlMainContent.isEntry(e) || e.nameIs("aside")) {
            return Optional.empty();
        }
        Optional<Element> heading = heading(e);
        Element title = heading.orElseGet(() -> leadingLink(e));
        if (title == null || HtmlText.of(title).isEmpty()) {
            return Optional.empty();
        }
        List<HtmlBlock> rest = HtmlBlocks.of(e, title);
        List<HtmlTeaserMeta> meta = rest.stream().map(HtmlTeaser::meta).flatMap(Optional::stream).toList();
        return heading.isPresent() || !meta.isEmpty() ? Optional.of(compose(e, HtmlText.of(title), rest, meta))
                : Optional.empty();
    }

    /** The entry's own first heading (not one of an entry nested in it). */
    private static Optional<Element> heading(Element e) {
        return e.select(HtmlMainContent.HEADINGS).stream()
                .filter(h -> !HtmlMainContent.inEntry(h.parent(), e)).findFirst();
    }

    /** A link the list item opens with: the title of a "What's new" or "Documents" line. */
    private static Element leadingLink(Element e) {
        Element link = e.nameIs("li") ? e.selectFirst("a[href]") : null;
        return link != null && HtmlText.of(e).startsWith(HtmlText.of(link)) ? link : null;
    }

    /** What a line of the entry says as a meta line; a caption says nothing. */
    private static Optional<HtmlTeaserMeta> meta(HtmlBlock block) {
        return block.caption() ? Optional.empty() : HtmlTeaserMeta.parse(block.text());
    }

    /**
     * The entry as the text reader reads it: without a teaser, one line {@code - Title Type DD/MM/YYYY}; with
     * one (or with a ministry to show), the title, a meta line {@code DD/MM/YYYY Type Ministry} and the teaser.
     * The reader takes a meta line only when it names a type, so without one the date goes unsaid.
     */
    private static List<HtmlBlock> compose(Element e, String title, List<HtmlBlock> rest,
                                           List<HtmlTeaserMeta> meta) {
        String day = date(e, meta).map(DAY_FIRST::format).orElse("");
        String type = meta.stream().map(HtmlTeaserMeta::type).filter(t -> !t.isEmpty()).findFirst().orElse("");
        String others = meta.stream().map(HtmlTeaserMeta::others).filter(o -> !o.isEmpty())
                .collect(Collectors.joining(" "));
        List<HtmlBlock> lines = new ArrayList<>(rest.stream().filter(HtmlBlock::caption).toList());
        List<HtmlBlock> teaser = rest.stream().filter(b -> !b.caption() && meta(b).isEmpty()).toList();
        if (teaser.isEmpty() && e.nameIs("li") && (others.isEmpty() || type.isEmpty())) {
            lines.add(HtmlBlock.line(HtmlText.clean("- " + title + " " + type + " " + day)));
            return lines;
        }
        lines.add(HtmlBlock.line(title));
        if (!type.isEmpty()) {
            lines.add(HtmlBlock.line(HtmlText.clean(day.isEmpty() ? type : day + " " + type + " " + others)));
        }
        lines.addAll(teaser);
        return lines;
    }

    /** The first date of the meta lines, else the date of the entry's first {@code <time>}. */
    private static Optional<LocalDate> date(Element e, List<HtmlTeaserMeta> meta) {
        return meta.stream().map(HtmlTeaserMeta::date).flatMap(Optional::stream).findFirst()
                .or(() -> Optional.ofNullable(e.selectFirst("time[datetime]")).flatMap(HtmlText::datetime));
    }
}
