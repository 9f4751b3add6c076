package no.policylod.convert.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Entries;
import no.policylod.convert.extract.HeaderFacts;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.LanguageDetector;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.TextShape;
import no.policylod.convert.extract.TypeLabels;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent.Caption;
import no.policylod.convert.model.PageContent.ListedItem;
import no.policylod.convert.model.PageContent.StatedAmount;
import no.policylod.convert.model.Rules;

/**
 * One pass over a page's blocks after its title, by explicit states (jsoup's tree-builder states are the model):
 * on topic pages and listings it reads the repeated entry shapes ({@link EntryShape}) into listed documents; on
 * other pages the blocks are the document's running text.
 * Captions (photo credits, alt texts, lines in the other language) are set apart either way.
 *
 * <pre>
 * Walk walk = Walk.over(blocks, skip, bodyStart, Lang.EN, true, Optional.empty(), Rules.all(), false);
 * walk.items;   // the listed documents, in page order
 * </pre>
 */
final class Walk {

    /** Where the walk stands; each state reads the next block and names the state after it. */
    enum State {
        /** A document's own page: its running text. */
        BODY {
            @Override
            State process(Walk w, Cursor c) {
                return w.bodyBlock(c);
            }
        },
        /** In a listing or topic page, between entries. */
        BETWEEN,
        /** Title lines wait for what makes them an entry: a meta line, a place-and-date line, a teaser. */
        TITLED,
        /** After an entry: a paragraph continues its teaser. */
        IN_ENTRY,
        /** After an entry shown without a title: its text runs to the next entry. */
        UNTITLED {
            @Override
            State process(Walk w, Cursor c) {
                if (c.block().is(Kind.META) && Entries.meta(c.text()).isPresent()) {
                    return w.listingBlock(c, BETWEEN);
                }
                w.body.add(c.text());
                return UNTITLED;
            }
        };

        /** Reads the block at the cursor; the states of a listing share one reading, which the state steers. */
        State process(Walk w, Cursor c) {
            return w.listingBlock(c, this);
        }
    }

    /** The blocks being walked and the position in them. */
    static final class Cursor {
        final List<Block> blocks;
        int at;

        Cursor(List<Block> blocks) {
            this.blocks = blocks;
        }

        Block block() {
            return blocks.get(at);
        }

        String text() {
            return block().text();
        }

        Optional<Block> next() {
            return at + 1 < blocks.size() ? Optional.of(blocks.get(at + 1)) : Optional.empty();
        }
    }

    private static final Pattern DATED_TEASER = Pattern.compile(
            "^(\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}):");
    private static final int ALT_TEXT_WORDS = 25;
    /** Captions and alt texts are short: a longer text in the other language is content, not a caption. */
    private static final int CAPTION_WORDS = 40;
    private static final int TITLE_WORDS = 30;

    final List<String> body = new ArrayList<>();
    final List<Caption> captions = new ArrayList<>();
    final List<ListedItem> items = new ArrayList<>();
    private final Lang lang;
    private final boolean listsItems;
    private final Rules rules;
    private final List<Block> pending = new ArrayList<>();
    private Optional<LocalDate> pendingDate = Optional.empty();
    private Optional<DocClass> sectionClass;
    private int inlineEntries;
    private int headings;
    private int teasers;

    private Walk(Lang lang, boolean listsItems, Optional<DocClass> sectionClass, Rules rules) {
        this.lang = lang;
        this.listsItems = listsItems;
        this.sectionClass = sectionClass;
        this.rules = rules;
    }

    /**
     * Walks the blocks from {@code start}, skipping those {@code skip} marks (the page's metadata lines).
     *
     * @param listsItems   whether the page lists documents (topic pages, listings) or is one (everything else)
     * @param sectionClass the class a listing's heading names for its entries ("Speeches and articles")
     */
    static Walk over(List<Block> blocks, boolean[] skip, int start, Lang lang, boolean listsItems,
                     Optional<DocClass> sectionClass, Rules rules, boolean cut) {
        Walk walk = new Walk(lang, listsItems, sectionClass, rules);
        List<Block> content = new ArrayList<>();
        for (int i = Math.max(start, 0); i < blocks.size(); i++) {
            if (!skip[i]) {
                content.add(blocks.get(i));
            }
        }
        Cursor c = new Cursor(content);
        State state = listsItems ? State.BETWEEN : State.BODY;
        for (; c.at < content.size(); c.at++) {
            state = walk.step(state, c);
        }
        if (cut) {
            walk.finishCut(state);
        }
        return walk;
    }

