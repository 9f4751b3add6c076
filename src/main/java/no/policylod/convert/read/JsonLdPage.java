package no.policylod.convert.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import no.policylod.config.Json;
import org.jsoup.nodes.Document;

/**
 * The page's own node in its JSON-LD blocks, read as plain JSON: {@code @context} is ignored and never fetched,
 * and a block that is not well-formed JSON is skipped.
 *
 * <pre>
 * JsonLdPage ld = JsonLdPage.of(Jsoup.parse(html));   // before the scripts are stripped from the document
 * ld.text("headline", "name");                        // Optional[Norway strengthens support for clean oceans ...]
 * ld.publishers();                                    // [Ministry of Foreign Affairs]
 * </pre>
 *
 * The page's node is the first with a {@code headline}, else the first whose types are all document types (not an
 * organisation, a web site, a breadcrumb list and the like); nodes in {@code @graph} and in arrays count too.
 *
 * @param node the page's node, if any block has one
 */
record JsonLdPage(Optional<JsonNode> node) {
    private static final Set<String> NOT_DOCUMENTS = Set.of("Organization", "GovernmentOrganization",
            "WebSite", "BreadcrumbList", "ListItem", "Person", "ImageObject", "SearchAction", "Place",
            "PostalAddress", "ContactPoint");
    /** Only the schema.org types that say unambiguously which kind of page this is. */
    private static final Map<String, String> TYPE_LABELS = Map.of("NewsArticle", "News story");

    static JsonLdPage of(Document doc) {
        List<JsonNode> nodes = doc.select("script[type]").stream()
                .filter(s -> s.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json"))
                .flatMap(s -> read(s.data())).toList();
        return new JsonLdPage(nodes.stream().filter(n -> n.hasNonNull("headline")).findFirst()
                .or(() -> nodes.stream().filter(JsonLdPage::isDocument).findFirst()));
    }

    /** The first of the keys with a non-empty text value, white space cleaned. */
    Optional<String> text(String... keys) {
        return node.flatMap(n -> texts(Stream.of(keys).map(n::path)).findFirst());
    }

    Optional<LocalDate> issued() {
        return text("datePublished").flatMap(HtmlText::isoDate);
    }

    Optional<String> inLanguage() {
        return text("inLanguage");
    }

    /** The site's type label for a schema.org type that tells the kind of page ("NewsArticle": "News story"). */
    Optional<String> typeLabel() {
        return node.flatMap(n -> types(n).stream().map(TYPE_LABELS::get).filter(Objects::nonNull).findFirst());
    }

    /** Publisher names: a string, an object with a name, or an array of either. */
    List<String> publishers() {
        return texts(node.stream().flatMap(n -> each(n.path("publisher")))
                .map(v -> v.isObject() ? v.path("name") : v)).toList();
    }

    private static Stream<JsonNode> read(String json) {
        try {
            return flatten(Json.MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            return Stream.empty();
        }
    }

    /** The objects of a block: itself, those of its {@code @graph}, or those of the array it is. */
    private static Stream<JsonNode> flatten(JsonNode n) {
        if (n == null || !n.isContainerNode()) {
            return Stream.empty();
        }
        if (n.isArray()) {
            return each(n).flatMap(JsonLdPage::flatten);
        }
        return n.has("@graph") ? Stream.concat(Stream.of(n), flatten(n.get("@graph"))) : Stream.of(n);
    }

    private static boolean isDocument(JsonNode n) {
        List<String> types = types(n);
        return !types.isEmpty() && types.stream().noneMatch(NOT_DOCUMENTS::contains);
    }

    /** The local names of a node's {@code @type} ("schema:NewsArticle" and full IRIs too). */
    private static List<String> types(JsonNode n) {
        return each(n.path("@type")).filter(JsonNode::isTextual)
                .map(t -> t.asText().replaceAll("^.*[/#:]", "")).toList();
    }

    /** An array's elements, or the value itself. */
    private static Stream<JsonNode> each(JsonNode value) {
        return value.isArray() ? StreamSupport.stream(value.spliterator(), false) : Stream.of(value);
    }

    /** The non-empty texts among the values, white space cleaned. */
    private static Stream<String> texts(Stream<JsonNode> values) {
        return values.filter(JsonNode::isTextual).map(v -> HtmlText.clean(v.asText())).filter(v -> !v.isEmpty());
    }
}
