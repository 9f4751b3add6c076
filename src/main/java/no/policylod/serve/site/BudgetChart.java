package no.policylod.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of the amounts chart: one horizontal bar per (year, ministry) group, lengths on a logarithmic scale,
 * drawn as SVG by {@code site/amount-chart.peb}. Only numbers and text are computed here; the template escapes it.
 *
 * <pre>
 * BudgetChart chart = BudgetChart.of(AmountGroup.read(dataset, reader));
 * chart.bars().size();   // one per group
 * </pre>
 *
 * <p>The amounts run from millions to trillions, so a linear scale would leave most bars invisible; every grid line
 * is ten times the one before, and each bar carries its total in words.
 */
record BudgetChart(int width, int height, int labelEnd, int barStart, int barEnd, List<Bar> bars, List<Tick> ticks) {

    static final int WIDTH = 760;
    static final int LABEL_END = 318;
    static final int BAR_START = 326;
    static final int BAR_SPAN = 300;
    static final int TOP = 34;
    static final int ROW = 24;
    static final int BAR_HEIGHT = 15;
    static final int MAX_NAME = 44;
    static final int COLOURS = 8;

    /**
     * One bar.
     *
     * @param group      the group it draws
     * @param y          top of its row
     * @param length     its length in pixels
     * @param colour     CSS class of its colour: {@code c0}..{@code c7} by ministry, {@code none} without publisher
     * @param firstOfYear whether it is the first row of its year (the year is written there)
     * @param shortName  the ministry's name, cut to fit; null without publisher
     */
    record Bar(AmountGroup group, int y, int length, String colour, boolean firstOfYear, String shortName) {
        public int textY() {
            return y + BAR_HEIGHT - 3;
        }

        public int valueX() {
            return BAR_START + length + 6;
        }
    }

    /**
     * A vertical grid line at a power of ten; templates write the value with {@code | axis} ("1B", "1 mrd.") at
     * height {@code y}: every other label one line higher, so that long ones ("100 mill.") do not overlap.
     */
    record Tick(int x, double value, int y) {
    }

    static BudgetChart of(List<AmountGroup> groups) {
        List<AmountGroup> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(AmountGroup::year)
                .thenComparing(g -> g.ministry() == null)
                .thenComparing(g -> g.name() == null ? "" : g.name()));
        Scale scale = Scale.of(sorted);
        Map<String, String> colours = colours(sorted);
        List<Bar> bars = new ArrayList<>();
        String year = null;
        for (AmountGroup g : sorted) {
            int y = TOP + bars.size() * ROW;
            bars.add(new Bar(g, y, scale.length(g.total().doubleValue()), colours.getOrDefault(g.ministry(), "none"),
                    !g.year().equals(year), shortName(g.name())));
            year = g.year();
        }
        return new BudgetChart(WIDTH, TOP + bars.size() * ROW + 8, LABEL_END, BAR_START, BAR_START + BAR_SPAN,
                List.copyOf(bars), scale.ticks());
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /** Each ministry its own colour, in order of IRI (the same in every language); no publisher grey. */
    private static Map<String, String> colours(List<AmountGroup> groups) {
        Map<String, String> colours = new LinkedHashMap<>();
        groups.stream().map(AmountGroup::ministry).filter(m -> m != null).distinct().sorted()
                .forEach(ministry -> colours.put(ministry, "c" + (colours.size() % COLOURS)));
        return colours;
    }

    private static String shortName(String name) {
        if (name == null) {
            return null;
        }
        return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1).strip() + "\u2026";
    }

    /** Powers of ten from just below the smallest total to just above the largest. */
    private record Scale(int low, int high) {
        static Scale of(List<AmountGroup> groups) {
            double min = groups.stream().mapToDouble(g -> g.total().doubleValue()).filter(v -> v > 0).min().orElse(1);
            double max = groups.stream().mapToDouble(g -> g.total().doubleValue()).max().orElse(10);
            int low = (int) Math.floor(Math.log10(min));
            int high = Math.max(low + 1, (int) Math.ceil(Math.log10(Math.max(max, min))));
            return new Scale(low, high);
        }

        int length(double value) {
            double fraction = (Math.log10(Math.max(value, 1)) - low) / (high - low);
            return Math.max(2, (int) Math.round(Math.min(1, fraction) * BAR_SPAN));
        }

        List<Tick> ticks() {
            List<Tick> ticks = new ArrayList<>();
            for (int k = low; k <= high; k++) {
                int x = BAR_START + (int) Math.round((double) (k - low) / (high - low) * BAR_SPAN);
                ticks.add(new Tick(x, Math.pow(10, k), (k - low) % 2 == 0 ? 19 : 8));
            }
            return List.copyOf(ticks);
        }
    }
}