    /**
     * A page cut off inside its last teaser: of the title lines still waiting, the last is the unfinished start of
     * the teaser and the one before it the entry's title.
     */
    private void finishCut(State state) {
        if (state == State.TITLED && pending.size() >= 2 && listsItems && rules.on(EntryShape.TITLE_TEASER)) {
            paragraph(pending.remove(pending.size() - 1).text(), state);
        }
    }

    /** Whether what was found reads like a topic page: list lines, section headings with items, or many teasers. */
    boolean looksLikeTopic() {
        return inlineEntries >= 2 || (headings >= 1 && !items.isEmpty()) || teasers >= 3;
    }

    /** What every state does alike: entry marks, captions and section headings; the rest is the state's. */
    private State step(State state, Cursor c) {
        Block b = c.block();
        if (b.is(Kind.ENTRY_MARK)) {
            clearPending();
            return state;
        }
        if (state == State.UNTITLED) {
            return state.process(this, c);
        }
        if (isCaption(b, c.next()) || listsItems && pending.isEmpty() && isAltText(c)) {
            captions.add(new Caption(b.text(), LanguageDetector.get().detect(b.text())));
            return state;
        }
        if (b.is(Kind.HEADING) || isSectionName(b)) {
            headings++;
            pending.clear();
            TypeLabels.sections().classOf(b.text()).filter(k -> rules.on(EntryShape.SECTION_CLASS))
                    .ifPresent(k -> sectionClass = Optional.of(k));
            return listsItems ? State.BETWEEN : state;
        }
        if (b.is(Kind.COUNTER)) {
            return state;
        }
        return state.process(this, c);
    }

    /** A line that is only a listing section's name ("News and press releases", "Taler og artikler"). */
    private boolean isSectionName(Block b) {
        return listsItems && Shapes.titleLike(b) && TypeLabels.sections().classOf(b.text()).isPresent();
    }

    private State bodyBlock(Cursor c) {
        body.add(c.text());
        return State.BODY;
    }

    private State listingBlock(Cursor c, State state) {
        Block b = c.block();
        if (b.is(Kind.LIST_ENTRY)) {
            return listEntry(b, state);
        }
        Optional<Entries.Meta> meta = b.is(Kind.META) || b.is(Kind.PARAGRAPH) ? Entries.meta(b.text())
                : Optional.empty();
        if (meta.isPresent() && (!pending.isEmpty() || meta.get().issued().isPresent() || untitled(c))) {
            return metaLine(c, meta.get());
        }
        if (state == State.TITLED && b.is(Kind.META) && dateline(b).isPresent()) {
            pendingDate = dateline(b);
            return State.TITLED;
        }
        if (box(c)) {
            return State.IN_ENTRY;
        }
        if (isTitleOfNextMeta(c)) {
            pending.add(b);
            return State.TITLED;
        }
        boolean lastWords = c.at == c.blocks.size() - 1;
        if (Shapes.paragraph(b) || state == State.TITLED && b.is(Kind.TEXT)
                && (TextShape.endsSentence(b.text()) || lastWords)) {
            return paragraph(b.text(), state);
        }
        if (Shapes.titleLike(b)) {
            pending.add(b);
            return State.TITLED;
        }
        clearPending();
        body.add(b.text());
        return State.BETWEEN;
    }

    private State listEntry(Block line, State state) {
        Optional<Entries.Inline> inline = rules.on(EntryShape.INLINE) ? Entries.inline(line.text())
                : Optional.empty();
        if (inline.isEmpty() && Shapes.paragraph(line)) {
            return paragraph(line.text(), state);
        }
        if (inline.isEmpty()) {
            pending.add(line);
            return State.TITLED;
        }
        clearPending();
        addInline(inline.get());
        return State.BETWEEN;
    }

