package no.policylod.convert.rdf;

import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.PageContent.ListedItem;
import no.policylod.convert.model.PageContent.StatedAmount;
import no.policylod.convert.model.AmountContext;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.model.Ministry;
import no.policylod.convert.model.Amount;
import no.policylod.source.PageSnapshot;
import no.policylod.vocab.PL;
import no.policylod.vocab.Prov;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;

/**
 * Writes what was read from one page as quads in that snapshot's named graph, and the ministries table as quads in
 * its reference graph. No blank nodes: every resource gets a minted URI.
 *
 * <pre>
 * PageRdf rdf = new PageRdf(new UriPolicy(settings.base()));
 * rdf.write(snapshot, content, streamRdf);
 * rdf.writeMinistries(streamRdf);
 * </pre>
 */
public final class PageRdf {

    private final UriPolicy uris;

    public PageRdf(UriPolicy uris) {
        this.uris = uris;
    }

    /** Writes one page snapshot's graph. */
    public void write(PageSnapshot page, PageContent content, StreamRDF out) {
        Emitter e = new Emitter(uris.snapshotGraph(page), out);
        Node snapshot = e.graph;
        e.add(snapshot, RDF.type, PL.Snapshot);
        e.add(snapshot, RDF.type, Prov.Entity);
        e.add(snapshot, Prov.wasDerivedFrom, NodeFactory.createURI(page.url().orElseGet(() -> hashName(page))));
        page.retrieved().ifPresent(r -> e.add(snapshot, Prov.generatedAtTime, dateTime(r)));
        e.add(snapshot, PL.fileName, plain(page.name()));
        e.add(snapshot, DCTerms.language, NodeFactory.createURI(content.lang().authorityIri()));
        Optional<Node> pageDoc = pageDocument(content, e);
        pageDoc.ifPresent(doc -> e.add(snapshot, PL.snapshotOf, doc));
        Optional<Node> topic = content.docClass() == DocClass.TOPIC ? pageDoc : Optional.empty();
        for (ListedItem item : content.items()) {
            Node doc = item(item, topic, e);
            e.add(snapshot, PL.lists, doc);
        }
        amounts(content.amounts(), pageDoc, e);
    }

    /**
     * Writes the whole ministries table into its reference graph: current names as {@code skos:prefLabel}, former
     * names as {@code skos:altLabel}, and every name as {@code rdfs:label}, so that a ministry is found by the name a
     * page of its time used.
     */
    public void writeMinistries(StreamRDF out) {
        Emitter e = new Emitter(uris.ministriesGraph(), out);
        for (Ministry m : Ministries.get().all()) {
            Node node = uris.ministry(m);
            e.add(node, RDF.type, PL.Ministry);
            e.add(node, PL.abbreviation, plain(m.abbreviation()));
            m.names().forEach((lang, name) -> {
                e.add(node, SKOS.prefLabel, lang(name, lang));
                e.add(node, RDFS.label, lang(name, lang));
            });
            m.altNames().forEach((lang, names) -> names.forEach(n -> {
                e.add(node, SKOS.altLabel, lang(n, lang));
                e.add(node, RDFS.label, lang(n, lang));
            }));
        }
    }

    /**
     * The page's own document. A page without a title has none, except a topic page known by its page id: the topic
     * exists (the documents it lists refer to it) though this snapshot does not write its name.
     */
    private Optional<Node> pageDocument(PageContent c, Emitter e) {
        boolean untitledTopic = c.title().isEmpty() && c.docClass() == DocClass.TOPIC && c.pageId().isPresent();
        if (c.docClass() == DocClass.LISTING || c.title().isEmpty() && !untitledTopic) {
            return Optional.empty();
        }
        Node doc = c.docClass() == DocClass.TOPIC ? uris.topic(c.pageId(), c.lang(), c.title().orElse(""))
                : uris.document(c.identifier(), c.pageId(), c.lang(), c.title().get());
        e.add(doc, RDF.type, c.docClass().ontologyClass().orElseThrow());
        c.title().ifPresent(title -> e.add(doc, DCTerms.title, lang(title, c.lang())));
        e.add(doc, DCTerms.language, NodeFactory.createURI(c.lang().authorityIri()));
        c.issued().ifPresent(d -> e.add(doc, DCTerms.issued, typed(d.toString(), XSDDatatype.XSDdate)));
        c.identifier().ifPresent(id -> e.add(doc, DCTerms.identifier, plain(id)));
        c.pageId().ifPresent(id -> e.add(doc, PL.pageId, plain(id)));
        c.publishers().forEach(m -> e.add(doc, DCTerms.publisher, uris.ministry(m)));
        c.description().ifPresent(d -> e.add(doc, DCTerms.description, lang(d, c.lang())));
        c.body().ifPresent(b -> e.add(doc, SchemaDO.text, lang(b, c.lang())));
        c.captions().forEach(cap -> e.add(doc, PL.caption, lang(cap.text(), cap.lang())));
        return Optional.of(doc);
    }

