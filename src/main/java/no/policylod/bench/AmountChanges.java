package no.policylod.bench;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.config.Json;
import no.policylod.convert.model.Lang;

/**
 * New figures for an amount expression in the notation it is written in: every digit of its numbers is drawn
 * anew (separators, grouping, decimals and the number of digits stay; a lone 1 stays, so grammar agrees), the ends
 * of a range stay in order, and now and then the scale word changes to its partner of the same form
 * ({@code million ↔ billion}, {@code millioner ↔ milliarder}, {@code mill. ↔ mrd.}; the pairs are data,
 * {@code policylod/bench/scales.json}).
 *
 * <pre>
 * AmountChanges.get().change("2,8 milliarder kroner", Lang.NB, rng);   // e.g. "7,1 millioner kroner"
 * </pre>
 */
final class AmountChanges {

    private static final double SCALE_SWAP = 0.3;
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,\u00a0 ]\\d+)*");
    private static final AmountChanges INSTANCE = load();

    private final Map<Lang, List<Pattern>> scaleWords;
    private final Map<Lang, Map<String, String>> partners;

    private AmountChanges(Map<Lang, List<Pattern>> scaleWords, Map<Lang, Map<String, String>> partners) {
        this.scaleWords = scaleWords;
        this.partners = partners;
    }

    static AmountChanges get() {
        return INSTANCE;
    }

    /** The amount with new figures, perhaps another scale; may equal the amount when it has nothing to change. */
    String change(String amount, Lang lang, SplittableRandom rng) {
        String changed = numbers(amount, rng);
        return rng.nextDouble() < SCALE_SWAP ? otherScale(changed, lang) : changed;
    }

    /** The amount with new figures and, when they came out the same, the other scale. */
    String changeSurely(String amount, Lang lang, SplittableRandom rng) {
        for (int i = 0; i < 8; i++) {
            String changed = change(amount, lang, rng);
            if (!changed.equals(amount)) {
                return changed;
            }
        }
        return otherScale(amount, lang);
    }

    private static String numbers(String amount, SplittableRandom rng) {
        Matcher m = NUMBER.matcher(amount);
        List<int[]> places = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        while (m.find()) {
            places.add(new int[] {m.start(), m.end()});
            drawn.add(draw(m.group(), rng));
        }
        keepOrder(amount, places, drawn);
        StringBuilder out = new StringBuilder(amount);
        for (int i = 0; i < places.size(); i++) {
            out.replace(places.get(i)[0], places.get(i)[1], drawn.get(i));
        }
        return out.toString();
    }

    /** New digits in the number's own shape, never all zeros; a number that is just 1 or 0 stays. */
    private static String draw(String number, SplittableRandom rng) {
        if (number.equals("1") || number.equals("0")) {
            return number;
        }
        char[] c = number.toCharArray();
        boolean first = true;
        boolean nonZero = false;
        int last = -1;
        for (int i = 0; i < c.length; i++) {
            if (Character.isDigit(c[i])) {
                c[i] = (char) ('0' + (first && c[i] != '0' ? 1 + rng.nextInt(9) : rng.nextInt(10)));
                nonZero |= c[i] != '0';
                first = false;
                last = i;
            }
        }
        if (!nonZero && last >= 0) {
            c[last] = (char) ('1' + rng.nextInt(9));
        }
        return new String(c);
    }

    /** Two numbers of one shape written in rising order ("10–20") are still in rising order. */
    private static void keepOrder(String amount, List<int[]> places, List<String> drawn) {
        for (int i = 0; i + 1 < drawn.size(); i++) {
            String a = amount.substring(places.get(i)[0], places.get(i)[1]);
            String b = amount.substring(places.get(i + 1)[0], places.get(i + 1)[1]);
            boolean sameShape = shape(a).equals(shape(b));
            if (sameShape && a.compareTo(b) < 0 && drawn.get(i).compareTo(drawn.get(i + 1)) > 0) {
                String low = drawn.get(i + 1);
                drawn.set(i + 1, drawn.get(i));
                drawn.set(i, low);
            }
        }
    }

    private static String shape(String number) {
        return number.replaceAll("\\d", "#");
    }

    private String otherScale(String amount, Lang lang) {
        for (Pattern word : scaleWords.get(lang)) {
            Matcher m = word.matcher(amount);
            if (m.find()) {
                String partner = partners.get(lang).get(m.group());
                return amount.substring(0, m.start()) + partner + amount.substring(m.end());
            }
        }
        return amount;
    }

    private static AmountChanges load() {
        Map<String, List<List<String>>> table;
        try (InputStream in = AmountChanges.class.getResourceAsStream("/policylod/bench/scales.json")) {
            table = Json.MAPPER.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policylod/bench/scales.json", e);
        }
        Map<Lang, List<Pattern>> words = new EnumMap<>(Lang.class);
        Map<Lang, Map<String, String>> partners = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> pairs = new java.util.HashMap<>();
            for (List<String> pair : table.getOrDefault(lang.tag(), List.of())) {
                pairs.put(pair.get(0), pair.get(1));
                pairs.put(pair.get(1), pair.get(0));
            }
            partners.put(lang, pairs);
            words.put(lang, pairs.keySet().stream().sorted(Comparator.comparing(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder()))
                    .map(w -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(w) + "(?![\\p{L}.])")).toList());
        }
        return new AmountChanges(words, partners);
    }
}
