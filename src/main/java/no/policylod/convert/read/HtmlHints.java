package no.policylod.convert.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageHints;
import no.policylod.convert.extract.LanguageDetector;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.TypeLabels;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the markup states about the page, each hint taken from the first of its sources that gives one.
 *
 * <pre>
 * Document doc = Jsoup.parse(html, baseUri);
 * JsonLdPage ld = JsonLdPage.of(doc);          // first: reading the main content strips the scripts
 * Element main = HtmlMainContent.of(doc);
 * PageHints hints = HtmlHints.of(doc, main, ld, HtmlBlocks.of(main));
 * </pre>
 *
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}/{@code name}, the page's own {@code <h1>}, its
 *   {@code <title>}; without the site's name after it, and never the site's name alone;</li>
 *   <li>issued: {@code article:published_time}, JSON-LD {@code datePublished}, Dublin Core, the header's
 *   {@code <time>};</li>
 *   <li>type label: the header's type field, {@code <meta name="type">}, the JSON-LD type;</li>
 *   <li>publishers: ministries named by {@code author}, Dublin Core or JSON-LD, else by the header;</li>
 *   <li>language: the content's {@code lang}, JSON-LD {@code inLanguage}, {@code og:locale};</li>
 *   <li>description: {@code og:description}, {@code description}, JSON-LD; canonical address: see
 *   {@link HtmlHead#canonical()}.</li>
 * </ul>
 */
final class HtmlHints {
    private static final String SITE = "(?:regjeringen|regjeringa|government)(?:\\.no)?";
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?i)\\s+[-–—|]\\s+" + SITE + "\\s*$");
    private static final Pattern SITE_NAME = Pattern.compile("(?i)" + SITE);

    private final HtmlHead head;
    private final Element main;
    private final HtmlArticleHeader header;
    private final JsonLdPage ld;

    private HtmlHints(Document doc, Element main, JsonLdPage ld) {
        this.head = new HtmlHead(doc);
        this.main = main;
        this.header = new HtmlArticleHeader(main);
        this.ld = ld;
    }

    /** The hints of a page whose main content is {@code main} and reads as {@code blocks}. */
    static PageHints of(Document doc, Element main, JsonLdPage ld, List<Block> blocks) {
        String prose = blocks.stream().filter(b -> b.is(Block.Kind.PARAGRAPH)).map(Block::text)
                .collect(Collectors.joining("\n"));
        return new HtmlHints(doc, main, ld).hints(prose);
    }

    private PageHints hints(String text) {
        return new PageHints(title(), issued(), typeLabel(), publishers(), lang(text),
                head.meta("og:description", "description").or(() -> ld.text("description")), head.canonical());
    }

    private Optional<String> title() {
        List<Supplier<Optional<String>>> sources = List.of(() -> head.meta("og:title"),
                () -> ld.text("headline", "name"),
                () -> HtmlMainContent.own(main, "h1").map(HtmlText::of).filter(t -> !t.isEmpty()).findFirst(),
                head::title);
        return sources.stream().map(Supplier::get).flatMap(Optional::stream)
                .map(t -> SITE_SUFFIX.matcher(t).replaceFirst("").strip())
                .filter(t -> !t.isEmpty() && !SITE_NAME.matcher(t).matches()).findFirst();
    }

    private Optional<LocalDate> issued() {
        return head.meta("article:published_time").flatMap(HtmlText::isoDate)
                .or(ld::issued)
                .or(() -> head.meta("DC.date", "DC.date.issued", "dcterms.issued", "dcterms.date")
                        .flatMap(HtmlText::isoDate))
                .or(header::issued);
    }

    private Optional<String> typeLabel() {
        return header.kinds().stream().map(HtmlHints::asTypeLabel).flatMap(Optional::stream).findFirst()
                .or(() -> head.meta("type", "DC.type", "dcterms.type").flatMap(HtmlHints::asTypeLabel))
                .or(ld::typeLabel);
    }

    /** The field as a type label the site uses, dates and separators around it removed. */
    private static Optional<String> asTypeLabel(String field) {
        String label = HtmlText.clean(HtmlText.withoutDates(field)).replaceAll("^[\\s:|,–-]+|[\\s:|,–-]+$", "");
        return TypeLabels.get().classOf(label).isPresent() ? Optional.of(label) : Optional.empty();
    }

    /** Ministries the markup names as the publisher, as written; site names ("regjeringen.no") are not. */
    private List<String> publishers() {
        List<String> declared = new ArrayList<>(head.metas("author", "DC.publisher", "dcterms.publisher"));
        declared.addAll(ld.publishers());
        Set<String> names = ministriesIn(declared);
        return List.copyOf(names.isEmpty() ? ministriesIn(header.owners()) : names);
    }

    private static Set<String> ministriesIn(List<String> texts) {
        Set<String> names = new LinkedHashSet<>();
        texts.forEach(t -> Ministries.get().findAll(t).forEach(f -> names.add(t.substring(f.start(), f.end()))));
        return names;
    }

    private Optional<Lang> lang(String text) {
        return Optional.ofNullable(main.closest("[lang]")).map(e -> e.attr("lang")).flatMap(HtmlText::nonEmpty)
                .or(ld::inLanguage)
                .or(() -> head.meta("og:locale"))
                .flatMap(tag -> lang(tag, text));
    }

    /** The declared language; "no" (Norwegian, either written standard) is bokmål unless the text is nynorsk. */
    private static Optional<Lang> lang(String tag, String text) {
        return switch (tag.toLowerCase(Locale.ROOT).split("[-_]")[0]) {
            case "nb", "nob" -> Optional.of(Lang.NB);
            case "nn", "nno" -> Optional.of(Lang.NN);
            case "no", "nor" -> Optional.of(LanguageDetector.get().detect(text) == Lang.NN ? Lang.NN : Lang.NB);
            case "en", "eng" -> Optional.of(Lang.EN);
            default -> Optional.empty();
        };
    }
}