    private Node item(ListedItem item, Optional<Node> topic, Emitter e) {
        Node doc = uris.document(item.identifier(), Optional.empty(), item.lang(), item.title());
        e.add(doc, RDF.type, item.docClass().flatMap(DocClass::ontologyClass).orElse(PL.Article));
        e.add(doc, DCTerms.title, lang(item.title(), item.lang()));
        item.issued().ifPresent(d -> e.add(doc, DCTerms.issued, typed(d.toString(), XSDDatatype.XSDdate)));
        item.identifier().ifPresent(id -> e.add(doc, DCTerms.identifier, plain(id)));
        item.kicker().ifPresent(k -> e.add(doc, PL.kicker, lang(k, item.lang())));
        item.teaser().ifPresent(t -> e.add(doc, DCTerms.description, lang(t, item.lang())));
        item.publishers().forEach(m -> e.add(doc, DCTerms.publisher, uris.ministry(m)));
        topic.ifPresent(t -> e.add(doc, DCTerms.subject, t));
        amounts(item.amounts(), Optional.of(doc), e);
        return doc;
    }

    private void amounts(List<StatedAmount> amounts, Optional<Node> statedIn, Emitter e) {
        Map<String, Integer> seen = new HashMap<>();
        for (StatedAmount a : amounts) {
            Amount m = a.mention();
            AmountContext c = a.context();
            String key = c.sentence() + "\n" + m.text();
            int occurrence = seen.merge(key, 1, Integer::sum);
            Node holder = statedIn.orElse(e.graph);
            Node node = uris.amount(holder, c.sentence(), m.text() + "#" + m.value().toPlainString(), occurrence);
            e.add(node, RDF.type, PL.BudgetAmount);
            e.add(node, RDF.type, SchemaDO.MonetaryAmount);
            e.add(node, SchemaDO.value, typed(canonicalDecimal(m.value()), XSDDatatype.XSDdecimal));
            e.add(node, SchemaDO.currency, plain(m.currency()));
            e.add(node, PL.amountText, plain(m.text()));
            e.add(node, PL.sentence, lang(c.sentence(), a.lang()));
            statedIn.ifPresent(doc -> e.add(node, PL.statedIn, doc));
            c.year().ifPresent(y -> e.add(node, PL.year, typed(y.toString(), XSDDatatype.XSDgYear)));
            flag(e, node, PL.annual, c.annual());
            flag(e, node, PL.approximate, c.approximate());
            flag(e, node, PL.increase, c.increase());
            flag(e, node, PL.decrease, c.decrease());
            c.bound().ifPresent(b -> e.add(node, PL.bound, b == Amount.Bound.LOWER ? PL.LowerBound : PL.UpperBound));
        }
    }

    private static void flag(Emitter e, Node node, org.apache.jena.rdf.model.Property p, boolean value) {
        if (value) {
            e.add(node, p, typed("true", XSDDatatype.XSDboolean));
        }
    }

    /**
     * The canonical lexical form of an xsd:decimal ("280000000.0"), the form TDB2 gives back, so that the converter's
     * output, the store and the dumps agree byte for byte.
     */
    static String canonicalDecimal(java.math.BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** An RFC 6920 name for the exact bytes of a snapshot that has no known URL. */
    private static String hashName(PageSnapshot page) {
        byte[] digest = HexFormat.of().parseHex(page.sha256());
        return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static Node dateTime(String retrieved) {
        String lexical = retrieved.length() == 10 ? retrieved + "T00:00:00Z" : retrieved;
        return typed(lexical, XSDDatatype.XSDdateTime);
    }

    private static Node lang(String text, Lang lang) {
        return NodeFactory.createLiteralLang(text, lang.tag());
    }

    private static Node plain(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node typed(String lexical, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    /** Sends triples into one graph of the output stream. */
    private static final class Emitter {
        private final Node graph;
        private final StreamRDF out;

        Emitter(Node graph, StreamRDF out) {
            this.graph = graph;
            this.out = out;
        }

        void add(Node s, org.apache.jena.rdf.model.Property p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }

        void add(Node s, org.apache.jena.rdf.model.Property p, Resource o) {
            add(s, p, o.asNode());
        }
    }
}
