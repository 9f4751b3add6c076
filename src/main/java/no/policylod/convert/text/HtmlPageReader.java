package no.policylod.convert.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import no.policylod.config.Json;
import no.policylod.convert.Lang;
import no.policylod.convert.PageContent;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.LanguageDetector;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.TypeLabels;
import no.policylod.source.PageSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Reads an HTML page of the site through the same model as the plain-text extracts.
 *
 * <pre>
 * HtmlPageReader reader = new HtmlPageReader(new TextPageReader());
 * PageContent content = reader.read(PageSnapshot.of("page.html", html,
 *         "https://www.regjeringen.no/no/aktuelt/eksempel/id2976767/", null));
 * </pre>
 *
 * Two things come out of the markup, and the {@link TextPageReader} takes it from there:
 * <ul>
 *   <li>the main content as lines, in document order and shaped like the extracts: one block a line (headings,
 *   paragraphs, definition terms with their values, table rows), list items as {@code - ...}, image alt texts and
 *   figure captions on lines of their own, and teaser entries of listings as a title line, a meta line
 *   {@code DD/MM/YYYY Type Ministry} and the teaser (or, without a teaser, one line {@code - Title Type DD/MM/YYYY});
 *   </li>
 *   <li>{@link PageHints} from {@code <meta>}, Open Graph, embedded JSON-LD, {@code <html lang>}, the first
 *   {@code <h1>}, the article header's {@code <time>}, type and owner, and {@code <link rel="canonical">}.</li>
 * </ul>
 * Site chrome (navigation, the site header, footers, forms, breadcrumbs, cookie banners, scripts) is dropped. Nothing
 * is fetched: jsoup parses the string it is given, and JSON-LD is read as plain JSON whose {@code @context} is never
 * resolved; a malformed JSON-LD block is ignored. The page's identity is its snapshot's URL or, for a snapshot
 * without one, the canonical URL the page declares. Thread-safe: each call parses its own document.
 */
public final class HtmlPageReader {

    private final TextPageReader text;

