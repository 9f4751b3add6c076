package no.policylod.serve.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.config.Json;
import no.policylod.release.History;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A resource's history and the resource as of a date, for pages and scripts.
 *
 * <pre>
 * GET /history?uri=https://w3id.org/policy-lod/id/topic/id1111                  application/json: every state
 * GET /history?uri=https://w3id.org/policy-lod/id/topic/id1111&amp;at=2024-10-01    the triples as of that day
 * </pre>
 *
 * <p>With {@code at}, the answer is the resource's triples in the latest snapshot on or before that day
 * ({@link History#at}), as Turtle, N-Triples or JSON-LD by {@code Accept}, with {@code Link: <snapshot>; rel="via"}
 * naming the snapshot graph they come from; 404 when no snapshot is that old. A bad {@code uri} or {@code at} is a
 * 400 saying what to write.
 */
final class HistoryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The formats of a resource as of a date, by media type; the first is the default. */
    private static final java.util.Map<String, RDFFormat> FORMATS = orderedFormats();

    private final transient Dataset dataset;

    HistoryServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Node resource;
        LocalDate at;
        try {
            resource = resource(req.getParameter("uri"));
            at = req.getParameter("at") == null ? null : History.parseDate(req.getParameter("at"));
        } catch (IllegalArgumentException e) {
            FileServlet.plain(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        List<History.State> states = History.of(dataset, resource);
        if (at == null) {
            json(resp, states);
        } else {
            asOf(req, resp, History.at(states, at), resource, at);
        }
    }

    private static Node resource(String uri) {
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("give the resource: /history?uri=IRI[&at=YYYY-MM-DD]");
        }
        try {
            if (!URI.create(uri).isAbsolute()) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("uri=" + uri + " is not an absolute IRI");
        }
        return NodeFactory.createURI(uri);
    }

    private static void asOf(HttpServletRequest req, HttpServletResponse resp, Optional<History.State> state,
                             Node resource, LocalDate at) throws IOException {
        resp.setHeader("Vary", "Accept");
        if (state.isEmpty()) {
            FileServlet.plain(resp, HttpServletResponse.SC_NOT_FOUND, "no snapshot describes " + resource.getURI()
                    + " on or before " + at);
            return;
        }
        String type = FileServlet.negotiate(req.getHeader("Accept"), List.copyOf(FORMATS.keySet()));
        if (type == null) {
            FileServlet.plain(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "available as "
                    + String.join(", ", FORMATS.keySet()));
            return;
        }
        RDFFormat format = FORMATS.get(type);
        Graph graph = state.get().graph();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, format);
        resp.setHeader("Link", "<" + state.get().snapshot().getURI() + ">; rel=\"via\"");
        resp.setContentType(type + ";charset=utf-8");
        resp.setContentLength(out.size());
        resp.getOutputStream().write(out.toByteArray());
    }

    private static void json(HttpServletResponse resp, List<History.State> states) throws IOException {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (History.State s : states) {
            ObjectNode o = list.addObject();
            o.put("snapshot", s.snapshot().getURI());
            o.put("fileName", s.fileName());
            o.put("source", s.source() == null ? null : s.source().toString());
            o.put("time", s.time());
            o.put("timeBasis", s.basis().name());
            o.put("triples", s.triples().size());
            lines(o.putArray("added"), s.added());
            lines(o.putArray("removed"), s.removed());
        }
        byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(list)
                .getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json;charset=utf-8");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static java.util.Map<String, RDFFormat> orderedFormats() {
        java.util.Map<String, RDFFormat> m = new java.util.LinkedHashMap<>();
        m.put("text/turtle", RDFFormat.TURTLE);
        m.put("application/n-triples", RDFFormat.NTRIPLES_UTF8);
        m.put("application/ld+json", RDFFormat.JSONLD11);
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void lines(ArrayNode array, List<Triple> triples) {
        triples.forEach(t -> array.add(NodeFmtLib.str(t)));
    }
}
