package no.policylod.bench;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.model.Lang;

/**
 * What makes one generated page differ from the pages it is made of, applied the same way to every piece of it: its
 * amounts get new figures (the same amount written twice gets the same new figures), its dates move by one number
 * of days (each keeps its format), and its document numbers are renumbered (one number, one new number).
 *
 * <pre>
 * PageVariation v = new PageVariation(Lang.EN, rng, numbers);
 * v.apply(Fragment.of("NOK 20 million on 04/12/2025", Lang.EN)).text();   // e.g. "NOK 74 million on 17/03/2025"
 * v.latestDate();                                                  // Optional[2025-03-17]
 * </pre>
 */
final class PageVariation {

    private static final int EARLIEST_SHIFT = -900;
    private static final int LATEST_SHIFT = 20;

    private final Lang lang;
    private final SplittableRandom rng;
    private final DocumentNumbers numbers;
    private final int shiftDays;
    private final Map<String, String> amounts = new HashMap<>();
    private final Map<String, String> identifiers = new HashMap<>();
    private final java.util.Set<Object> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private LocalDate latest;

    PageVariation(Lang lang, SplittableRandom rng, DocumentNumbers numbers) {
        this.lang = lang;
        this.rng = rng;
        this.numbers = numbers;
        this.shiftDays = EARLIEST_SHIFT + rng.nextInt(LATEST_SHIFT - EARLIEST_SHIFT + 1);
    }

    Lang lang() {
        return lang;
    }

    SplittableRandom rng() {
        return rng;
    }

    DocumentNumbers numbers() {
        return numbers;
    }

    /** The fragment with every marked place changed (and marked where it now stands). */
    Fragment apply(Fragment fragment) {
        if (fragment.spans().isEmpty()) {
            return fragment;
        }
        StringBuilder out = new StringBuilder(fragment.text().length() + 16);
        List<Fragment.Span> moved = new ArrayList<>(fragment.spans().size());
        int at = 0;
        for (Fragment.Span s : fragment.spans()) {
            out.append(fragment.text(), at, s.start());
            int start = out.length();
            out.append(change(s.what(), fragment.part(s)));
            moved.add(new Fragment.Span(s.what(), start, out.length()));
            at = s.end();
        }
        out.append(fragment.text(), at, fragment.text().length());
        return new Fragment(out.toString(), moved);
    }

    /** Whether this page has not used the piece before (and now has). */
    boolean firstUse(Object piece) {
        return used.add(piece);
    }

    /** The new form of an official number, as this page writes it. */
    String identifier(String written) {
        return identifiers.computeIfAbsent(Identifiers.key(written), k -> numbers.renumber(written));
    }

    /** The latest date the page states in figures, after the move. */
    Optional<LocalDate> latestDate() {
        return Optional.ofNullable(latest);
    }

    private String change(Fragment.What what, String text) {
        return switch (what) {
            case AMOUNT -> amounts.computeIfAbsent(text, t -> AmountChanges.get().change(t, lang, rng));
            case DATE -> moved(text);
            case IDENTIFIER -> sameSpacing(text, identifier(text));
        };
    }

    /** A renumbered identifier written with the spacing of this occurrence. */
    private static String sameSpacing(String written, String renumbered) {
        int[] own = DocumentNumbers.numberIn(written);
        int[] other = DocumentNumbers.numberIn(renumbered);
        if (own == null || other == null) {
            return written;
        }
        return written.substring(0, own[0]) + renumbered.substring(other[0], other[1]) + written.substring(own[1]);
    }

    private String moved(String text) {
        Matcher m = Fragment.NUMERIC_DATE.matcher(text);
        if (!m.matches()) {
            return text;
        }
        boolean iso = m.group(5) != null;
        try {
            LocalDate date = iso ? LocalDate.of(num(m, 5), num(m, 6), num(m, 7))
                    : LocalDate.of(num(m, 4), num(m, 3), num(m, 1));
            LocalDate moved = date.plusDays(shiftDays);
            if (latest == null || moved.isAfter(latest)) {
                latest = moved;
            }
            return iso ? moved.toString() : pad(moved.getDayOfMonth(), m.group(1)) + m.group(2)
                    + pad(moved.getMonthValue(), m.group(3)) + m.group(2) + moved.getYear();
        } catch (DateTimeException e) {
            return text;
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static String pad(int value, String like) {
        return like.length() == 2 && value < 10 ? "0" + value : String.valueOf(value);
    }
}
