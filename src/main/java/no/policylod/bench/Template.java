package no.policylod.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.ReadPage;
import no.policylod.source.PageSnapshot;

/**
 * One source page as the generator uses it: its lines exactly as written, each with a role taken from the project's
 * own reading of the page (the text reader's blocks and the structure reader's title and listed items), and the
 * line ranges of its listing entries.
 *
 * <pre>
 * Template t = Template.of(snapshot, new TextBlockReader().read(snapshot.text()), converter.read(snapshot));
 * t.kind();     // LISTING
 * t.entries();  // [[5, 8], [8, 11], ...]: lines 5-7 are the first entry
 * </pre>
 *
 * @param url       the address the page was taken from
 * @param lines     every line of the file ({@code text.split("\n", -1)}), so joining them gives the text back
 * @param cutAt     the length of a text cut off at a fixed length (generated pages are cut at the same length);
 *                  0 for a whole page
 * @param entries   {first, end} line ranges, one per listing entry, for listings and topic pages
 * @param titleCues the words of the title (lower case) the page's kind rests on: a page with such words keeps its
 *                  own title with them, new pages of other templates draw titles from the pools
 */
record Template(String name, DocClass kind, Lang lang, String url, List<Line> lines, int cutAt,
                Optional<String> title, Optional<String> identifier, List<int[]> entries, Set<String> titleCues) {

    /** What a line is to the generator. */
    enum Role {
        /** White space only. */
        BLANK,
        /** Kept as written, its amounts, dates and numbers changed. */
        KEEP,
        /** A paragraph of running text on one line: replaced by another. */
        PARAGRAPH,
        /** The line holding the page's own title, which is replaced. */
        PAGE_TITLE,
        /** A line holding a listed document's title, which is replaced. */
        ITEM_TITLE,
        /** A bulleted line that lists no document: its text after the bullet is replaced. */
        BULLET,
        /** A bullet alone on its line, starting an entry. */
        ENTRY_MARK
    }

    /**
     * One line.
     *
     * @param block      the kind of block that starts on this line; null for lines inside a block or dropped ones
     * @param titleStart where the title in a title line starts, or the text after a bullet ({@code -1} elsewhere)
     * @param itemKind   the kind the page states for the document an item line lists
     */
    record Line(Role role, Block.Kind block, Fragment fragment, int titleStart, int titleEnd,
                Optional<DocClass> itemKind) {

        String text() {
            return fragment.text();
        }

        String title() {
            return text().substring(titleStart, titleEnd);
        }
    }

    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");
    private static final Pattern BULLET_TEXT = Pattern.compile("^\\s*[-•*·]\\s+");

    Template {
        lines = List.copyOf(lines);
        entries = List.copyOf(entries);
        titleCues = Set.copyOf(titleCues);
    }

    Template withTitleCues(Set<String> cues) {
        return new Template(name, kind, lang, url, lines, cutAt, title, identifier, entries, cues);
    }

    /** The page title as the generator replaces it: without a section number before it. */
    Optional<String> bareTitle() {
        return title.map(t -> SECTION_NUMBER.matcher(t).replaceFirst(""));
    }

    /** The page's text with its title replaced (as {@link PageMaker} replaces it), for trying out titles. */
    String textWithTitle(String newBareTitle) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            String text = l.role() != Role.PAGE_TITLE ? l.text() : l.text().substring(0, l.titleStart())
                    + sectionNumber(l.title()) + newBareTitle + l.text().substring(l.titleEnd());
            out.append(i == 0 ? "" : "\n").append(text);
        }
        return out.toString();
    }

    /** The section number a title starts with ("1 ", "5.2 "), or "". */
    static String sectionNumber(String title) {
        Matcher m = SECTION_NUMBER.matcher(title);
        return m.find() ? m.group() : "";
    }

    /** Reads a text snapshot with its blocks and what the converter made of it (a page without address has ""). */
    static Template of(PageSnapshot page, ReadPage read, PageContent content) {
        String[] raw = page.text().split("\n", -1);
        Map<Integer, Block> starts = new HashMap<>();
        read.blocks().forEach(b -> starts.putIfAbsent(b.line() - 1, b));
        List<Line> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            lines.add(line(raw[i], starts.get(i), content.lang()));
        }
        boolean listing = content.docClass() == DocClass.LISTING;
        Optional<String> title = listing ? Optional.empty() : content.title();
        title.ifPresent(t -> markTitle(lines, t));
        markItems(lines, content.items());
        markBullets(lines);
        List<int[]> entries = listing || content.docClass() == DocClass.TOPIC ? entries(lines) : List.of();
        return new Template(page.name(), content.docClass(), content.lang(), page.url().orElse(""), lines,
                read.cut() ? page.text().length() : 0, title, content.identifier(), entries, Set.of());
    }

    /** Whether the line is the last line with text of a page cut short: its text is unfinished. */
    boolean unfinished(int index) {
        if (cutAt == 0) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            if (lines.get(i).role() != Role.BLANK) {
                return false;
            }
        }
        return true;
    }

    private static Line line(String raw, Block block, Lang lang) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return new Line(Role.BLANK, null, Fragment.plain(raw), -1, -1, Optional.empty());
        }
        Role role = Role.KEEP;
        if (block != null && block.is(Block.Kind.ENTRY_MARK)) {
            role = Role.ENTRY_MARK;
        } else if (block != null && block.is(Block.Kind.PARAGRAPH) && block.text().equals(text)) {
            role = Role.PARAGRAPH;
        }
        return new Line(role, block == null ? null : block.kind(), Fragment.of(raw, lang), -1, -1, Optional.empty());
    }

    /** The first line that holds the page's title (whole, or with a number or a type around it). */
    private static void markTitle(List<Line> lines, String title) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int at = l.block() != null && l.role() == Role.KEEP ? l.text().indexOf(title) : -1;
            if (at >= 0) {
                lines.set(i, new Line(Role.PAGE_TITLE, l.block(), l.fragment(), at, at + title.length(),
                        Optional.empty()));
                return;
            }
        }
    }

    /** Each listed item's title, in page order, on a line of its own or at the start of a list line. */
    private static void markItems(List<Line> lines, List<PageContent.ListedItem> items) {
        int from = 0;
        for (PageContent.ListedItem item : items) {
            for (int i = from; i < lines.size(); i++) {
                Line l = lines.get(i);
                int at = l.block() != null && l.role() == Role.KEEP ? l.text().indexOf(item.title()) : -1;
                if (at >= 0) {
                    lines.set(i, new Line(Role.ITEM_TITLE, l.block(), l.fragment(), at, at + item.title().length(),
                            item.docClass()));
                    from = i + 1;
                    break;
                }
            }
        }
    }

    /** Bulleted lines that list no document, their text after the bullet. */
    private static void markBullets(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.role() == Role.KEEP && l.block() == Block.Kind.LIST_ENTRY) {
                int at = l.text().indexOf(BULLET_TEXT.matcher(l.text()).replaceFirst(""));
                if (at > 0) {
                    lines.set(i, new Line(Role.BULLET, l.block(), l.fragment(), at, l.text().length(),
                            Optional.empty()));
                }
            }
        }
    }

    /**
     * Each item line with the bullet before it and the lines after it that belong to it (its meta line, teaser,
     * caption), up to the next title, heading, counter, bullet or list line.
     */
    private static List<int[]> entries(List<Line> lines) {
        List<int[]> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).role() != Role.ITEM_TITLE) {
                continue;
            }
            int first = i;
            int before = previousWithText(lines, i);
            if (before >= 0 && lines.get(before).role() == Role.ENTRY_MARK) {
                first = before;
            }
            int end = i + 1;
            while (end < lines.size() && belongsToEntry(lines.get(end))) {
                end++;
            }
            if (entries.isEmpty() || first >= entries.get(entries.size() - 1)[1]) {
                entries.add(new int[] {first, end});
            }
        }
        return entries;
    }

    private static int previousWithText(List<Line> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (lines.get(j).role() != Role.BLANK) {
                return j;
            }
        }
        return -1;
    }

    private static boolean belongsToEntry(Line l) {
        if (l.role() == Role.BLANK || l.block() == null) {
            return l.role() == Role.BLANK || l.role() == Role.KEEP;
        }
        return switch (l.role()) {
            case ITEM_TITLE, PAGE_TITLE, ENTRY_MARK, BULLET -> false;
            default -> switch (l.block()) {
                case META, PARAGRAPH, CAPTION, TEXT -> true;
                default -> false;
            };
        };
    }
}
