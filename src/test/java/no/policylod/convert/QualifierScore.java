package no.policylod.convert;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.policylod.vocab.PL;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Scores amount qualifiers the way the project's reference scorer does: gold and output amounts of a page are
 * aligned on equal value and currency, equal amount text first, then nearest in document order; the five qualifiers
 * of each pair (year, annual, approximate, change, bound) are compared with the gold reading closest to the output.
 *
 * <pre>
 * int[] tpFpFn = QualifierScore.score(goldPage, graph, pageText, misses);
 * </pre>
 */
final class QualifierScore {

    static final List<String> QUALIFIERS = List.of("year", "annual", "approximate", "change", "bound");

    /** An output amount as the scorer sees it. */
    record Out(String node, String key, String text, String sentence, Map<String, String> q) {
    }

    private QualifierScore() {
    }

    /** Tallies (tp, fp, fn) of one page's qualifiers; misses are added to {@code misses}. */
    static int[] score(String name, JsonNode gold, Graph g, String pageText, List<String> misses) {
        int[] t = new int[3];
        List<JsonNode> goldAmounts = new ArrayList<>();
        gold.get("amounts").forEach(goldAmounts::add);
        List<Out> out = outputs(g);
        for (int[] pair : align(goldAmounts, out, pageText)) {
            JsonNode a = goldAmounts.get(pair[0]);
            if (!a.has("q")) {
                continue;
            }
            Map<String, String> got = out.get(pair[1]).q();
            List<Map<String, String>> readings = new ArrayList<>(List.of(reading(a.get("q"))));
            if (a.has("q_alternatives")) {
                a.get("q_alternatives").forEach(r -> readings.add(reading(r)));
            }
            Map<String, String> want = readings.stream().min(Comparator.comparingInt(
                    (Map<String, String> r) -> counts(r, got)[1] + counts(r, got)[2])
                    .thenComparingInt(r -> -counts(r, got)[0])).orElseThrow();
            int[] c = counts(want, got);
            t[0] += c[0];
            t[1] += c[1];
            t[2] += c[2];
            if (c[1] + c[2] > 0) {
                misses.add(name + ": qualifiers of '" + a.get("text").asText() + "': got " + set(got) + ", want "
                        + set(readings.get(0)) + (readings.size() > 1 ? " or " + readings.subList(1,
                        readings.size()).stream().map(QualifierScore::set).toList() : ""));
            }
        }
        return t;
    }

    private static Map<String, String> reading(JsonNode q) {
        Map<String, String> r = new LinkedHashMap<>();
        for (String k : QUALIFIERS) {
            JsonNode v = q.get(k);
            r.put(k, v == null || v.isNull() || v.isBoolean() && !v.asBoolean() ? null
                    : v.isBoolean() ? "True" : v.asText());
        }
        return r;
    }

    private static Map<String, String> set(Map<String, String> q) {
        Map<String, String> s = new LinkedHashMap<>();
        q.forEach((k, v) -> {
            if (v != null) {
                s.put(k, v);
            }
        });
        return s;
    }

    private static int[] counts(Map<String, String> want, Map<String, String> got) {
        int[] c = new int[3];
        for (String k : QUALIFIERS) {
            String w = want.get(k);
            String g = got.get(k);
            c[0] += w != null && w.equals(g) ? 1 : 0;
            c[1] += g != null && !g.equals(w) ? 1 : 0;
            c[2] += w != null && !w.equals(g) ? 1 : 0;
        }
        return c;
    }

