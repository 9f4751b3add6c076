package no.policylod.convert.page;

import no.policylod.convert.extract.TextShape;
import no.policylod.convert.extract.Entries;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.PageLexicon;
import no.policylod.convert.extract.TypeLabels;

/**
 * Where a page's own title is, and the official number above it: before the second "Historisk arkiv" on archived
 * pages, under the number on document pages ("Prop. 1 S" / "(2019–2020)" / descriptor lines / title), else the first
 * title-like line (after a kicker such as "Revidert nasjonalbudsjett" or a lead-in ending in a colon).
 *
 * <pre>
 * PageTitle title = PageTitle.find(lines, header, false, Rules.all());
 * title.text;        // Optional[Statsbudsjettet]
 * title.bodyStart;   // index of the first line after the title
 * </pre>
 */
final class PageTitle {

    /** A one-sentence line under a document's number is its title up to this many words. */
    private static final int NUMBERED_TITLE_WORDS = 25;
    private static final Pattern CUT = Pattern.compile("^(.{8,}?)\\s*(?:\\.\\.\\.|…)$");
    private static final Pattern ALL_CAPS = Pattern.compile("^[\\p{Lu}\\d\\s.,:–-]{4,}$");

    Optional<String> text = Optional.empty();
    Optional<String> identifier = Optional.empty();
    Optional<DocClass> identifierClass = Optional.empty();
    int bodyStart;

    private final Rules rules;

    private PageTitle(Rules rules) {
        this.rules = rules;
    }

    static PageTitle find(List<Block> lines, PageHeader header, boolean chapter, Rules rules) {
        PageTitle t = new PageTitle(rules);
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!header.consumed[i]) {
                content.add(i);
            }
        }
        if (content.isEmpty()) {
            return t;
        }
        if (header.archiveMarkers.size() >= 2 && rules.on(TitleRule.ARCHIVED)) {
            t.archived(lines, header, content);
        } else if (!rules.on(TitleRule.NUMBERED) || !t.numbered(lines, content)) {
            t.plain(lines, content, chapter);
        }
        return t;
    }

    /** In the archive the title stands just before the second "Historisk arkiv". */
    private void archived(List<Block> lines, PageHeader header, List<Integer> content) {
        int second = header.archiveMarkers.get(1);
        int index = -1;
        for (int i : content) {
            if (i < second) {
                index = i;
            }
        }
        if (index >= 0) {
            text = Optional.of(lines.get(index).text());
        }
        bodyStart = second + 1;
    }

    /** A document page opens with its number ("Prop. 1 S" / "(2019–2020)"), then its title. */
    private boolean numbered(List<Block> lines, List<Integer> content) {
        String first = lines.get(content.get(0)).text();
        int used = 1;
        Optional<Identifiers.Found> id = Identifiers.whole(first);
        if (id.isEmpty() && content.size() > 1) {
            id = Identifiers.whole(first + " " + lines.get(content.get(1)).text());
            used = 2;
        }
        if (id.isEmpty()) {
            return false;
        }
        identifier = Optional.of(id.get().text());
        identifierClass = id.get().docClass();
        for (int k = used; k < content.size(); k++) {
            String line = lines.get(content.get(k)).text();
            if (isDescriptor(line)) {
                continue;
            }
            if (TextShape.titleShaped(line) || !TextShape.prose(line)
                    || TextShape.sentences(line) == 1 && TextShape.words(line) <= NUMBERED_TITLE_WORDS) {
                text = Optional.of(withoutNumberSuffix(line, id.get().text()));
                bodyStart = content.get(k) + 1;
            } else {
                bodyStart = content.get(k);
            }
            return true;
        }
        bodyStart = lines.size();
        return true;
    }

    private void plain(List<Block> lines, List<Integer> content, boolean chapter) {
        while (content.size() > 1 && PageLexicon.get().isHeading(lines.get(content.get(0)).text())) {
            content = content.subList(1, content.size());
        }
        Block first = lines.get(content.get(0));
        Block second = content.size() > 1 ? lines.get(content.get(1)) : null;
        Block third = content.size() > 2 ? lines.get(content.get(2)) : null;
        if (rules.on(TitleRule.CUT_SHORT) && CUT.matcher(first.text()).matches()) {
            text = Optional.of(first.text());
            bodyStart = content.get(0) + 1;
            completed(lines, content);
            if (!text.get().equals(first.text())) {
                return;
            }
            text = Optional.empty();
        }
        if (!Shapes.titleLike(first) || isUntitledEntry(first, second)) {
            bodyStart = content.get(0);
            return;
        }
        boolean kicker = rules.on(TitleRule.KICKER) && second != null && Shapes.titleLike(second) && !PageLexicon.get().isHeading(first.text())
                && !(TypeLabels.sections().classOf(first.text()).isPresent()
                && EntryScan.teasersStartAt(lines, content.get(1)))
                && !PageKinds.isSpeechOpening(second.text())
                && (first.text().endsWith(":") || (!chapter && first.words() <= 5 && third != null
                && Shapes.paragraph(third)));
        Block title = kicker ? second : first;
        text = Optional.of(title.text());
        bodyStart = content.get(kicker ? 1 : 0) + 1;
        if (rules.on(TitleRule.PART_LABEL) && second != null && PartLabel.is(first.text())
                && Shapes.titleLike(second)) {
            text = Optional.of(first.text() + " " + second.text());
            bodyStart = content.get(1) + 1;
        }
        if (rules.on(TitleRule.CUT_SHORT)) {
            completed(lines, content);
        }
    }

    /**
     * A title cut short with an ellipsis ("3.1 Nærmere om havnene...") is the whole heading that a later
     * line gives in full.
     */
    private void completed(List<Block> lines, List<Integer> content) {
        String t = text.orElse("");
        java.util.regex.Matcher cut = CUT.matcher(t);
        if (!cut.matches()) {
            return;
        }
        String start = cut.group(1);
        for (int k = 1; k < Math.min(content.size(), 6); k++) {
            Block b = lines.get(content.get(k));
            if (b.text().startsWith(start) && b.text().length() > start.length() && Shapes.titleLike(b)) {
                text = Optional.of(b.text());
                bodyStart = Math.max(bodyStart, content.get(k) + 1);
                return;
            }
        }
    }

    private static boolean isUntitledEntry(Block first, Block second) {
        return second != null && Entries.meta(first.text()).isPresent()
                && Ministries.get().byName(second.text()).isPresent();
    }

    /** A line under a document's number that describes it rather than naming it. */
    private static boolean isDescriptor(String line) {
        String s = line.strip();
        return ALL_CAPS.matcher(s).matches() || Entries.meta(s.replaceFirst("\\s*\\(.*\\)$", "")).isPresent()
                || PageLexicon.get().isHeading(s);
    }

    /** "Svalbard — Meld. St. 32 (2015–2016) Report to the Storting" names the document "Svalbard". */
    private static String withoutNumberSuffix(String title, String identifier) {
        int at = title.indexOf(identifier);
        if (at > 0) {
            String before = title.substring(0, at).replaceFirst("[\\s\u00a0]*[—–-][\\s\u00a0]*$", "").strip();
            return before.isEmpty() ? title : before;
        }
        return title;
    }
}
