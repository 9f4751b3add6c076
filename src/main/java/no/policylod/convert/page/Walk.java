package no.policylod.convert.page;

import no.policylod.convert.extract.Entries;
import no.policylod.convert.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent.Caption;
import no.policylod.convert.model.PageContent.ListedItem;
import no.policylod.convert.model.PageContent.StatedAmount;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.LanguageDetector;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.PageLexicon;
import no.policylod.convert.extract.TypeLabels;

/**
 * One pass over a page's lines after its title. On topic pages and listings it collects the documents listed
 * (teasers, list lines, entries with a meta line, boxes); on other pages everything is running text. Captions
 * (photo credits, alt texts, lines in the other language) are set apart either way.
 *
 * <pre>
 * Walk walk = Walk.over(lines, header, bodyStart, Lang.EN, true);
 * walk.items;   // the listed documents, in page order
 * </pre>
 */
final class Walk {

    private static final Pattern CREDIT = Pattern.compile("(?iu)(?:^|\\s)(?:Foto|Photo|Credit|Kreditering"
            + "|Illustrasjon\\p{L}*|Illustration|Bilde|Kjelde|Kilde)\\s*:\\s*\\S");
    private static final Pattern LONE_MARKER = Pattern.compile("^[-•*·–]$");
    private static final Pattern DATED_TEASER = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}):");
    private static final int ALT_TEXT_WORDS = 25;

    final List<String> body = new ArrayList<>();
    final List<Caption> captions = new ArrayList<>();
    final List<ListedItem> items = new ArrayList<>();
    private final Lang lang;
    private final boolean listsItems;
    private final List<Block> pending = new ArrayList<>();
    private boolean inTeaser;
    /** After an entry shown without a title (type and ministry lines only): its text runs to the next entry. */
    private boolean inUntitled;
    private int inlineEntries;
    private int headings;
    private int teasers;

    private Walk(Lang lang, boolean listsItems) {
        this.lang = lang;
        this.listsItems = listsItems;
    }

    /**
     * Walks the lines from {@code start}, skipping those {@code skip} marks (the page's metadata lines).
     *
     * @param listsItems whether the page lists documents (topic pages, listings) or is one (everything else)
     */
    static Walk over(List<Block> lines, boolean[] skip, int start, Lang lang, boolean listsItems) {
        Walk walk = new Walk(lang, listsItems);
        List<Block> content = new ArrayList<>();
        for (int i = Math.max(start, 0); i < lines.size(); i++) {
            if (!skip[i]) {
                content.add(lines.get(i));
            }
        }
        for (int i = 0; i < content.size(); i++) {
            i = walk.take(content, i);
        }
        walk.pending.clear();
        return walk;
    }

    /** Whether what was found reads like a topic page: list lines, section headings with items, or many teasers. */
    boolean looksLikeTopic() {
        return inlineEntries >= 2 || (headings >= 1 && !items.isEmpty()) || teasers >= 3;
    }

    /** Takes the line at {@code i} and any that belong with it; returns the index of the last line used. */
    private int take(List<Block> lines, int i) {
        Block line = lines.get(i);
        Block next = i + 1 < lines.size() ? lines.get(i + 1) : null;
        if (LONE_MARKER.matcher(line.text()).matches()) {
            return i;
        }
        if (inUntitled && Entries.meta(line.text()).isEmpty()) {
            body.add(line.is(Block.Kind.LIST_ENTRY) ? line.text() : line.text());
            return i;
        }
        if (isCaption(line, next) || listsItems && pending.isEmpty() && isAltText(lines, i)) {
            captions.add(new Caption(line.text(), LanguageDetector.get().detect(line.text())));
            return i;
        }
        if (PageLexicon.get().isHeading(line.text())) {
            headings++;
            pending.clear();
            inTeaser = false;
            return i;
        }
        if (!listsItems) {
            body.add(line.is(Block.Kind.LIST_ENTRY) ? line.text() : line.text());
            return i;
        }
        return listing(lines, i);
    }

    private int listing(List<Block> lines, int i) {
        Block line = lines.get(i);
        if (line.is(Block.Kind.LIST_ENTRY)) {
            return listEntry(line, i);
        }
        Optional<Entries.Meta> meta = Entries.meta(line.text());
        if (meta.isPresent() && (!pending.isEmpty() || meta.get().issued().isPresent() || untitled(lines, i))) {
            return metaLine(lines, i, meta.get());
        }
        Optional<Integer> box = box(lines, i);
        if (box.isPresent()) {
            return box.get();
        }
        if (Shapes.paragraph(line)) {
            paragraph(line.text());
        } else if (Shapes.titleLike(line)) {
            pending.add(line);
            inTeaser = false;
        } else {
            pending.clear();
            body.add(line.text());
        }
        return i;
    }

    private int listEntry(Block line, int i) {
        Optional<Entries.Inline> inline = Entries.inline(line.text());
        if (inline.isEmpty() && Shapes.paragraph(line)) {
            paragraph(line.text());
            return i;
        }
        if (inline.isEmpty()) {
            pending.add(line);
            inTeaser = false;
            return i;
        }
        pending.clear();
        Entries.Inline e = inline.get();
        items.add(new ListedItem(e.title(), lang, Optional.empty(), e.docClass(), e.issued(), e.identifier(),
                List.of(), Optional.empty(), PageReader.amountsIn(e.title(), lang)));
        inlineEntries++;
        inTeaser = false;
        return i;
    }

    /**
     * An entry's meta line: it dates and types the title above it; a teaser may be glued to its end. A title that
     * opens with a document number ("Meld. St. 21 (2023–2024) - Title") gives the entry its identifier.
     */
    private int metaLine(List<Block> lines, int i, Entries.Meta meta) {
        if (pending.isEmpty()) {
            inTeaser = false;
            inUntitled = true;
            meta.teaser().ifPresent(body::add);
            boolean ministryNext = i + 1 < lines.size()
                    && Ministries.get().byName(lines.get(i + 1).text()).isPresent();
            return ministryNext ? i + 1 : i;
        }
        String shown = pending.get(pending.size() - 1).text();
        Optional<Entries.Inline> numbered = Entries.numbered(shown).filter(n -> !n.title().isEmpty());
        String title = numbered.map(Entries.Inline::title).orElse(shown);
        pending.clear();
        inUntitled = false;
        List<StatedAmount> amounts = new ArrayList<>(PageReader.amountsIn(title, lang));
        meta.teaser().ifPresent(t -> amounts.addAll(PageReader.amountsIn(t, lang)));
        items.add(new ListedItem(title, lang, Optional.empty(), meta.docClass().or(() -> numbered.flatMap(
                Entries.Inline::docClass)), meta.issued(), numbered.flatMap(Entries.Inline::identifier),
                meta.publishers(), meta.teaser(), amounts));
        inTeaser = true;
        return i;
    }

    /** A type line over a ministry line with no title above: an entry the page shows without a title. */
    private boolean untitled(List<Block> lines, int i) {
        return i + 1 < lines.size() && Ministries.get().byName(lines.get(i + 1).text()).isPresent();
    }

    private void paragraph(String text) {
        if (pending.stream().anyMatch(l -> Ministries.get().byName(l.text()).isPresent())) {
            pending.clear();
        }
        if (!pending.isEmpty()) {
            Block title = pending.remove(pending.size() - 1);
            Optional<String> kicker = pending.isEmpty() ? Optional.empty()
                    : Optional.of(pending.get(pending.size() - 1).text());
            pending.clear();
            items.add(teaser(title.text(), kicker, text));
            teasers++;
            inTeaser = true;
        } else if (inTeaser) {
            items.add(withMoreTeaser(items.remove(items.size() - 1), text));
        } else {
            body.add(text);
        }
    }

    /** A teaser: a title over a paragraph; a paragraph that opens with "DD.MM.YYYY:" dates the item. */
    private ListedItem teaser(String title, Optional<String> kicker, String text) {
        List<StatedAmount> amounts = new ArrayList<>(PageReader.amountsIn(title, lang));
        amounts.addAll(PageReader.amountsIn(text, lang));
        java.util.regex.Matcher dated = DATED_TEASER.matcher(text);
        Optional<java.time.LocalDate> issued = dated.find() ? Dates.parse(dated.group(1)) : Optional.empty();
        return new ListedItem(title, lang, kicker, Optional.empty(), issued, Optional.empty(),
                List.of(), Optional.of(text), amounts);
    }

    /**
     * An image's alt text: a short sentence standing over a teaser's title (one to three title lines, then the
     * teaser or its meta line), where no title is waiting for it.
     */
    private static boolean isAltText(List<Block> lines, int i) {
        Block line = lines.get(i);
        if (!Shapes.paragraph(line) || line.words() > ALT_TEXT_WORDS) {
            return false;
        }
        int k = i + 1;
        while (k < lines.size() && k <= i + 3 && Shapes.titleLike(lines.get(k))
                && Entries.meta(lines.get(k).text()).isEmpty()) {
            k++;
        }
        return k > i + 1 && k < lines.size()
                && (Shapes.paragraph(lines.get(k)) || Entries.meta(lines.get(k).text()).isPresent());
    }

    private ListedItem withMoreTeaser(ListedItem item, String text) {
        List<StatedAmount> amounts = new ArrayList<>(item.amounts());
        amounts.addAll(PageReader.amountsIn(text, lang));
        return new ListedItem(item.title(), item.lang(), item.kicker(), item.docClass(), item.issued(),
                item.identifier(), item.publishers(),
                Optional.of(item.teaser().map(t -> t + "\n\n" + text).orElse(text)), amounts);
    }

    /**
     * A box: an optional type line, an identifier line and a title line ("White Paper" / "Meld. St. 37
     * (2014–2015)" / title). Returns the index of its last line.
     */
    private Optional<Integer> box(List<Block> lines, int i) {
        Optional<DocClass> typed = TypeLabels.get().classOf(lines.get(i).text());
        int at = typed.isPresent() ? i + 1 : i;
        if (at + 1 >= lines.size()) {
            return Optional.empty();
        }
        Optional<Identifiers.Found> id = Identifiers.whole(lines.get(at).text());
        if (id.isEmpty() || !Shapes.titleLike(lines.get(at + 1))) {
            return Optional.empty();
        }
        pending.clear();
        String title = lines.get(at + 1).text();
        items.add(new ListedItem(title, lang, Optional.empty(), typed.or(() -> id.get().docClass()),
                Optional.empty(), Optional.of(id.get().text()), List.of(), Optional.empty(),
                PageReader.amountsIn(title, lang)));
        inTeaser = true;
        return Optional.of(at + 1);
    }

    /** A photo credit, an alt text repeated by the caption under it, or a line in the other language family. */
    private boolean isCaption(Block line, Block next) {
        String text = line.text();
        if (CREDIT.matcher(text).find()) {
            return true;
        }
        if (next != null && next.text().startsWith(text) && CREDIT.matcher(next.text()).find()) {
            return true;
        }
        return line.words() >= 2 && !line.is(Block.Kind.LIST_ENTRY) && Identifiers.atStart(text).isEmpty()
                && Entries.meta(text).isEmpty() && LanguageDetector.get().isForeignTo(text, lang);
    }
}
