package no.policylod.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;

/**
 * What new pages are made of, gathered from every source page: paragraphs and titles by kind of page and language,
 * and each language's words (lower-case words and capitalised ones, names mostly) for recombining titles.
 *
 * <pre>
 * Pools.Builder b = new Pools.Builder();
 * templates.forEach(b::add);
 * Pools pools = b.build();
 * pools.paragraph(DocClass.SPEECH, Lang.NB, 420, rng);   // a bokmål speech paragraph of about 420 characters
 * </pre>
 */
final class Pools {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");
    private static final int CANDIDATES = 3;
    private static final String SENTENCE_MARKS = ".!?:–-‘'\"“«";

    private final Map<String, List<Fragment>> paragraphs;
    private final Map<String, List<Fragment>> titles;
    private final Map<String, List<Fragment>> bullets;
    private final Map<Lang, List<String>> lower;
    private final Map<Lang, List<String>> capitalised;

    private Pools(Builder b) {
        paragraphs = frozen(b.paragraphs);
        titles = frozen(b.titles);
        bullets = frozen(b.bullets);
        lower = frozen(b.lower);
        capitalised = frozen(b.capitalised);
    }

    private static <K, V> Map<K, List<V>> frozen(Map<K, ? extends java.util.Collection<V>> m) {
        Map<K, List<V>> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /**
     * A paragraph of the kind and language (of another kind where there is none), the closest in length of a few
     * drawn; empty when the language has none.
     */
    Optional<Fragment> paragraph(DocClass kind, Lang lang, int length, SplittableRandom rng) {
        List<Fragment> pool = pool(paragraphs, kind, lang);
        if (pool.isEmpty()) {
            return Optional.empty();
        }
        Fragment best = null;
        for (int i = 0; i < CANDIDATES; i++) {
            Fragment f = pool.get(rng.nextInt(pool.size()));
            if (best == null || Math.abs(f.text().length() - length) < Math.abs(best.text().length() - length)) {
                best = f;
            }
        }
        return Optional.of(best);
    }

    /** The text of a bulleted line of the kind and language (of another kind where there is none). */
    Optional<Fragment> bullet(DocClass kind, Lang lang, SplittableRandom rng) {
        List<Fragment> pool = pool(bullets, kind, lang);
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(rng.nextInt(pool.size())));
    }

    /**
     * A title of the kind and language; of any kind of that language where there is none. Kinds are not mixed
     * otherwise: a title or paragraph of one kind may carry what makes the converter read a page as its kind
     * ("Melding til Stortinget", a speech's opening).
     */
    Optional<Fragment> title(Optional<DocClass> kind, Lang lang, SplittableRandom rng) {
        List<Fragment> pool = pool(titles, kind.orElse(null), lang);
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(rng.nextInt(pool.size())));
    }

    /** The pool of the kind and language, or of the language where there is none. */
    private static List<Fragment> pool(Map<String, List<Fragment>> pools, DocClass kind, Lang lang) {
        List<Fragment> pool = pools.getOrDefault(key(kind, lang), List.of());
        return pool.isEmpty() ? pools.getOrDefault(key(null, lang), List.of()) : pool;
    }

    /** A word of the language, capitalised or not as asked. */
    String word(Lang lang, boolean capital, SplittableRandom rng) {
        List<String> words = (capital ? capitalised : lower).getOrDefault(lang, List.of());
        return words.isEmpty() ? "" : words.get(rng.nextInt(words.size()));
    }

    /** A capital after a sentence end (or at the start) says nothing of the word itself. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetterOrDigit(text.charAt(i)) && SENTENCE_MARKS.indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i < 0 || SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0;
    }

    private static String key(DocClass kind, Lang lang) {
        return (kind == null ? "*" : kind.name()) + "/" + lang.tag();
    }

    /** Gathers the pools from source pages, in the order given. */
    static final class Builder {
        private final Map<String, List<Fragment>> paragraphs = new TreeMap<>();
        private final Map<String, List<Fragment>> titles = new TreeMap<>();
        private final Map<String, List<Fragment>> bullets = new TreeMap<>();
        private final Map<Lang, Set<String>> lower = new TreeMap<>();
        private final Map<Lang, Set<String>> capitalised = new TreeMap<>();

        /** Adds what a source page holds. */
        Builder add(Template t) {
            for (int i = 0; i < t.lines().size(); i++) {
                Template.Line l = t.lines().get(i);
                switch (l.role()) {
                    case PARAGRAPH -> {
                        if (!t.unfinished(i)) {
                            addParagraph(t.kind(), t.lang(), l.fragment());
                        }
                    }
                    case PAGE_TITLE -> addTitle(Optional.of(t.kind()), t.lang(), l.title());
                    case ITEM_TITLE -> addTitle(l.itemKind(), t.lang(), l.title());
                    case BULLET -> {
                        if (!t.unfinished(i)) {
                            addBullet(t.kind(), t.lang(), l.fragment().slice(l.titleStart(), l.text().length()));
                        }
                    }
                    default -> {
                    }
                }
            }
            return this;
        }

        Pools build() {
            return new Pools(this);
        }

        private void addParagraph(DocClass kind, Lang lang, Fragment f) {
            Fragment stripped = f.text().equals(f.text().strip()) ? f : Fragment.of(f.text().strip(), lang);
            paragraphs.computeIfAbsent(key(kind, lang), k -> new ArrayList<>()).add(stripped);
            paragraphs.computeIfAbsent(key(null, lang), k -> new ArrayList<>()).add(stripped);
            addWords(lang, stripped.text());
        }

        private void addBullet(DocClass kind, Lang lang, Fragment f) {
            bullets.computeIfAbsent(key(kind, lang), k -> new ArrayList<>()).add(f);
            bullets.computeIfAbsent(key(null, lang), k -> new ArrayList<>()).add(f);
            addWords(lang, f.text());
        }

        private void addTitle(Optional<DocClass> kind, Lang lang, String title) {
            String bare = SECTION_NUMBER.matcher(title).replaceFirst("").strip();
            if (bare.isEmpty()) {
                return;
            }
            Fragment f = Fragment.of(bare, lang);
            kind.ifPresent(k -> titles.computeIfAbsent(key(k, lang), x -> new ArrayList<>()).add(f));
            titles.computeIfAbsent(key(null, lang), x -> new ArrayList<>()).add(f);
            addWords(lang, bare);
        }

        private void addWords(Lang lang, String text) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String w = m.group();
                boolean allCaps = w.equals(w.toUpperCase(java.util.Locale.ROOT));
                if (w.equals(w.toLowerCase(java.util.Locale.ROOT))) {
                    lower.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(w);
                } else if (!allCaps && Character.isUpperCase(w.charAt(0)) && !startsSentence(text, m.start())) {
                    capitalised.computeIfAbsent(lang, k -> new LinkedHashSet<>()).add(w);
                }
            }
        }
    }
}
