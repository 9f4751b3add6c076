package no.policylod.convert.rdf;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import no.policylod.convert.model.Lang;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.model.Ministry;
import no.policylod.convert.extract.Topics;
import no.policylod.source.PageSnapshot;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every URI the converters publish, from stable identity only (never from a position in a file or a run), so
 * that the same thing gets the same URI on every run and wherever it is listed. ARCHITECTURE.md states the policy.
 *
 * <pre>
 * UriPolicy uris = new UriPolicy("https://w3id.org/policy-lod");
 * uris.document(Optional.of("Meld. St. 37 (2014–2015)"), Optional.empty(), Lang.EN, "…");
 *   // https://w3id.org/policy-lod/id/doc/meld-st-37-2014-2015
 * </pre>
 */
public final class UriPolicy {

    private static final int SLUG_LENGTH = 80;
    private final String base;

    public UriPolicy(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * The named graph of one snapshot: named by the SHA-256 of its bytes and, where {@code sources.json} states it,
     * the time it was retrieved, so that an unchanged page fetched twice is two snapshots, and the same file
     * converted again is the same one.
     */
    public Node snapshotGraph(PageSnapshot page) {
        String identity = page.retrieved().map(r -> sha256(page.sha256() + "\n" + r)).orElse(page.sha256());
        return iri("/graph/snapshot/" + identity.substring(0, 16));
    }

    /** The graph holding the reference table of ministries. */
    public Node ministriesGraph() {
        return iri("/graph/ministries");
    }

    public Node ministry(Ministry ministry) {
        return iri("/id/ministry/" + ministry.key());
    }

    /** A topic: by page id, from the URL or the topic table; else by language and title. */
    public Node topic(Optional<String> pageId, Lang lang, String title) {
        Optional<String> id = pageId.or(() -> Topics.get().pageIdOf(title));
        return iri("/id/topic/" + id.orElseGet(() -> lang.tag() + "/" + slug(title)));
    }

    /**
     * A document: by official number of the Storting's series or an NOU where it has one (a ministry's own press
     * release number is no identity: ministries number separately), else by page id, else by language and title. The date a
     * listing shows is not part of the identity: one story teased without a date and listed with one is one
     * document.
     */
    public Node document(Optional<String> identifier, Optional<String> pageId, Lang lang, String title) {
        if (identifier.filter(id -> Identifiers.whole(id).isPresent()).isPresent()) {
            return iri("/id/doc/" + Identifiers.key(identifier.get()));
        }
        if (pageId.isPresent()) {
            return iri("/id/doc/" + pageId.get());
        }
        return iri("/id/doc/" + lang.tag() + "/" + slug(title));
    }

    /**
     * A budget amount: by the document stating it, its sentence, its text, and which occurrence of that text in
     * that sentence it is.
     */
    public Node amount(Node statedIn, String sentence, String amountText, int occurrence) {
        String identity = statedIn.getURI() + "\n" + sentence + "\n" + amountText + "\n" + occurrence;
        return iri("/id/amount/" + sha256(identity).substring(0, 16));
    }

    /** A lower-case ASCII slug of a title; long titles are cut at a word and get a short hash of the whole. */
    public static String slug(String title) {
        String folded = Normalizer.normalize(title.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a"), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() <= SLUG_LENGTH) {
            return slug.isEmpty() ? sha256(title).substring(0, 12) : slug;
        }
        String cut = slug.substring(0, SLUG_LENGTH);
        cut = cut.substring(0, Math.max(cut.lastIndexOf('-'), 1));
        return cut + "-" + sha256(slug).substring(0, 8);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static String sha256(String s) {
        return PageSnapshot.sha256(s.getBytes(StandardCharsets.UTF_8));
    }
}