    private static List<Out> outputs(Graph g) {
        List<Out> out = new ArrayList<>();
        g.find(Node.ANY, SchemaDO.value.asNode(), Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            String currency = first(g, s, SchemaDO.currency.asNode()).toUpperCase(Locale.ROOT);
            String value = new BigDecimal(t.getObject().getLiteralLexicalForm()).stripTrailingZeros()
                    .toPlainString();
            out.add(new Out(s.toString(), value + " " + currency, first(g, s, PL.amountText.asNode()),
                    first(g, s, PL.sentence.asNode()), qualifiers(g, s)));
        });
        return out;
    }

    private static Map<String, String> qualifiers(Graph g, Node s) {
        Map<String, String> q = new LinkedHashMap<>();
        TreeSet<String> years = new TreeSet<>();
        g.find(s, PL.year.asNode(), Node.ANY).forEachRemaining(t -> {
            String y = t.getObject().getLiteralLexicalForm().strip();
            years.add(y.matches("^-?\\d{4}.*") ? y.substring(0, 4) : y);
        });
        q.put("year", years.isEmpty() ? null : String.join("/", years));
        q.put("annual", flag(g, s, PL.annual.asNode()) ? "True" : null);
        q.put("approximate", flag(g, s, PL.approximate.asNode()) ? "True" : null);
        List<String> change = new ArrayList<>();
        if (flag(g, s, PL.increase.asNode())) {
            change.add("increase");
        }
        if (flag(g, s, PL.decrease.asNode())) {
            change.add("decrease");
        }
        q.put("change", change.isEmpty() ? null : String.join("+", change));
        TreeSet<String> bounds = new TreeSet<>();
        g.find(s, PL.bound.asNode(), Node.ANY).forEachRemaining(t -> bounds.add(
                t.getObject().equals(PL.LowerBound.asNode()) ? "lower"
                        : t.getObject().equals(PL.UpperBound.asNode()) ? "upper" : t.getObject().toString()));
        q.put("bound", bounds.isEmpty() ? null : String.join("+", bounds));
        return q;
    }

    private static boolean flag(Graph g, Node s, Node p) {
        boolean[] on = {false};
        g.find(s, p, Node.ANY).forEachRemaining(t -> on[0] |= t.getObject().isLiteral()
                && List.of("true", "1").contains(t.getObject().getLiteralLexicalForm().strip().toLowerCase(Locale.ROOT)));
        return on[0];
    }

    private static String first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext()) {
            return "";
        }
        Node o = it.next().getObject();
        return o.isLiteral() ? o.getLiteralLexicalForm() : o.isURI() ? o.getLocalName() : o.toString();
    }

    static String textKey(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static List<Integer> occurrences(String hay, String needle) {
        List<Integer> out = new ArrayList<>();
        if (needle.isEmpty()) {
            return out;
        }
        for (int k = hay.indexOf(needle); k >= 0; k = hay.indexOf(needle, k + 1)) {
            out.add(k);
        }
        return out;
    }

    /** Pairs (gold index, output index), as the reference scorer aligns them. */
    static List<int[]> align(List<JsonNode> gold, List<Out> out, String pageText) {
        String flat = textKey(pageText);
        Integer[] gpos = new Integer[gold.size()];
        int start = 0;
        for (int i = 0; i < gold.size(); i++) {
            String key = textKey(gold.get(i).get("text").asText());
            int k = flat.indexOf(key, start);
            gpos[i] = k >= 0 ? k : null;
            if (k >= 0) {
                start = k + key.length();
            }
        }
        Integer[] opos = new Integer[out.size()];
        Map<String, Integer> taken = new HashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < out.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.comparing(j -> out.get(j).node()));
        for (int j : order) {
            String sent = textKey(out.get(j).sentence());
            String txt = textKey(out.get(j).text());
            List<Integer> cands = new ArrayList<>();
            for (int k : occurrences(flat, sent)) {
                List<Integer> offs = occurrences(sent, txt);
                if (offs.isEmpty()) {
                    offs = List.of(0);
                }
                for (int off : offs) {
                    cands.add(k + (txt.isEmpty() ? 0 : off));
                }
            }
            cands.sort(null);
            if (cands.isEmpty()) {
                cands = occurrences(flat, txt);
            }
            String tk = sent + "\u0000" + txt;
            int n = taken.getOrDefault(tk, 0);
            if (!cands.isEmpty()) {
                opos[j] = cands.get(Math.min(n, cands.size() - 1));
            }
            taken.put(tk, n + 1);
        }
        List<int[]> pairs = new ArrayList<>();
        Set<String> keys = new TreeSet<>();
        out.forEach(o -> keys.add(o.key()));
        for (String key : keys) {
            List<Integer> gs = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                JsonNode a = gold.get(i);
                String k = new BigDecimal(a.get("value").asText()).stripTrailingZeros().toPlainString() + " "
                        + a.get("currency").asText().toUpperCase(Locale.ROOT);
                if (k.equals(key)) {
                    gs.add(i);
                }
            }
            List<Integer> os = new ArrayList<>();
            for (int j = 0; j < out.size(); j++) {
                if (out.get(j).key().equals(key)) {
                    os.add(j);
                }
            }
            if (gs.isEmpty() || os.isEmpty()) {
                continue;
            }
            Map<Integer, Integer> gp = new HashMap<>();
            Map<Integer, Integer> op = new HashMap<>();
            boolean located = gs.stream().allMatch(i -> gpos[i] != null) && os.stream().allMatch(j -> opos[j] != null);
            if (located) {
                gs.forEach(i -> gp.put(i, gpos[i]));
                os.forEach(j -> op.put(j, opos[j]));
            } else {
                for (int r = 0; r < gs.size(); r++) {
                    gp.put(gs.get(r), r);
                }
                List<Integer> sorted = new ArrayList<>(os);
                sorted.sort(Comparator.comparing((Integer j) -> opos[j] == null).thenComparing(j -> opos[j] == null
                        ? 0 : opos[j]).thenComparing(j -> j));
                for (int r = 0; r < sorted.size(); r++) {
                    op.put(sorted.get(r), r);
                }
            }
            Set<Integer> usedG = new HashSet<>();
            Set<Integer> usedO = new HashSet<>();
            for (boolean sameText : new boolean[] {true, false}) {
                List<int[]> cands = new ArrayList<>();
                for (int i : gs) {
                    for (int j : os) {
                        if (!sameText || textKey(gold.get(i).get("text").asText()).equals(textKey(out.get(j).text()))) {
                            cands.add(new int[] {Math.abs(gp.get(i) - op.get(j)), gp.get(i), op.get(j), i, j});
                        }
                    }
                }
                cands.sort(Comparator.comparingInt((int[] c) -> c[0]).thenComparingInt(c -> c[1])
                        .thenComparingInt(c -> c[2]).thenComparingInt(c -> c[3]).thenComparingInt(c -> c[4]));
                for (int[] c : cands) {
                    if (!usedG.contains(c[3]) && !usedO.contains(c[4])) {
                        usedG.add(c[3]);
                        usedO.add(c[4]);
                        pairs.add(new int[] {c[3], c[4]});
                    }
                }
            }
        }
        pairs.sort(Comparator.comparingInt((int[] p) -> p[0]).thenComparingInt(p -> p[1]));
        return pairs;
    }
}
