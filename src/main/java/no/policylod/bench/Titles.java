package no.policylod.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;

/**
 * New titles: a source title of the kind and language with some of its words replaced by words of the same
 * language (a capitalised word by a capitalised one), and its figures changed like the rest of the page. Page titles
 * are distinct across a whole run: a title already given is drawn again with more words replaced. Only a 64-bit hash
 * of each title is kept, so a million titles take a few megabytes.
 *
 * <pre>
 * Titles titles = new Titles(pools);
 * titles.pageTitle(template, variation);   // "More ferries for the north" may become "More harbours for the north"
 * </pre>
 */
final class Titles {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final int ATTEMPTS = 40;
    private static final double ITEM_WORD_CHANGE = 0.8;
    private static final int DRAWS = 4;

    private final Pools pools;
    private final HashSet64 given = new HashSet64();

    Titles(Pools pools) {
        this.pools = pools;
    }

    /**
     * A title for a page made from the template that no page of this run has had: a title of the template's kind
     * from the pools, or the template's own where its kind rests on words of it (those words stay). Empty when the
     * language has no titles at all.
     */
    Optional<String> pageTitle(Template t, PageVariation v) {
        boolean own = !t.titleCues().isEmpty();
        Optional<Fragment> base = own ? t.bareTitle().map(x -> Fragment.of(x, t.lang()))
                : pools.title(Optional.of(t.kind()), v.lang(), v.rng());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        for (int attempt = 0; ; attempt++) {
            Fragment from = !own && attempt > 0 && attempt % 4 == 0
                    ? pools.title(Optional.of(t.kind()), v.lang(), v.rng()).orElseThrow() : base.get();
            String title = v.apply(recombined(from, 1 + attempt / 8, t.titleCues(), v)).text();
            if (attempt >= ATTEMPTS) {
                title = title + " " + (attempt - ATTEMPTS + 2);
            }
            if (given.add(hash(title))) {
                return Optional.of(title);
            }
        }
    }

    /** A title for a listed document, from a title the page has not used yet where there is one. */
    Optional<String> itemTitle(Optional<DocClass> kind, PageVariation v) {
        Optional<Fragment> base = Optional.empty();
        for (int i = 0; i < DRAWS && (base.isEmpty() || !v.firstUse(base.get())); i++) {
            base = pools.title(kind, v.lang(), v.rng());
        }
        return base.map(b -> v.apply(
                v.rng().nextDouble() < ITEM_WORD_CHANGE ? recombined(b, 1, Set.of(), v) : b).text());
    }

    /**
     * The title with up to {@code changes} of its words replaced (not in figures or document numbers, not the words
     * kept).
     */
    private Fragment recombined(Fragment title, int changes, Set<String> kept, PageVariation v) {
        List<int[]> words = replaceable(title, kept);
        if (words.isEmpty()) {
            return Fragment.concat(title, Fragment.plain(" " + pools.word(v.lang(), true, v.rng())));
        }
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < changes && !words.isEmpty(); i++) {
            chosen.add(words.remove(v.rng().nextInt(words.size())));
        }
        chosen.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Fragment> parts = new ArrayList<>();
        int at = 0;
        for (int[] w : chosen) {
            boolean capital = Character.isUpperCase(title.text().charAt(w[0]));
            String other = pools.word(v.lang(), capital, v.rng());
            parts.add(title.slice(at, w[0]));
            parts.add(Fragment.plain(other.isEmpty() ? title.text().substring(w[0], w[1]) : other));
            at = w[1];
        }
        parts.add(title.slice(at, title.text().length()));
        return Fragment.concat(parts.toArray(Fragment[]::new));
    }

    /** The words of a title that may be replaced: not acronyms, figures, document numbers or words kept. */
    static List<int[]> replaceable(Fragment title, Set<String> kept) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(title.text());
        while (m.find()) {
            String w = m.group();
            boolean acronym = w.equals(w.toUpperCase(Locale.ROOT));
            boolean inSpan = title.spans().stream().anyMatch(s -> m.start() < s.end() && s.start() < m.end());
            if (!acronym && !inSpan && !kept.contains(w.toLowerCase(Locale.ROOT))) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        return words;
    }

    /** 64-bit FNV-1a of the lower-cased title. */
    static long hash(String title) {
        long h = 0xcbf29ce484222325L;
        String t = title.toLowerCase(Locale.ROOT);
        for (int i = 0; i < t.length(); i++) {
            h ^= t.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** An open-addressing set of longs (0 is stored apart). */
    static final class HashSet64 {
        private long[] slots = new long[1 << 12];
        private int size;
        private boolean zero;

        boolean add(long value) {
            if (value == 0) {
                boolean added = !zero;
                zero = true;
                return added;
            }
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            boolean added = put(slots, value);
            size += added ? 1 : 0;
            return added;
        }

        private static boolean put(long[] table, long value) {
            int mask = table.length - 1;
            int i = (int) (value ^ (value >>> 32)) & mask;
            while (table[i] != 0) {
                if (table[i] == value) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = value;
            return true;
        }

        private void grow() {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long v : old) {
                if (v != 0) {
                    put(slots, v);
                }
            }
        }
    }
}