    public HtmlPageReader(TextPageReader text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    /** What the page says: its lines read by the text reader, with what its markup states. */
    public PageContent read(PageSnapshot page) {
        Parsed parsed = parse(page.text(), page.url().orElse(""));
        Optional<String> url = page.url().or(() -> parsed.hints().canonicalUrl());
        PageSnapshot lines = new PageSnapshot(page.name(), PageSnapshot.Format.TEXT, parsed.text(), page.sha256(), url,
                page.retrieved());
        return text.read(lines, parsed.hints());
    }

    /** A page's main content as lines of text, and the hints its markup gives. */
    record Parsed(String text, PageHints hints) {
    }

    /** Parses a page; relative addresses resolve against {@code baseUri}, which is never fetched. */
    static Parsed parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri);
        JsonLd ld = JsonLd.of(doc);
        Element main = MainContent.of(doc);
        String text = Blocks.of(main, null).stream().map(Block::text).collect(Collectors.joining("\n\n", "", "\n"));
        return new Parsed(text, Markup.hints(doc, main, ld, text));
    }

    /** Whether the element is one of the named tags. */
    private static boolean named(Element e, String... tags) {
        return Arrays.asList(tags).contains(e.normalName());
    }

    /** One line of the main content; {@code caption} for an image's alt text or a figure caption. */
    private record Block(String text, boolean caption) {
    }

    /** Finds the main content and strips the site's chrome from it. */
    private static final class MainContent {
        /** Never content. */
        private static final String CODE_AND_NAVIGATION = "script, style, noscript, template, svg, iframe, nav,"
                + " button, select, textarea, input, [role=navigation], [role=search], [class*=breadcrumb],"
                + " [id*=breadcrumb], [class*=skip-link], [class*=skiplink]";
        /**
         * Chrome, unless it wraps the content itself (a page hidden behind a cookie dialog, an ASP.NET page in one
         * {@code <form>}): footers, forms, dialogs, hidden elements, banners, cookie notices.
         */
        private static final String CHROME = "footer, form, dialog, [hidden], [aria-hidden=true], [role=banner],"
                + " [role=contentinfo], [class*=cookie], [id*=cookie], [class*=consent], [id*=consent]";
        private static final String CONTENT = "main, [role=main], article, h1";

        static Element of(Document doc) {
            Element main = Optional.ofNullable(doc.selectFirst("main, [role=main]"))
                    .or(() -> soleArticle(doc)).orElse(doc.body());
            main.select("header").stream().filter(MainContent::isSiteHeader).forEach(Element::remove);
            main.select(CODE_AND_NAVIGATION).stream().filter(e -> e != main).forEach(Element::remove);
            main.select(CHROME).stream().filter(e -> e != main && e.selectFirst(CONTENT) == null)
                    .forEach(Element::remove);
            return main;
        }

        /** The site's header: outside the content, and either without a heading or with the site's menus. */
        private static boolean isSiteHeader(Element header) {
            return header.closest("main, article, [role=main]") == null && (header.selectFirst("h1") == null
                    || header.selectFirst("nav, [role=navigation], [role=search], form") != null);
        }

        /** The page's article when it has exactly one outermost {@code <article>} (several are teasers). */
        private static Optional<Element> soleArticle(Document doc) {
            List<Element> outer = doc.select("article").stream().filter(a -> a.parents().stream()
                    .noneMatch(p -> named(p, "article"))).toList();
            return outer.size() == 1 ? Optional.of(outer.get(0)) : Optional.empty();
        }

        /**
         * A list item, a related-links box, or a teaser card: an {@code <article>} whose heading is a link (an
         * article whose headings are plain text is a part of the page's own text).
         */
        static boolean isEntry(Element e) {
            return switch (e.normalName()) {
                case "li", "aside" -> true;
                case "article" -> Optional.ofNullable(e.selectFirst(Teaser.HEADINGS))
                        .filter(h -> !named(h, "h1") && (h.selectFirst("a[href]") != null || h.closest("a[href]") != null))
                        .isPresent();
                default -> false;
            };
        }

        /** Whether {@code e} stands inside an entry below {@code root}. */
        static boolean inEntry(Element e, Element root) {
            for (Element at = e; at != null && at != root; at = at.parent()) {
                if (isEntry(at)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Walks an element and writes one line per block. List items and nested articles that are teaser entries are
     * written by {@link Teaser}; an article header's info line ("Type | Date | Ministry") by {@link #infoLine}.
     */
    private static final class Blocks implements NodeFilter {
        private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body",
                "caption", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
                "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p",
                "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul");
        private static final Evaluator INFO = QueryParser.parse(
                "[class*=article-info], [class*=content-type], [class*=article-meta]");

        private final Element root;
        private final Element skip;
        private final List<Block> out = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private String prefix = "";
        private boolean inCaption;

        private Blocks(Element root, Element skip) {
            this.root = root;
            this.skip = skip;
        }

        /** The lines of {@code root}, leaving out {@code skip} (may be null). */
        static List<Block> of(Element root, Element skip) {
            Blocks blocks = new Blocks(root, skip);
            NodeTraversor.filter(blocks, root);
            blocks.flush();
            return blocks.out;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                line.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            return node instanceof Element e && e != skip ? open(e) : FilterResult.SKIP_ENTIRELY;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK.contains(e.normalName())) {
                flush();
                prefix = named(e, "li") ? "" : prefix;
                inCaption = inCaption && !named(e, "figcaption");
            }
            return FilterResult.CONTINUE;
        }

        private FilterResult open(Element e) {
            switch (e.normalName()) {
                case "br" -> flush();
                case "img" -> caption(e.attr("alt"));
                case "dl" -> {
                    definitions(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                case "td", "th" -> line.append(Text.clean(line.toString()).isEmpty() ? "" : " | ");
                case "span", "time", "a" -> spaceAfterSibling(e);
                default -> {
                    return openBlock(e);
                }
            }
            return FilterResult.CONTINUE;
        }

        private FilterResult openBlock(Element e) {
            Optional<List<Block>> entry = e == root ? Optional.empty() : Teaser.lines(e);
            Optional<String> info = e.is(INFO) ? infoLine(e) : Optional.empty();
            if (entry.isPresent() || info.isPresent()) {
                flush();
                entry.ifPresent(out::addAll);
                info.ifPresent(i -> out.add(new Block(i, false)));
                return FilterResult.SKIP_ENTIRELY;
            }
            if (BLOCK.contains(e.normalName())) {
                flush();
                prefix = named(e, "li") && e != root ? "- " : prefix;
                inCaption = inCaption || named(e, "figcaption");
            }
            return FilterResult.CONTINUE;
        }

        /** Adjacent inline elements with no space between them are spaced by CSS; the line keeps them apart. */
        private void spaceAfterSibling(Element e) {
            Node before = e.previousSibling();
            if (before instanceof Element b && named(b, "span", "time", "a") && !line.isEmpty()
                    && !Character.isWhitespace(line.charAt(line.length() - 1))) {
                line.append(' ');
            }
        }

        private void flush() {
            String text = Text.clean(line.toString());
            line.setLength(0);
            if (!text.isEmpty()) {
                add(new Block(prefix + text, inCaption));
                prefix = "";
            }
        }

        /** An image's alt text on a line of its own; an image without one (an icon) leaves the line as it is. */
        private void caption(String alt) {
            if (!alt.isBlank()) {
                flush();
                add(new Block(Text.clean(alt), true));
            }
        }

        /** Adds a line unless it is empty or repeats the line before (an alt text repeated as caption). */
        private void add(Block block) {
            boolean repeat = !out.isEmpty() && out.get(out.size() - 1).text().equals(block.text());
            if (!block.text().isEmpty() && !repeat) {
                out.add(block);
            }
        }

        /** A definition list as "Term: value" lines ("Utgiver: Statsministerens kontor"). */
        private void definitions(Element dl) {
            flush();
            String term = null;
            List<String> values = new ArrayList<>();
            for (Element item : dl.select("dt, dd")) {
                if (item.closest("dl") != dl) {
                    continue;
                }
                if (named(item, "dt")) {
                    definition(term, values);
                    term = Text.of(item);
                    values = new ArrayList<>();
                } else {
                    values.add(Text.of(item));
                }
            }
            definition(term, values);
        }

        private void definition(String term, List<String> values) {
            if (term == null) {
                values.forEach(v -> add(new Block(v, false)));
            } else {
                String join = values.isEmpty() ? "" : term.endsWith(":") ? " " : ": ";
                add(new Block(term + join + String.join(", ", values), false));
            }
        }

        /**
         * An article header's info line written with one element per field and no separators in the text (the
         * site's style sheet draws them): the fields joined by " | ", as the extracts show them.
         */
        private static Optional<String> infoLine(Element e) {
            boolean ownText = e.textNodes().stream().anyMatch(t -> !t.isBlank());
            if (ownText || e.children().size() < 2 || e.text().contains("|")) {
                return Optional.empty();
            }
            List<String> fields = e.children().stream().map(Text::of).filter(f -> !f.isEmpty()).toList();
            return Optional.of(String.join(" | ", fields));
        }
    }

    /**
     * A teaser entry of a listing, a "What's new" line or a teaser card: a list item or nested article with a title
     * (a heading, or a link that opens a list item) and, around it, a date, type and ministry, and a teaser.
     */
    private static final class Teaser {
        static final String HEADINGS = "h1, h2, h3, h4, h5, h6";
        private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

        /** The entry's lines, or empty if {@code e} is no teaser entry and is to be read as plain blocks. */
        static Optional<List<Block>> lines(Element e) {
            if (!MainContent.isEntry(e) || named(e, "aside")) {
                return Optional.empty();
            }
            Element title = e.select(HEADINGS).stream().filter(h -> !MainContent.inEntry(h.parent(), e))
                    .findFirst().orElse(null);
            boolean heading = title != null;
            title = heading ? title : leadingLink(e);
            if (title == null || Text.of(title).isEmpty()) {
                return Optional.empty();
            }
            List<Block> rest = Blocks.of(e, title);
            List<Meta> meta = rest.stream().map(b -> b.caption() ? Optional.<Meta>empty() : Meta.parse(b.text()))
                    .flatMap(Optional::stream).toList();
            return heading || !meta.isEmpty() ? Optional.of(compose(e, Text.of(title), rest, meta))
                    : Optional.empty();
        }

        /** A link the list item opens with: the title of a "What's new" or "Documents" line. */
        private static Element leadingLink(Element e) {
            Element link = named(e, "li") ? e.selectFirst("a[href]") : null;
            return link != null && Text.of(e).startsWith(Text.of(link)) ? link : null;
        }

        /**
         * The entry as the text reader reads it: without a teaser, one line {@code - Title Type DD/MM/YYYY}; with
         * one (or with a ministry to show), the title, a meta line {@code DD/MM/YYYY Type Ministry} and the teaser.
         * The reader takes a meta line only when it names a type, so without one the date goes unsaid.
         */
        private static List<Block> compose(Element e, String title, List<Block> rest, List<Meta> meta) {
            Optional<LocalDate> date = meta.stream().map(Meta::date).flatMap(Optional::stream).findFirst()
                    .or(() -> Optional.ofNullable(e.selectFirst("time[datetime]"))
                            .flatMap(t -> Text.isoDate(t.attr("datetime"))));
            String day = date.map(DAY_FIRST::format).orElse("");
            String type = meta.stream().map(Meta::type).filter(t -> !t.isEmpty()).findFirst().orElse("");
            String others = meta.stream().map(Meta::others).filter(o -> !o.isEmpty())
                    .collect(Collectors.joining(" "));
            List<Block> lines = new ArrayList<>(rest.stream().filter(Block::caption).toList());
            List<Block> teaser = rest.stream().filter(b -> !b.caption() && Meta.parse(b.text()).isEmpty()).toList();
            if (teaser.isEmpty() && named(e, "li") && (others.isEmpty() || type.isEmpty())) {
                lines.add(new Block(Text.clean("- " + title + " " + type + " " + day), false));
                return lines;
            }
            lines.add(new Block(title, false));
            if (!type.isEmpty()) {
                lines.add(new Block(Text.clean(day.isEmpty() ? type : day + " " + type + " " + others), false));
            }
            lines.addAll(teaser);
            return lines;
        }
    }

    /**
     * A teaser's meta line: a date with a few words (type, ministry), or only type labels and ministries
     * ("News story | 19.09.2025 | Ministry of Foreign Affairs", "Pressemelding 05.06.2023").
     *
     * @param type   the type label, if the line has one ("News story")
     * @param others the other words beside the date, separators and "Dato:" removed (the ministry)
     */
    private record Meta(Optional<LocalDate> date, String type, String others) {
        private static final Pattern FIELD_NAME = Pattern.compile(
                "(?iu)(?<!\\p{L})(?:dato|date|publisert|published)\\s*:");
        private static final int MAX_WORDS = 12;
        private static final int LONGEST_LABEL_WORDS = 6;

        static Optional<Meta> parse(String line) {
            List<Dates.Found> dates = Dates.find(line);
            if (dates.size() > 1) {
                return Optional.empty();
            }
            String rest = Text.clean(FIELD_NAME.matcher(Text.withoutDates(line)).replaceAll(" ")
                    .replaceAll("[|·•]", " ")).replaceAll("^[-–,:\\s]+|[-–,:\\s]+$", "");
            if (dates.isEmpty()) {
                return onlyLabels(line) ? Optional.of(of(Optional.empty(), rest)) : Optional.empty();
            }
            boolean few = rest.isEmpty() || rest.split(" ").length <= MAX_WORDS && !rest.matches(".*[.!?]$");
            return few ? Optional.of(of(Optional.of(dates.get(0).date()), rest)) : Optional.empty();
        }

        /** Splits the words beside the date into the type label (at their start or end) and the rest. */
        private static Meta of(Optional<LocalDate> date, String rest) {
            Optional<TypeLabels.Found> atEnd = TypeLabels.get().atEnd(rest);
            if (atEnd.isPresent()) {
                return new Meta(date, atEnd.get().label(), rest.substring(0, atEnd.get().start()).strip());
            }
            String[] words = rest.split(" ");
            for (int n = Math.min(words.length, LONGEST_LABEL_WORDS); n > 0; n--) {
                String label = String.join(" ", Arrays.copyOf(words, n));
                if (TypeLabels.get().classOf(label).isPresent()) {
                    return new Meta(date, label, String.join(" ", Arrays.copyOfRange(words, n, words.length)));
                }
            }
            return new Meta(date, "", rest);
        }

        /** Every field of the line is a type label or a ministry's name. */
        private static boolean onlyLabels(String line) {
            return Arrays.stream(line.split("\\|")).map(String::strip).filter(f -> !f.isEmpty())
                    .allMatch(f -> TypeLabels.get().classOf(f).isPresent() || Ministries.get().byName(f).isPresent());
        }
    }

    /** What the markup states about the page. */
    private static final class Markup {
        private static final String SITE = "(?:regjeringen|regjeringa|government)(?:\\.no)?";
        private static final Pattern SITE_SUFFIX = Pattern.compile("(?i)\\s+[-–—|]\\s+" + SITE + "\\s*$");
        private static final Pattern SITE_NAME = Pattern.compile("(?i)" + SITE);
        /** Where a page states its own type, date and owner: its header, not its body or its entries. */
        private static final String HEADER = "header, [class*=article-info], [class*=article-header],"
                + " [class*=article-meta], [class*=content-type], [class*=page-header], [class*=kicker]";
        private static final String KIND = "[class*=article-info], [class*=content-type], [class*=type],"
                + " [class*=kicker], [class*=category]";
        private static final String OWNER = "[class*=article-info], [class*=owner], [class*=publisher],"
                + " [class*=ministry], [class*=department]";

        static PageHints hints(Document doc, Element main, JsonLd ld, String text) {
            return new PageHints(title(doc, main, ld), issued(doc, main, ld), typeLabel(doc, main, ld),
                    publishers(doc, main, ld), lang(doc, main, ld, text),
                    first(() -> meta(doc, "og:description", "description"), () -> ld.text("description")),
                    canonical(doc));
        }

        /** The first title the markup gives, without the site's name after it; the site's name alone is none. */
        private static Optional<String> title(Document doc, Element main, JsonLd ld) {
            List<Supplier<Optional<String>>> sources = List.of(() -> meta(doc, "og:title"),
                    () -> ld.text("headline", "name"),
                    () -> main.select("h1").stream().filter(h -> !MainContent.inEntry(h, main)).map(Text::of)
                            .filter(t -> !t.isEmpty()).findFirst(),
                    () -> Text.nonEmpty(Text.clean(doc.title())));
            return sources.stream().map(Supplier::get).flatMap(Optional::stream)
                    .map(t -> SITE_SUFFIX.matcher(t).replaceFirst("").strip())
                    .filter(t -> !t.isEmpty() && !SITE_NAME.matcher(t).matches()).findFirst();
        }

        private static Optional<LocalDate> issued(Document doc, Element main, JsonLd ld) {
            return first(() -> meta(doc, "article:published_time").flatMap(Text::isoDate), ld::issued,
                    () -> meta(doc, "DC.date", "DC.date.issued", "dcterms.issued", "dcterms.date")
                            .flatMap(Text::isoDate),
                    () -> main.select("time[datetime]").stream().filter(t -> !MainContent.inEntry(t, main))
                            .filter(t -> t.closest(HEADER) != null).findFirst()
                            .flatMap(t -> Text.isoDate(t.attr("datetime"))));
        }

        private static Optional<String> typeLabel(Document doc, Element main, JsonLd ld) {
            return first(() -> headerFields(main, KIND).stream().map(Markup::asTypeLabel).flatMap(Optional::stream)
                            .findFirst(),
                    () -> meta(doc, "type", "DC.type", "dcterms.type").flatMap(Markup::asTypeLabel),
                    ld::typeLabel);
        }

        private static Optional<String> asTypeLabel(String field) {
            String label = Text.clean(Text.withoutDates(field)).replaceAll("^[\\s:|,–-]+|[\\s:|,–-]+$", "");
            return TypeLabels.get().classOf(label).isPresent() ? Optional.of(label) : Optional.empty();
        }

        /** Ministries the markup names as the publisher, as written; site names ("regjeringen.no") are not. */
        private static List<String> publishers(Document doc, Element main, JsonLd ld) {
            List<String> declared = new ArrayList<>(metas(doc, "author", "DC.publisher", "dcterms.publisher"));
            declared.addAll(ld.publishers());
            Set<String> names = ministriesIn(declared);
            return List.copyOf(names.isEmpty() ? ministriesIn(headerFields(main, OWNER)) : names);
        }

        private static Set<String> ministriesIn(List<String> texts) {
            Set<String> names = new LinkedHashSet<>();
            texts.forEach(t -> Ministries.get().findAll(t).forEach(f -> names.add(t.substring(f.start(), f.end()))));
            return names;
        }

        /** The fields of the article header's elements matching {@code selector}: each child, or the whole. */
        private static List<String> headerFields(Element main, String selector) {
            List<String> fields = new ArrayList<>();
            main.select(selector).stream().filter(e -> e.closest(HEADER) != null && !MainContent.inEntry(e, main))
                    .forEach(e -> {
                        e.children().forEach(c -> fields.add(Text.of(c)));
                        fields.addAll(Arrays.asList(Text.of(e).split("\\|")));
                    });
            return fields.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        }

        /**
         * The declared language; "no" (Norwegian, either written standard) is bokmål unless the text is nynorsk.
         */
        private static Optional<Lang> lang(Document doc, Element main, JsonLd ld, String text) {
            Optional<String> tag = first(() -> Optional.ofNullable(main.closest("[lang]")).map(e -> e.attr("lang"))
                            .flatMap(Text::nonEmpty),
                    ld::inLanguage, () -> meta(doc, "og:locale"));
            return tag.flatMap(t -> switch (t.toLowerCase(Locale.ROOT).split("[-_]")[0]) {
                case "nb", "nob" -> Optional.of(Lang.NB);
                case "nn", "nno" -> Optional.of(Lang.NN);
                case "no", "nor" -> Optional.of(LanguageDetector.get().detect(text) == Lang.NN ? Lang.NN : Lang.NB);
                case "en", "eng" -> Optional.of(Lang.EN);
                default -> Optional.empty();
            });
        }

        private static Optional<String> canonical(Document doc) {
            return first(() -> doc.select("link[rel][href]").stream()
                            .filter(l -> Arrays.asList(l.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"))
                                    .contains("canonical"))
                            .map(l -> l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href"))
                            .flatMap(h -> Text.nonEmpty(h).stream()).findFirst(),
                    () -> meta(doc, "og:url"));
        }

        private static Optional<String> meta(Document doc, String... names) {
            return metas(doc, names).stream().findFirst();
        }

        /** The contents of the {@code <meta>} elements with the given names or properties, in that order. */
        private static List<String> metas(Document doc, String... names) {
            List<String> values = new ArrayList<>();
            for (String name : names) {
                doc.getElementsByTag("meta").stream()
                        .filter(m -> name.equalsIgnoreCase(m.attr("property")) || name.equalsIgnoreCase(m.attr("name")))
                        .map(m -> Text.clean(m.attr("content"))).filter(v -> !v.isEmpty()).forEach(values::add);
            }
            return values;
        }

        /** The first of the sources, in order, that gives a value; later ones are not asked. */
        @SafeVarargs
        private static <T> Optional<T> first(Supplier<Optional<T>>... sources) {
            for (Supplier<Optional<T>> source : sources) {
                Optional<T> value = source.get();
                if (value.isPresent()) {
                    return value;
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The page's own node in its JSON-LD blocks, read as plain JSON: {@code @context} is ignored and never fetched,
     * and a block that is not well-formed JSON is skipped.
     */
    private record JsonLd(Optional<JsonNode> node) {
        private static final Set<String> NOT_DOCUMENTS = Set.of("Organization", "GovernmentOrganization",
                "WebSite", "BreadcrumbList", "ListItem", "Person", "ImageObject", "SearchAction", "Place",
                "PostalAddress", "ContactPoint");
        /** Only the schema.org types that say unambiguously which kind of page this is. */
        private static final Map<String, String> TYPE_LABELS = Map.of("NewsArticle", "News story");

        static JsonLd of(Document doc) {
            List<JsonNode> nodes = doc.select("script[type]").stream()
                    .filter(s -> s.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json"))
                    .flatMap(s -> read(s.data())).toList();
            return new JsonLd(nodes.stream().filter(n -> n.hasNonNull("headline")).findFirst()
                    .or(() -> nodes.stream().filter(JsonLd::isDocument).findFirst()));
        }

        private static Stream<JsonNode> read(String json) {
            try {
                return flatten(Json.MAPPER.readTree(json));
            } catch (JsonProcessingException e) {
                return Stream.empty();
            }
        }

        private static Stream<JsonNode> flatten(JsonNode n) {
            if (n == null || !n.isContainerNode()) {
                return Stream.empty();
            }
            if (n.isArray()) {
                return StreamSupport.stream(n.spliterator(), false).flatMap(JsonLd::flatten);
            }
            return n.has("@graph") ? Stream.concat(Stream.of(n), flatten(n.get("@graph"))) : Stream.of(n);
        }

        private static boolean isDocument(JsonNode n) {
            List<String> types = types(n);
            return !types.isEmpty() && types.stream().noneMatch(NOT_DOCUMENTS::contains);
        }

        /** The local names of a node's {@code @type} ("schema:NewsArticle" and full IRIs too). */
        private static List<String> types(JsonNode n) {
            JsonNode type = n.path("@type");
            Stream<JsonNode> all = type.isArray() ? StreamSupport.stream(type.spliterator(), false) : Stream.of(type);
            return all.filter(JsonNode::isTextual).map(t -> t.asText().replaceAll("^.*[/#:]", "")).toList();
        }

        Optional<String> text(String... keys) {
            return node.flatMap(n -> Stream.of(keys).map(n::path).filter(JsonNode::isTextual)
                    .map(v -> Text.clean(v.asText())).filter(v -> !v.isEmpty()).findFirst());
        }

        Optional<LocalDate> issued() {
            return text("datePublished").flatMap(Text::isoDate);
        }

        Optional<String> inLanguage() {
            return text("inLanguage");
        }

        Optional<String> typeLabel() {
            return node.flatMap(n -> types(n).stream().map(TYPE_LABELS::get).filter(Objects::nonNull).findFirst());
        }

        /** Publisher names: a string, an object with a name, or an array of either. */
        List<String> publishers() {
            JsonNode p = node.map(n -> n.path("publisher")).orElse(null);
            Stream<JsonNode> all = p != null && p.isArray() ? StreamSupport.stream(p.spliterator(), false)
                    : Stream.ofNullable(p);
            return all.map(v -> v.isObject() ? v.path("name") : v).filter(JsonNode::isTextual)
                    .map(v -> Text.clean(v.asText())).filter(v -> !v.isEmpty()).toList();
        }
    }

    /** White space as the extracts have it. */
    private static final class Text {
        private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200b\u200c\u200d\u2060\ufeff]");
        private static final Pattern HARD_SPACE = Pattern.compile(
                "(?<!\\d)[\u00a0\u2009\u202f]|[\u00a0\u2009\u202f](?!\\d)");
        private static final Pattern SPACE = Pattern.compile(
                "[\\s\u1680\u2000-\u2008\u200a\u2028\u2029\u205f\u3000]+");
        private static final Pattern ISO_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

        /**
         * Runs of white space as one space, ends trimmed; a non-breaking or thin space between two digits ("20 000"
         * written with U+00A0) is kept as it is, as the extracts keep it.
         */
        static String clean(String s) {
            String visible = ZERO_WIDTH.matcher(s).replaceAll("");
            return SPACE.matcher(HARD_SPACE.matcher(visible).replaceAll(" ")).replaceAll(" ").strip();
        }

        /** The text with every date in it replaced by a space. */
        static String withoutDates(String s) {
            StringBuilder out = new StringBuilder(s);
            List<Dates.Found> dates = Dates.find(s);
            for (int i = dates.size() - 1; i >= 0; i--) {
                out.replace(dates.get(i).start(), dates.get(i).end(), " ");
            }
            return out.toString();
        }

        static String of(Element e) {
            return clean(e.wholeText());
        }

        static Optional<String> nonEmpty(String s) {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
        }

        /** The date part of an ISO date or date-time ("2025-05-27T10:00:00+02:00"), or a date as the site writes it. */
        static Optional<LocalDate> isoDate(String value) {
            String v = value.strip();
            try {
                return ISO_DAY.matcher(v).find() ? Optional.of(LocalDate.parse(v.substring(0, 10))) : Dates.parse(v);
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
