package no.policylod.convert.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Where a page states its own type, date and owner: the header of its main content, not its body or its entries.
 *
 * <pre>
 * HtmlArticleHeader header = new HtmlArticleHeader(HtmlMainContent.of(doc));
 * header.issued();   // Optional[2025-02-14], from the header's time element
 * header.kinds();    // ["Pressemelding", "14.02.2025"]: candidates for the type label
 * header.owners();   // ["Samferdselsdepartementet"]: candidates for the publisher
 * </pre>
 */
record HtmlArticleHeader(Element main) {
    private static final String HEADER = "header, [class*=article-info], [class*=article-header],"
            + " [class*=article-meta], [class*=content-type], [class*=page-header], [class*=kicker]";
    private static final String KIND = "[class*=article-info], [class*=content-type], [class*=type],"
            + " [class*=kicker], [class*=category]";
    private static final String OWNER = "[class*=article-info], [class*=owner], [class*=publisher],"
            + " [class*=ministry], [class*=department]";

    /** The date of the header's first {@code <time datetime>}. */
    Optional<LocalDate> issued() {
        return elements("time[datetime]").findFirst().flatMap(HtmlText::datetime);
    }

    /** The fields that may name the page's type. */
    List<String> kinds() {
        return fields(KIND);
    }

    /** The fields that may name the page's owner. */
    List<String> owners() {
        return fields(OWNER);
    }

    /** The fields of the header's elements matching {@code selector}: each child, and the whole split at "|". */
    private List<String> fields(String selector) {
        List<String> fields = new ArrayList<>();
        elements(selector).forEach(e -> {
            e.children().forEach(c -> fields.add(HtmlText.of(c)));
            fields.addAll(Arrays.asList(HtmlText.of(e).split("\\|")));
        });
        return fields.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
    }

    private Stream<Element> elements(String selector) {
        return HtmlMainContent.own(main, selector).filter(e -> e.closest(HEADER) != null);
    }
}
