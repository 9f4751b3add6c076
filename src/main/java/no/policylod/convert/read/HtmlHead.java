package no.policylod.convert.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * What a page's {@code <head>} states: its {@code <title>}, {@code <meta>} and Open Graph properties, and its
 * canonical address.
 *
 * <pre>
 * HtmlHead head = new HtmlHead(Jsoup.parse(html, baseUri));
 * head.meta("og:title", "DC.title");   // the first non-empty value of the first name present
 * head.canonical();                    // Optional[https://www.regjeringen.no/no/aktuelt/eksempel/id2976767/]
 * </pre>
 */
record HtmlHead(Document doc) {

    /** The document's {@code <title>}, white space cleaned. */
    Optional<String> title() {
        return HtmlText.nonEmpty(HtmlText.clean(doc.title()));
    }

    /** The first content of the {@code <meta>} elements with the given names or properties, in that order. */
    Optional<String> meta(String... names) {
        return metas(names).stream().findFirst();
    }

    /** The contents of the {@code <meta>} elements with the given names or properties, in that order. */
    List<String> metas(String... names) {
        List<String> values = new ArrayList<>();
        for (String name : names) {
            doc.getElementsByTag("meta").stream()
                    .filter(m -> name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name")))
                    .map(m -> HtmlText.clean(m.attr("content"))).filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return values;
    }

    /** The address of {@code <link rel="canonical">}, resolved against the base address, else {@code og:url}. */
    Optional<String> canonical() {
        return doc.select("link[rel][href]").stream()
                .filter(l -> Arrays.asList(l.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical"))
                .map(l -> l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href"))
                .flatMap(h -> HtmlText.nonEmpty(h).stream()).findFirst()
                .or(() -> meta("og:url"));
    }
}
