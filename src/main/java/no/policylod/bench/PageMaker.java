package no.policylod.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.Block;

/**
 * Makes a new page from a template page: its title, the titles of the documents it lists and its paragraphs are
 * replaced by ones drawn from other source pages of the same kind and language, every other line is kept as the
 * template has it, and everything gets the page's {@link PageVariation} (amounts, dates, document numbers).
 *
 * <pre>
 * PageMaker maker = new PageMaker(pools, new Titles(pools), new DocumentNumbers());
 * Draft page = maker.make(template, 4123456, rng, retrievedNotBefore);
 * </pre>
 */
final class PageMaker {

    private static final Pattern INDENT = Pattern.compile("^\\s*");
    private static final int DRAWS = 4;
    private static final String CLOSING = "\"”’»)";
    private static final String STOPS = ".!?…;";

    private final Pools pools;
    private final Titles titles;
    private final DocumentNumbers numbers;

    PageMaker(Pools pools, Titles titles, DocumentNumbers numbers) {
        this.pools = pools;
        this.titles = titles;
        this.numbers = numbers;
    }

    /** A new page with its own id, taken no earlier than the day given nor before the dates it states. */
    Draft make(Template t, int pageId, SplittableRandom rng, LocalDate notBefore) {
        PageVariation v = new PageVariation(t.lang(), rng, numbers);
        Optional<String> title = t.title().flatMap(x -> titles.pageTitle(t, v));
        int[] entryOf = entryOfLine(t);
        List<Draft.Row> rows = new ArrayList<>(t.lines().size());
        for (int i = 0; i < t.lines().size(); i++) {
            rows.add(new Draft.Row(line(t, i, v, title), t.lines().get(i).role(), entryOf[i]));
        }
        String url = Addresses.of(t.url(), t.bareTitle().orElse(null), title.orElse(null), pageId);
        if (t.identifier().isPresent()) {
            url = renumbered(url, t.identifier().get(), v.identifier(t.identifier().get()));
        }
        LocalDate retrieved = v.latestDate().map(d -> d.plusDays(1 + rng.nextInt(45)))
                .filter(d -> d.isAfter(notBefore)).orElse(notBefore);
        return new Draft(t, v, rows, url, retrieved);
    }

    /** The rows of one of the template's entries, made anew (a new title, new figures, new document numbers). */
    List<Draft.Row> entry(Template t, int index, int entryNumber, PageVariation v) {
        int[] range = t.entries().get(index);
        List<Draft.Row> rows = new ArrayList<>();
        for (int i = range[0]; i < range[1]; i++) {
            rows.add(new Draft.Row(line(t, i, v, Optional.empty()), t.lines().get(i).role(), entryNumber));
        }
        return rows;
    }

    /** Another paragraph of the page's kind and language in place of the one given. */
    Fragment paragraph(Template t, Fragment old, PageVariation v) {
        Optional<Fragment> drawn = Optional.empty();
        for (int i = 0; i < DRAWS && (drawn.isEmpty() || !v.firstUse(drawn.get())); i++) {
            drawn = pools.paragraph(t.kind(), t.lang(), old.text().length(), v.rng());
        }
        return drawn.map(p -> Fragment.concat(Fragment.plain(indentOf(old.text())), fitted(v.apply(p), old.text())))
                .orElse(old);
    }

    private Fragment bullet(Template t, Template.Line l, PageVariation v) {
        Optional<Fragment> drawn = Optional.empty();
        for (int i = 0; i < DRAWS && (drawn.isEmpty() || !v.firstUse(drawn.get())); i++) {
            drawn = pools.bullet(t.kind(), t.lang(), v.rng());
        }
        return drawn.map(b -> Fragment.concat(l.fragment().slice(0, l.titleStart()), v.apply(b)))
                .orElseGet(() -> v.apply(l.fragment()));
    }

    private Fragment line(Template t, int i, PageVariation v, Optional<String> pageTitle) {
        Template.Line l = t.lines().get(i);
        return switch (l.role()) {
            case BLANK, ENTRY_MARK -> l.fragment();
            case PARAGRAPH -> paragraph(t, l.fragment(), v);
            case PAGE_TITLE -> pageTitle.map(x -> retitled(l, x, v)).orElseGet(() -> v.apply(l.fragment()));
            case ITEM_TITLE -> titles.itemTitle(l.itemKind(), v).map(x -> retitled(l, x, v))
                    .orElseGet(() -> v.apply(l.fragment()));
            case BULLET -> bullet(t, l, v);
            case KEEP -> l.block() == Block.Kind.HEADING && pageTitle.isPresent()
                    ? v.apply(renamed(l.fragment(), t.bareTitle().orElseThrow(), pageTitle.get()))
                    : v.apply(l.fragment());
        };
    }

    /** A heading that names the page's title ("More on security policy") names the new one. */
    private static Fragment renamed(Fragment heading, String oldTitle, String newTitle) {
        int at = heading.text().toLowerCase(Locale.ROOT).indexOf(oldTitle.toLowerCase(Locale.ROOT));
        if (at < 0 || oldTitle.isEmpty() || newTitle.isEmpty()) {
            return heading;
        }
        boolean lower = Character.isLowerCase(heading.text().charAt(at));
        String name = lower ? newTitle.substring(0, 1).toLowerCase(Locale.ROOT) + newTitle.substring(1) : newTitle;
        return Fragment.plain(heading.text().substring(0, at) + name
                + heading.text().substring(at + oldTitle.length()));
    }

    /** The line with a new title in place of its own (a section number before the title stays). */
    private static Fragment retitled(Template.Line l, String title, PageVariation v) {
        String prefix = Template.sectionNumber(l.title());
        return Fragment.concat(v.apply(l.fragment().slice(0, l.titleStart())), Fragment.plain(prefix + title),
                v.apply(l.fragment().slice(l.titleEnd(), l.text().length())));
    }

    /** A paragraph cut short at the length of the one it replaces, where that one was cut short (a teaser). */
    private static Fragment fitted(Fragment paragraph, String old) {
        String stripped = old.strip();
        boolean cutShort = !endsSentence(stripped);
        if (!cutShort || paragraph.text().length() <= stripped.length()) {
            return paragraph;
        }
        String cut = paragraph.text().substring(0, stripped.length()).stripTrailing();
        return paragraph.slice(0, cut.length());
    }

    /** Whether the text ends as a sentence does (a stop, perhaps inside closing quotes or brackets). */
    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSING.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && STOPS.indexOf(text.charAt(i)) >= 0;
    }

    private static String indentOf(String line) {
        Matcher m = INDENT.matcher(line);
        return m.find() ? m.group() : "";
    }

    private static String renumbered(String url, String oldId, String newId) {
        int[] o = DocumentNumbers.numberIn(oldId);
        int[] n = DocumentNumbers.numberIn(newId);
        return o == null || n == null ? url
                : Addresses.renumbered(url, oldId.substring(o[0], o[1]), newId.substring(n[0], n[1]));
    }

    private static int[] entryOfLine(Template t) {
        int[] entryOf = new int[t.lines().size()];
        java.util.Arrays.fill(entryOf, -1);
        for (int e = 0; e < t.entries().size(); e++) {
            for (int i = t.entries().get(e)[0]; i < t.entries().get(e)[1]; i++) {
                entryOf[i] = e;
            }
        }
        return entryOf;
    }
}
