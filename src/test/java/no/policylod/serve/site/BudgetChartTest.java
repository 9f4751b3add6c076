package no.policylod.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import no.policylod.serve.Messages;
import no.policylod.serve.ReaderLanguage;
import org.junit.jupiter.api.Test;

/** The chart's layout; the words its amounts are written in are {@code Messages}' (MessagesTest). */
class BudgetChartTest {

    private static final String FD = "https://w3id.org/policy-lod/id/ministry/fd";

    @Test
    void drawsOneBarPerGroupSortedByYearWithNoPublisherLast() {
        BudgetChart chart = BudgetChart.of(List.of(
                group("2024", null, "5000000000"),
                group("2023", FD, "100000000"),
                group("2024", FD, "8757000000000")));
        assertEquals(List.of("2023", "2024", "2024"), chart.bars().stream().map(b -> b.group().year()).toList());
        assertEquals(List.of(true, true, false), chart.bars().stream().map(BudgetChart.Bar::firstOfYear).toList());
        assertNull(chart.bars().get(2).group().name(), "no publisher, no name: the template writes one");
        assertNull(chart.bars().get(2).shortName());
        assertEquals("none", chart.bars().get(2).colour());
        assertEquals("c0", chart.bars().get(0).colour());
    }

    @Test
    void scalesLogarithmicallyBetweenPowersOfTen() {
        BudgetChart chart = BudgetChart.of(List.of(group("2020", FD, "100000000"), group("2021", FD, "1e12")));
        Messages en = Messages.of(ReaderLanguage.ENGLISH);
        assertEquals(List.of("100M", "1B", "10B", "100B", "1T"), chart.ticks().stream()
                .map(t -> en.axis(t.value())).toList());
        assertEquals("100 mill.", Messages.of(ReaderLanguage.NYNORSK).axis(chart.ticks().get(0).value()));
        assertEquals(2, chart.bars().get(0).length(), "the smallest total sits at the first grid line");
        assertEquals(BudgetChart.BAR_SPAN, chart.bars().get(1).length());
        assertTrue(chart.height() > chart.bars().get(1).y());
    }

    private static AmountGroup group(String year, String ministry, String total) {
        return new AmountGroup(year, ministry, ministry == null ? null : "Ministry of Defence", 1,
                new BigDecimal(total));
    }
}
