package no.policylod.convert.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@link HtmlDefinitions}: a definition list as "Term: value" lines. */
class HtmlDefinitionsTest {

    private static List<String> lines(String dl) {
        Element e = Jsoup.parse(dl).selectFirst("dl");
        return HtmlDefinitions.lines(e);
    }

    @Test
    void writesTermsWithTheirValues() {
        assertEquals(List.of("Utgiver: Statsministerens kontor", "Dato: 12.03.2025", "Emner: Hav, Klima"),
                lines("<dl><dt>Utgiver</dt><dd>Statsministerens  kontor</dd><dt>Dato:</dt><dd>12.03.2025</dd>"
                        + "<dt>Emner</dt><dd>Hav</dd><dd>Klima</dd></dl>"));
    }

    @Test
    void keepsValuesBeforeTheFirstTermAndTermsWithoutValues() {
        assertEquals(List.of("Alone", "Term"), lines("<dl><dd>Alone</dd><dt>Term</dt></dl>"));
    }

    @Test
    void leavesANestedListToItself() {
        assertEquals(List.of("Outer: Value"),
                lines("<dl><dt>Outer</dt><dd>Value</dd><div><dl><dt>Inner</dt><dd>x</dd></dl></div></dl>"));
    }
}
