package no.policylod.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.Money;
import no.policylod.convert.model.Amount;
import no.policylod.convert.model.Lang;

/**
 * A piece of page text with the places a new page changes marked once, when the sources are read: money amounts
 * (as the converter's {@link Money} finds them; the ends of a range are one place), dates in figures and official
 * document numbers. Generating a page then only splices strings.
 *
 * <pre>
 * Fragment f = Fragment.of("NOK 10–20 million on 04/12/2025", Lang.EN);
 * f.spans();   // [AMOUNT 0..17, DATE 21..31]
 * </pre>
 */
record Fragment(String text, List<Span> spans) {

    /** What a marked place is. */
    enum What { AMOUNT, DATE, IDENTIFIER }

    /** A marked place: {@code text.substring(start, end)}. */
    record Span(What what, int start, int end) {
    }

    /** Dates in figures, day first ({@code 04/12/2025}, {@code 05.06.2023}), and ISO dates. */
    static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d./-])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)|(?<![\\d./-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    Fragment {
        spans = List.copyOf(spans);
    }

    /** The text with its places marked, amounts read with the number conventions of the language. */
    static Fragment of(String text, Lang lang) {
        List<Span> found = new ArrayList<>();
        amounts(text, lang, found);
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            found.add(new Span(What.DATE, m.start(), m.end()));
        }
        for (Identifiers.Found id : Identifiers.find(text)) {
            found.add(new Span(What.IDENTIFIER, id.start(), id.end()));
        }
        return new Fragment(text, disjoint(found));
    }

    /** A text with nothing to change. */
    static Fragment plain(String text) {
        return new Fragment(text, List.of());
    }

    /** The part from start to end, with the places wholly inside it. */
    Fragment slice(int start, int end) {
        List<Span> inside = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() >= start && s.end() <= end) {
                inside.add(new Span(s.what(), s.start() - start, s.end() - start));
            }
        }
        return new Fragment(text.substring(start, end), inside);
    }

    /** The fragments one after the other. */
    static Fragment concat(Fragment... parts) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (Fragment f : parts) {
            int at = text.length();
            f.spans().forEach(s -> spans.add(new Span(s.what(), s.start() + at, s.end() + at)));
            text.append(f.text());
        }
        return new Fragment(text.toString(), spans);
    }

    boolean has(What what) {
        return spans.stream().anyMatch(s -> s.what() == what);
    }

    String part(Span s) {
        return text.substring(s.start(), s.end());
    }

    /** Each amount's place; the two ends of a range ("NOK 10–20 million") are one place. */
    private static void amounts(String text, Lang lang, List<Span> out) {
        Amount lower = null;
        for (Amount a : Money.find(text, lang)) {
            if (lower != null && a.text().equals(lower.text()) && a.rangeBound().isPresent()) {
                out.set(out.size() - 1, new Span(What.AMOUNT, lower.start(), a.end()));
                lower = null;
                continue;
            }
            out.add(new Span(What.AMOUNT, a.start(), a.end()));
            lower = a.rangeBound().filter(b -> b == Amount.Bound.LOWER).isPresent() ? a : null;
        }
    }

    /** The spans in text order, each dropped that overlaps one before it. */
    private static List<Span> disjoint(List<Span> spans) {
        spans.sort(Comparator.comparingInt(Span::start).thenComparing(s -> -s.end()));
        List<Span> kept = new ArrayList<>();
        int end = 0;
        for (Span s : spans) {
            if (s.start() >= end && s.end() > s.start()) {
                kept.add(s);
                end = s.end();
            }
        }
        return kept;
    }
}
