package no.policylod.bench;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import no.policylod.convert.Converter;
import no.policylod.convert.model.DocClass;
import no.policylod.source.PageSnapshot;

/**
 * The words of a page's title that its kind rests on ("Høring", "Report to the Storting", "remarks", a speech's
 * "redegjørelse" that also names its address): found by asking the converter, once per source page, what kind
 * the page would be with each title word replaced (and the address made from that title, as a new page's is).
 *
 * <pre>
 * TitleCues.of(template, converter, pools);   // [høring] for a title "Høring - Ny forskrift om havner"
 * </pre>
 */
final class TitleCues {

    private static final int PAGE_ID = 4_000_000;

    private TitleCues() {
    }

    static Set<String> of(Template t, Converter converter, Pools pools) {
        if (t.bareTitle().isEmpty()) {
            return Set.of();
        }
        String title = t.bareTitle().get();
        Fragment fragment = Fragment.of(title, t.lang());
        Set<String> cues = new TreeSet<>();
        SplittableRandom rng = new SplittableRandom(title.hashCode());
        for (int[] w : Titles.replaceable(fragment, Set.of())) {
            boolean capital = Character.isUpperCase(title.charAt(w[0]));
            String other = pools.word(t.lang(), capital, rng);
            String changed = title.substring(0, w[0]) + other + title.substring(w[1]);
            if (kindWith(t, changed, converter) != t.kind()) {
                cues.add(title.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
            }
        }
        return cues;
    }

    private static DocClass kindWith(Template t, String title, Converter converter) {
        String url = Addresses.of(t.url(), t.bareTitle().get(), title, PAGE_ID);
        return converter.read(PageSnapshot.of(t.name(), t.textWithTitle(title), url, null)).docClass();
    }

    /** The templates with their title cues found. */
    static List<Template> found(List<Template> templates, Converter converter, Pools pools) {
        return templates.stream().map(t -> t.withTitleCues(of(t, converter, pools))).toList();
    }
}
