package no.policylod.convert.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.DocClass;
import no.policylod.convert.Lang;
import no.policylod.convert.PageContent;
import no.policylod.convert.PageContent.Caption;
import no.policylod.convert.PageContent.ListedItem;
import no.policylod.convert.PageContent.StatedAmount;
import no.policylod.convert.extract.AmountContext;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.LanguageDetector;
import no.policylod.convert.extract.Money;
import no.policylod.convert.extract.PageLexicon;
import no.policylod.convert.extract.TypeLabels;
import no.policylod.source.PageSnapshot;

/**
 * Reads a plain-text page extract into {@link PageContent}: the title, the lead, teaser blocks (kicker, title,
 * paragraph), list lines ("Title Type DD/MM/YYYY"), boxes (type, identifier, title) and captions.
 *
 * <pre>
 * PageContent content = new TextPageReader().read(PageSnapshot.of("topic.txt", text, null, null));
 * </pre>
 *
 * Stateless and thread-safe; each call keeps its state in a {@link Walk}.
 */
public final class TextPageReader {

    private static final Pattern PAGE_ID = Pattern.compile("(?<![\\p{L}\\d])id(\\d+)(?!\\d)");
    private static final Pattern TOPIC_PATH = Pattern.compile("/(?:topics|tema)/");

