package no.policylod.convert.page;

import no.policylod.convert.extract.HeaderFacts;
import no.policylod.convert.extract.Entries;
import no.policylod.convert.model.ReadPage;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.PageHints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.Rule;
import no.policylod.convert.model.Rules;
import no.policylod.convert.model.PageContent.ListedItem;
import no.policylod.convert.model.PageContent.StatedAmount;
import no.policylod.convert.extract.Qualifiers;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.LanguageDetector;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.model.Ministry;
import no.policylod.convert.extract.Money;
import no.policylod.convert.extract.PageLexicon;
import no.policylod.convert.extract.TypeLabels;
import no.policylod.source.PageSnapshot;

/**
 * Reads a plain-text page extract into {@link PageContent}: header facts (type, date, publisher, number), the title,
 * the kind of page, and then either the running text (documents) or the documents it lists (topic pages and
 * listings: teasers, list lines, entries with a meta line, boxes).
 *
 * <pre>
 * PageContent content = new PageReader().read(PageSnapshot.of("page.txt", text, url, null));
 * </pre>
 *
 * Stateless and thread-safe; each call keeps its state in a {@link Header}, a {@link Title} and a {@link Walk}.
 */
public final class PageReader {

    private static final Pattern PAGE_ID = Pattern.compile("(?<![\\p{L}\\d])id(\\d+)(?!\\d)");

    private final Rules rules;
    private final KindDecision kinds;

    public PageReader(Rules rules) {
        this.rules = rules;
        this.kinds = new KindDecision(rules);
    }

    /** Every named rule the structure reader applies: page-kind rules, then entry shapes. */
    public static List<Rule> rules() {
        List<Rule> all = new ArrayList<>(List.of(HeaderFacts.HeaderForm.values()));
        all.addAll(List.of(TitleRule.values()));
        all.addAll(List.of(KindRule.values()));
        all.addAll(List.of(EntryShape.values()));
        all.addAll(List.of(Money.MoneyRule.values()));
        return List.copyOf(all);
    }

    /** Reads a page's blocks; what the hints state wins over what the blocks suggest. */
    public PageContent read(PageSnapshot page, ReadPage read) {
        List<Block> blocks = read.blocks();
        PageHints hints = read.hints();
        Lang lang = hints.lang().orElseGet(() -> pageLanguage(blocks));
        Optional<String> url = page.url().or(hints::canonicalUrl);
        PageHeader header = PageHeader.scan(blocks, rules);
        PageTitle title = PageTitle.find(blocks, header, url.map(PageKinds::isChapter).orElse(false), rules);
        Optional<String> pageTitle = hints.title().or(() -> title.text);
        PageEvidence evidence = new PageEvidence(blocks, header, title, pageTitle, url, hints,
                EntryScan.of(blocks, header.ownLine));
        DocClass guessed = kinds.decide(evidence).map(KindDecision.Decided::kind).orElse(null);
        boolean lists = guessed == null || guessed == DocClass.TOPIC || guessed == DocClass.LISTING;
        Optional<DocClass> section = pageTitle.flatMap(t -> TypeLabels.sections().classOf(t));
        boolean opensWithEntry = guessed == DocClass.LISTING && hints.title().isEmpty()
                && EntryScan.teasersStartAt(blocks, title.bodyStart - 1);
        Optional<String> ownTitle = opensWithEntry ? Optional.empty() : pageTitle;
        int start = opensWithEntry ? title.bodyStart - 1 : title.bodyStart;
        Walk first = Walk.over(blocks, lists ? header.template : header.consumed, start, lang, lists,
                section, rules, read.cut());
        DocClass kind = guessed != null ? guessed : first.looksLikeTopic() ? DocClass.TOPIC : DocClass.ARTICLE;
        Walk walk = guessed == null && kind != DocClass.TOPIC
                ? Walk.over(blocks, header.consumed, title.bodyStart, lang, false, section, rules, read.cut())
                : first;
        List<StatedAmount> amounts = new ArrayList<>();
        ownTitle.ifPresent(t -> amounts.addAll(amountsIn(t, lang, rules)));
        walk.body.forEach(p -> amounts.addAll(amountsIn(p, lang, rules)));
        List<Ministry> publishers = header.publishers.isEmpty() ? hintedPublishers(hints) : header.publishers;
        Optional<LocalDate> issued = hints.issued().or(() -> header.issued)
                .or(() -> kind == DocClass.SPEECH ? speechDate(ownTitle, walk) : Optional.empty());
        List<ListedItem> items = walk.items;
        boolean listing = kind == DocClass.LISTING;
        return new PageContent(lang, kind, listing ? Optional.empty() : ownTitle,
                listing ? Optional.empty() : issued, listing ? List.of() : publishers,
                title.identifier.or(() -> header.number), url.flatMap(PageReader::pageId),
                hints.description().or(() -> walk.body.stream().findFirst()),
                walk.body.isEmpty() ? Optional.empty() : Optional.of(String.join("\n\n", walk.body)),
                walk.captions, items, amounts);
    }

    /**
     * In a listing made of dated entries (news lists, search results), a title over a paragraph without type or
     * date is the listing's own heading and its introduction, not an entry.
     */
    private static List<ListedItem> entriesOnly(List<ListedItem> items) {
        if (items.stream().filter(i -> i.issued().isPresent()).count() < 2) {
            return items;
        }
        return items.stream().filter(i -> i.issued().isPresent() || i.docClass().isPresent()).toList();
    }

    /** A speech without a header date: the first full date in its title or its lead paragraph. */
    private static Optional<LocalDate> speechDate(Optional<String> title, Walk walk) {
        Optional<LocalDate> inTitle = title.flatMap(t -> Dates.find(t).stream().findFirst()).map(Dates.Found::date);
        return inTitle.or(() -> walk.body.stream().findFirst()
                .flatMap(lead -> Dates.find(lead).stream().findFirst()).map(Dates.Found::date));
    }

    private static List<Ministry> hintedPublishers(PageHints hints) {
        List<Ministry> found = new ArrayList<>();
        hints.publisherNames().forEach(n -> HeaderFacts.ministries(n).stream().filter(m -> !found.contains(m))
                .forEach(found::add));
        return found;
    }

    static Optional<String> pageId(String url) {
        Matcher m = PAGE_ID.matcher(PageKinds.path(url));
        String last = null;
        while (m.find()) {
            last = "id" + m.group(1);
        }
        return Optional.ofNullable(last);
    }

    private static Lang pageLanguage(List<Block> lines) {
        StringBuilder prose = new StringBuilder();
        lines.stream().filter(Shapes::paragraph).forEach(l -> prose.append(l.text()).append('\n'));
        if (prose.isEmpty()) {
            lines.forEach(l -> prose.append(l.text()).append('\n'));
        }
        return LanguageDetector.get().detect(prose.toString());
    }

    static List<StatedAmount> amountsIn(String text, Lang lang, Rules rules) {
        return Money.find(text, lang, rules).stream()
                .map(m -> new StatedAmount(m, Qualifiers.of(text, m), lang)).toList();
    }
}
