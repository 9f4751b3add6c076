package no.policylod.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A later snapshot of a generated page, with one small edit of the kind the site makes between two visits: a new
 * entry at the top of a listing, an entry gone, an amount changed, a paragraph rewritten.
 *
 * <pre>
 * Draft later = new Edits(maker).later(first, rng);   // same address, later retrieved, one edit
 * </pre>
 */
final class Edits {

    /** The edits, each tried only where the page has what it changes. */
    enum Edit { ADD_ENTRY, REMOVE_ENTRY, CHANGE_AMOUNT, REWRITE_PARAGRAPH }

    private static final int ATTEMPTS = 8;
    private static final int MIN_DAYS = 7;
    private static final int MORE_DAYS = 200;

    private final PageMaker maker;

    Edits(PageMaker maker) {
        this.maker = maker;
    }

    /** The page some days later, with one edit that shows in its text (the same page when none does). */
    Draft later(Draft page, SplittableRandom rng) {
        LocalDate retrieved = page.retrieved().plusDays(MIN_DAYS + rng.nextInt(MORE_DAYS));
        String before = page.text();
        List<Edit> possible = possible(page);
        for (int i = 0; i < ATTEMPTS && !possible.isEmpty(); i++) {
            Draft edited = page.with(apply(possible.get(rng.nextInt(possible.size())), page, rng), retrieved);
            if (!edited.text().equals(before)) {
                return edited;
            }
        }
        return page.with(page.rows(), retrieved);
    }

    private static List<Edit> possible(Draft page) {
        List<Edit> edits = new ArrayList<>();
        if (!page.template().entries().isEmpty()) {
            edits.add(Edit.ADD_ENTRY);
        }
        if (page.rows().stream().mapToInt(Draft.Row::entry).distinct().filter(e -> e >= 0).count() >= 2) {
            edits.add(Edit.REMOVE_ENTRY);
        }
        edits.add(Edit.CHANGE_AMOUNT);
        if (page.rows().stream().anyMatch(r -> r.role() == Template.Role.PARAGRAPH)) {
            edits.add(Edit.REWRITE_PARAGRAPH);
        }
        return edits;
    }

    private List<Draft.Row> apply(Edit edit, Draft page, SplittableRandom rng) {
        return switch (edit) {
            case ADD_ENTRY -> added(page, rng);
            case REMOVE_ENTRY -> removed(page, rng);
            case CHANGE_AMOUNT -> amountChanged(page, rng);
            case REWRITE_PARAGRAPH -> rewritten(page, rng);
        };
    }

    /** A new entry, shaped like the template's first, before the page's first entry. */
    private List<Draft.Row> added(Draft page, SplittableRandom rng) {
        List<Draft.Row> rows = new ArrayList<>(page.rows());
        int at = 0;
        while (at < rows.size() && rows.get(at).entry() < 0) {
            at++;
        }
        int number = rows.stream().mapToInt(Draft.Row::entry).max().orElse(-1) + 1;
        PageVariation fresh = new PageVariation(page.template().lang(), rng, page.variation().numbers());
        rows.addAll(Math.min(at, rows.size()), maker.entry(page.template(), 0, number, fresh));
        return rows;
    }

    private static List<Draft.Row> removed(Draft page, SplittableRandom rng) {
        int[] entries = page.rows().stream().mapToInt(Draft.Row::entry).distinct().filter(e -> e >= 0).toArray();
        int gone = entries[rng.nextInt(entries.length)];
        return page.rows().stream().filter(r -> r.entry() != gone).toList();
    }

    private static List<Draft.Row> amountChanged(Draft page, SplittableRandom rng) {
        List<Draft.Row> rows = new ArrayList<>(page.rows());
        List<Integer> withAmounts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).line().has(Fragment.What.AMOUNT)) {
                withAmounts.add(i);
            }
        }
        if (withAmounts.isEmpty()) {
            return rows;
        }
        int at = withAmounts.get(rng.nextInt(withAmounts.size()));
        Draft.Row row = rows.get(at);
        Fragment f = row.line();
        List<Fragment.Span> amounts = f.spans().stream().filter(s -> s.what() == Fragment.What.AMOUNT).toList();
        Fragment.Span s = amounts.get(rng.nextInt(amounts.size()));
        String changed = AmountChanges.get().changeSurely(f.part(s), page.template().lang(), rng);
        Fragment edited = Fragment.concat(f.slice(0, s.start()),
                new Fragment(changed, List.of(new Fragment.Span(Fragment.What.AMOUNT, 0, changed.length()))),
                f.slice(s.end(), f.text().length()));
        rows.set(at, new Draft.Row(edited, row.role(), row.entry()));
        return rows;
    }

    private List<Draft.Row> rewritten(Draft page, SplittableRandom rng) {
        List<Draft.Row> rows = new ArrayList<>(page.rows());
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).role() == Template.Role.PARAGRAPH) {
                paragraphs.add(i);
            }
        }
        int i = paragraphs.get(rng.nextInt(paragraphs.size()));
        Draft.Row row = rows.get(i);
        PageVariation v = new PageVariation(page.template().lang(), rng, page.variation().numbers());
        rows.set(i, new Draft.Row(maker.paragraph(page.template(), row.line(), v), row.role(), row.entry()));
        return rows;
    }
}