    private void addInline(Entries.Inline e) {
        items.add(new ListedItem(e.title(), lang, Optional.empty(), e.docClass().or(() -> sectionClass()),
                e.issued(), e.identifier(), List.of(), Optional.empty(), PageReader.amountsIn(e.title(), lang, rules)));
        inlineEntries++;
    }

    /**
     * An entry's meta line: it dates and types the title above it; a teaser may be glued to its end. A title that
     * opens with a document number ("Meld. St. 21 (2023–2024) - Title") gives the entry its identifier.
     */
    private State metaLine(Cursor c, Entries.Meta meta) {
        if (pending.isEmpty() || !rules.on(EntryShape.TITLE_META)) {
            if (!rules.on(EntryShape.UNTITLED)) {
                body.add(c.text());
                return State.BETWEEN;
            }
            meta.teaser().ifPresent(body::add);
            if (c.next().filter(n -> Ministries.get().byName(n.text()).isPresent()).isPresent()) {
                c.at++;
            }
            return State.UNTITLED;
        }
        String shown = pending.get(pending.size() - 1).text();
        Optional<Entries.Inline> numbered = Entries.numbered(shown).filter(n -> !n.title().isEmpty());
        String title = numbered.map(Entries.Inline::title).orElse(shown);
        clearPending();
        List<StatedAmount> amounts = new ArrayList<>(PageReader.amountsIn(title, lang, rules));
        meta.teaser().ifPresent(t -> amounts.addAll(PageReader.amountsIn(t, lang, rules)));
        items.add(new ListedItem(title, lang, Optional.empty(), meta.docClass().or(this::sectionClass)
                .or(() -> numbered.flatMap(Entries.Inline::docClass)), meta.issued(),
                numbered.flatMap(Entries.Inline::identifier), meta.publishers(), meta.teaser(), amounts));
        return State.IN_ENTRY;
    }

    /**
     * A short one-sentence block right above an entry's dated meta line is that entry's title, even where it reads
     * as a sentence ("The harbour turns 100!").
     */
    private boolean isTitleOfNextMeta(Cursor c) {
        Block b = c.block();
        if (!rules.on(EntryShape.TITLE_META) || b.words() > TITLE_WORDS || b.is(Kind.META) || !pending.isEmpty()
                || TextShape.sentences(b.text()) > 1 || b.text().endsWith(".")) {
            return false;
        }
        return c.next().filter(n -> n.is(Kind.META)).flatMap(n -> Entries.meta(n.text()))
                .filter(m -> m.issued().isPresent() && m.docClass().isPresent()).isPresent();
    }

    /** A type line over a ministry line with no title above: an entry the page shows without a title. */
    private static boolean untitled(Cursor c) {
        return c.next().filter(n -> Ministries.get().byName(n.text()).isPresent()).isPresent();
    }

    /** A place-and-date line ("Oslo, 13 October 2014") under an entry's title: the entry's date. */
    private Optional<LocalDate> dateline(Block b) {
        if (!rules.on(EntryShape.DATELINE)) {
            return Optional.empty();
        }
        return HeaderFacts.read(b.text(), rules).filter(f -> f.kind() == HeaderFacts.Kind.HEADER && f.docClass().isEmpty()
                && f.publishers().isEmpty()).flatMap(HeaderFacts.Fact::date);
    }

    private State paragraph(String text, State state) {
        if (pending.stream().anyMatch(l -> Ministries.get().byName(l.text()).isPresent())) {
            clearPending();
        }
        if (!pending.isEmpty() && rules.on(EntryShape.TITLE_TEASER)) {
            Block title = pending.remove(pending.size() - 1);
            Optional<String> kicker = pending.isEmpty() || !rules.on(EntryShape.KICKER) ? Optional.empty()
                    : Optional.of(pending.get(pending.size() - 1).text());
            items.add(teaser(title.text(), kicker, text));
            clearPending();
            teasers++;
            return State.IN_ENTRY;
        }
        if (state == State.IN_ENTRY) {
            items.add(withMoreTeaser(items.remove(items.size() - 1), text));
            return State.IN_ENTRY;
        }
        clearPending();
        body.add(text);
        return State.BETWEEN;
    }