    public PageContent read(PageSnapshot page) {
        List<Line> lines = Line.of(page.text()).stream()
                .filter(l -> !PageLexicon.get().isBoilerplate(l.text())).toList();
        Lang lang = pageLanguage(lines);
        Walk walk = new Walk(lang);
        for (int i = 1; i < lines.size(); i++) {
            i = walk.take(lines, i);
        }
        walk.flushPending();
        Optional<String> title = lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).text());
        DocClass docClass = kind(page, walk);
        List<StatedAmount> amounts = new ArrayList<>();
        title.ifPresent(t -> amounts.addAll(amountsIn(t, lang)));
        walk.body.forEach(p -> amounts.addAll(amountsIn(p, lang)));
        return new PageContent(lang, docClass, title, Optional.empty(), List.of(), Optional.empty(), pageId(page),
                walk.body.stream().findFirst(), walk.body.isEmpty() ? Optional.empty()
                        : Optional.of(String.join("\n\n", walk.body)),
                walk.captions, walk.items, amounts);
    }

    private static DocClass kind(PageSnapshot page, Walk walk) {
        boolean topicUrl = page.url().map(u -> TOPIC_PATH.matcher(u).find()).orElse(false);
        return topicUrl || walk.items.size() >= 2 ? DocClass.TOPIC : DocClass.ARTICLE;
    }

    static Optional<String> pageId(PageSnapshot page) {
        return page.url().flatMap(url -> {
            Matcher m = PAGE_ID.matcher(url);
            String last = null;
            while (m.find()) {
                last = "id" + m.group(1);
            }
            return Optional.ofNullable(last);
        });
    }

    private static Lang pageLanguage(List<Line> lines) {
        StringBuilder prose = new StringBuilder();
        lines.stream().filter(Line::isParagraph).forEach(l -> prose.append(l.text()).append('\n'));
        if (prose.isEmpty()) {
            lines.forEach(l -> prose.append(l.text()).append('\n'));
        }
        return LanguageDetector.get().detect(prose.toString());
    }

    static List<StatedAmount> amountsIn(String text, Lang lang) {
        return Money.find(text, lang).stream()
                .map(m -> new StatedAmount(m, AmountContext.of(text, m), lang)).toList();
    }

    /** The state of one pass over a page's lines after its title. */
    private static final class Walk {
        private final Lang lang;
        private final List<Line> pending = new ArrayList<>();
        private final List<String> body = new ArrayList<>();
        private final List<Caption> captions = new ArrayList<>();
        private final List<ListedItem> items = new ArrayList<>();
        private boolean inTeaser;

        Walk(Lang lang) {
            this.lang = lang;
        }

        /** Takes the line at {@code i} (and any it belongs with); returns the index of the last line used. */
        int take(List<Line> lines, int i) {
            Line line = lines.get(i);
            if (PageLexicon.get().isHeading(line.text())) {
                flushPending();
                return i;
            }
            if (isCaption(line)) {
                captions.add(new Caption(line.text(), LanguageDetector.get().detect(line.text())));
                return i;
            }
            if (line.isListEntry()) {
                flushPending();
                ListEntries.parse(line.withoutMarker(), lang).ifPresent(items::add);
                return i;
            }
            Optional<Integer> box = box(lines, i);
            if (box.isPresent()) {
                return box.get();
            }
            if (line.isParagraph()) {
                paragraph(line.text());
                return i;
            }
            inTeaser = false;
            if (line.isTitleLike()) {
                pending.add(line);
            } else {
                flushPending();
            }
            return i;
        }

        private boolean isCaption(Line line) {
            return line.words() >= 2 && !line.isListEntry() && Identifiers.atStart(line.text()).isEmpty()
                    && LanguageDetector.get().isForeignTo(line.text(), lang);
        }

        private void paragraph(String text) {
            if (!pending.isEmpty()) {
                Line title = pending.remove(pending.size() - 1);
                Optional<String> kicker = pending.isEmpty() ? Optional.empty()
                        : Optional.of(pending.remove(pending.size() - 1).text());
                flushPending();
                items.add(teaser(title.text(), kicker, text));
                inTeaser = true;
            } else if (inTeaser) {
                items.add(withMoreTeaser(items.remove(items.size() - 1), text));
            } else {
                body.add(text);
            }
        }

        private ListedItem teaser(String title, Optional<String> kicker, String text) {
            List<StatedAmount> amounts = new ArrayList<>(amountsIn(title, lang));
            amounts.addAll(amountsIn(text, lang));
            return new ListedItem(title, lang, kicker, Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(), Optional.of(text), amounts);
        }

        private ListedItem withMoreTeaser(ListedItem item, String text) {
            List<StatedAmount> amounts = new ArrayList<>(item.amounts());
            amounts.addAll(amountsIn(text, lang));
            return new ListedItem(item.title(), item.lang(), item.kicker(), item.docClass(), item.issued(),
                    item.identifier(), item.publishers(), item.teaser().map(t -> t + "\n\n" + text), amounts);
        }

        /**
         * A box: an optional type line, an identifier line and a title line ("White Paper" / "Meld. St. 37
         * (2014–2015)" / title). Returns the index of its last line.
         */
        private Optional<Integer> box(List<Line> lines, int i) {
            Optional<DocClass> typed = TypeLabels.get().classOf(lines.get(i).text());
            int at = typed.isPresent() ? i + 1 : i;
            if (at + 1 >= lines.size()) {
                return Optional.empty();
            }
            Optional<Identifiers.Found> id = Identifiers.whole(lines.get(at).text());
            if (id.isEmpty() || !lines.get(at + 1).isTitleLike()) {
                return Optional.empty();
            }
            flushPending();
            String title = lines.get(at + 1).text();
            Optional<DocClass> docClass = typed.or(() -> id.get().docClass());
            items.add(new ListedItem(title, lang, Optional.empty(), docClass, Optional.empty(),
                    Optional.of(id.get().text()), List.of(), Optional.empty(), amountsIn(title, lang)));
            inTeaser = true;
            return Optional.of(at + 1);
        }

        /** Title-like lines that no paragraph followed were headings: they are not documents. */
        void flushPending() {
            pending.clear();
        }
    }

    /** Reads one "What's new" or "Documents" line: {@code [IDENTIFIER - ]TITLE [TYPE] [DATE]}. */
    static final class ListEntries {
        private static final Pattern SEPARATOR = Pattern.compile("^[\\s\u00a0]*[-–—:][\\s\u00a0]+");

        private ListEntries() {
        }

        static Optional<ListedItem> parse(String entry, Lang lang) {
            String rest = entry.strip();
            Optional<java.time.LocalDate> issued = Optional.empty();
            List<Dates.Found> dates = Dates.find(rest);
            if (!dates.isEmpty() && dates.get(dates.size() - 1).end() == rest.length()) {
                Dates.Found last = dates.get(dates.size() - 1);
                issued = Optional.of(last.date());
                rest = rest.substring(0, last.start()).strip();
            }
            Optional<TypeLabels.Found> label = TypeLabels.get().atEnd(rest);
            Optional<DocClass> docClass = label.map(TypeLabels.Found::docClass);
            if (label.isPresent()) {
                rest = rest.substring(0, label.get().start()).strip();
            }
            Optional<String> identifier = Optional.empty();
            Optional<Identifiers.Found> id = Identifiers.atStart(rest);
            if (id.isPresent()) {
                Matcher sep = SEPARATOR.matcher(rest.substring(id.get().end()));
                if (sep.find()) {
                    identifier = Optional.of(id.get().text());
                    docClass = docClass.or(() -> id.get().docClass());
                    rest = rest.substring(id.get().end() + sep.end()).strip();
                }
            }
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ListedItem(rest, lang, Optional.empty(), docClass, issued, identifier, List.of(),
                    Optional.empty(), amountsIn(rest, lang)));
        }
    }
}
