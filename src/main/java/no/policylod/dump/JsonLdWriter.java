package no.policylod.dump;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Streams quads in canonical order as JSON-LD 1.1: one named-graph object per graph, one node object per subject,
 * every value an explicit {@code @id} or {@code @value} object, so that lexical forms survive exactly. IRIs are
 * shortened with the prefixes, which the context defines (inline, or in a context file the document refers to).
 * Nothing is held in memory beyond one subject.
 *
 * <pre>
 * JsonLdWriter.write(sortedQuads, prefixes, "context.jsonld", out);   // {"@context": "context.jsonld", ...}
 * JsonLdWriter.writeContext(prefixes, contextOut);                   // {"@context": {"pl": "https://...#", ...}}
 * JsonLdWriter.write(sortedQuads, prefixes, null, out);              // the context inline
 * </pre>
 */
public final class JsonLdWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final JsonGenerator json;
    private final Map<String, String> prefixes;
    private boolean started;
    private Node graph;
    private Node subject;
    private Node predicate;

    private JsonLdWriter(JsonGenerator json, PrefixMapping prefixes) {
        this.json = json;
        this.prefixes = new TreeMap<>(prefixes.getNsPrefixMap());
    }

    /**
     * Writes the quads, which must be in canonical order (graph, subject, predicate, object), as one JSON-LD document.
     *
     * @param contextUrl the URL of the context file to refer to, or null to put the context inline
     */
    public static void write(List<Quad> sortedQuads, PrefixMapping prefixes, String contextUrl, OutputStream out)
            throws IOException {
        JsonLdWriter writer = start(prefixes, contextUrl, out);
        for (Quad q : sortedQuads) {
            writer.add(q);
        }
        writer.finish();
    }

    /**
     * Starts a JSON-LD document for quads that will come one at a time ({@link #add}), in canonical order; {@link
     * #finish()} ends it. For a pass that writes several formats at once.
     */
    public static JsonLdWriter start(PrefixMapping prefixes, String contextUrl, OutputStream out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        JsonLdWriter writer = new JsonLdWriter(json, prefixes);
        json.writeStartObject();
        if (contextUrl == null) {
            writer.writeContextObject();
        } else {
            json.writeStringField("@context", contextUrl);
        }
        json.writeArrayFieldStart("@graph");
        return writer;
    }

    /** Ends the document and flushes it; the stream stays open. */
    public void finish() throws IOException {
        closeGraph();
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.close();
    }

    /** Writes the context document: the prefixes as JSON-LD terms. */
    public static void writeContext(PrefixMapping prefixes, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            new JsonLdWriter(json, prefixes).writeContextObject();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private void writeContextObject() throws IOException {
        json.writeObjectFieldStart("@context");
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            json.writeStringField(p.getKey(), p.getValue());
        }
        json.writeEndObject();
    }

    /** Adds the next quad; quads must come in canonical order. */
    public void add(Quad q) throws IOException {
        Node g = q.isDefaultGraph() ? null : q.getGraph();
        if (!started || !java.util.Objects.equals(g, graph)) {
            closeGraph();
            openGraph(g);
        }
        if (!q.getSubject().equals(subject)) {
            closeSubject();
            subject = q.getSubject();
            json.writeStartObject();
            json.writeStringField("@id", iri(subject));
        }
        if (!q.getPredicate().equals(predicate)) {
            closePredicate();
            predicate = q.getPredicate();
            json.writeArrayFieldStart(predicate.equals(RDF.Nodes.type) ? "@type" : iri(predicate));
        }
        writeValue(q.getObject());
    }

    /** Opens a named-graph object; the default graph's node objects go straight into the top-level array. */
    private void openGraph(Node g) throws IOException {
        started = true;
        graph = g;
        if (g != null) {
            json.writeStartObject();
            json.writeStringField("@id", iri(g));
            json.writeArrayFieldStart("@graph");
        }
    }

    /** Closes the open predicate, subject and named graph. */
    private void closeGraph() throws IOException {
        closeSubject();
        if (graph != null) {
            json.writeEndArray();
            json.writeEndObject();
        }
        graph = null;
    }

    private void closeSubject() throws IOException {
        closePredicate();
        if (subject != null) {
            json.writeEndObject();
        }
        subject = null;
    }

    private void closePredicate() throws IOException {
        if (predicate != null) {
            json.writeEndArray();
        }
        predicate = null;
    }

    private void writeValue(Node o) throws IOException {
        if (predicate.equals(RDF.Nodes.type)) {
            if (o.isLiteral()) {
                throw new IllegalArgumentException("rdf:type with a literal value cannot be written as JSON-LD @type: "
                        + o);
            }
            json.writeString(iri(o));
            return;
        }
        json.writeStartObject();
        if (!o.isLiteral()) {
            json.writeStringField("@id", iri(o));
        } else {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                json.writeStringField("@type", iri(o.getLiteralDatatypeURI()));
            }
        }
        json.writeEndObject();
    }

    private String iri(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : iri(n.getURI());
    }

    /** The IRI shortened with a prefix where one fits; a full IRI whose scheme is a prefix name is refused. */
    private String iri(String iri) {
        String best = null;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length() && !iri.startsWith("//", ns.length())
                    && (best == null || ns.length() > prefixes.get(best).length())) {
                best = p.getKey();
            }
        }
        if (best != null) {
            return best + ":" + iri.substring(prefixes.get(best).length());
        }
        int colon = iri.indexOf(':');
        if (colon > 0 && prefixes.containsKey(iri.substring(0, colon))) {
            throw new IllegalArgumentException("the IRI " + iri + " would read as a compact IRI: its scheme is a "
                    + "prefix of the JSON-LD context; rename the prefix");
        }
        return iri;
    }
}