    private void clearPending() {
        pending.clear();
        pendingDate = Optional.empty();
    }

    private Optional<DocClass> sectionClass() {
        return sectionClass.filter(k -> k != DocClass.LISTING && rules.on(EntryShape.SECTION_CLASS));
    }

    /** A teaser: a title over a paragraph; a paragraph that opens with "DD.MM.YYYY:" dates the item. */
    private ListedItem teaser(String title, Optional<String> kicker, String text) {
        List<StatedAmount> amounts = new ArrayList<>(PageReader.amountsIn(title, lang, rules));
        amounts.addAll(PageReader.amountsIn(text, lang, rules));
        Matcher dated = DATED_TEASER.matcher(text);
        Optional<LocalDate> issued = pendingDate.or(() -> rules.on(EntryShape.DATED_TEASER) && dated.find()
                ? Dates.parse(dated.group(1)) : Optional.empty());
        Optional<Identifiers.Found> number = rules.on(EntryShape.NUMBERED_TEASER)
                ? Identifiers.whole(title).or(() -> kicker.flatMap(Identifiers::whole)) : Optional.empty();
        return new ListedItem(title, lang, kicker, sectionClass().or(() -> number.flatMap(Identifiers.Found::docClass)),
                issued, number.map(Identifiers.Found::text), List.of(), Optional.of(text), amounts);
    }

    /**
     * An image's alt text: a short sentence standing over a teaser's title (one to three title lines, then the
     * teaser or its meta line), where no title is waiting for it.
     */
    private boolean isAltText(Cursor c) {
        Block line = c.block();
        if (!rules.on(EntryShape.ALT_TEXT) || !Shapes.paragraph(line) || line.words() > ALT_TEXT_WORDS) {
            return false;
        }
        List<Block> lines = c.blocks;
        int i = c.at;
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
        amounts.addAll(PageReader.amountsIn(text, lang, rules));
        return new ListedItem(item.title(), item.lang(), item.kicker(), item.docClass(), item.issued(),
                item.identifier(), item.publishers(),
                Optional.of(item.teaser().map(t -> t + "\n\n" + text).orElse(text)), amounts);
    }

    /**
     * A box: an optional type line, an identifier line and a title line ("White Paper" / "Meld. St. 37
     * (2014–2015)" / title); the cursor moves to its last line.
     */
    private boolean box(Cursor c) {
        if (!rules.on(EntryShape.BOX)) {
            return false;
        }
        List<Block> lines = c.blocks;
        Optional<DocClass> typed = TypeLabels.get().classOf(c.text());
        int at = typed.isPresent() ? c.at + 1 : c.at;
        if (at + 1 >= lines.size()) {
            return false;
        }
        Optional<Identifiers.Found> id = Identifiers.whole(lines.get(at).text());
        if (id.isEmpty() || !Shapes.titleLike(lines.get(at + 1))) {
            return false;
        }
        clearPending();
        String title = lines.get(at + 1).text();
        items.add(new ListedItem(title, lang, Optional.empty(), typed.or(() -> id.get().docClass()),
                Optional.empty(), Optional.of(id.get().text()), List.of(), Optional.empty(),
                PageReader.amountsIn(title, lang, rules)));
        c.at = at + 1;
        return true;
    }

    /** A photo credit, an alt text repeated by the caption under it, or a line in the other language family. */
    private boolean isCaption(Block line, Optional<Block> next) {
        if (line.is(Kind.CAPTION)) {
            return true;
        }
        String text = line.text();
        return line.words() >= 2 && line.words() <= CAPTION_WORDS && !line.is(Kind.LIST_ENTRY) && !line.is(Kind.META)
                && Identifiers.atStart(text).isEmpty()
                && Entries.meta(text).isEmpty() && LanguageDetector.get().isForeignTo(text, lang);
    }
}
