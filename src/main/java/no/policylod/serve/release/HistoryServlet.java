package no.policylod.serve.release;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.policylod.config.Json;
import no.policylod.format.Format;
import no.policylod.serve.ReadServlet;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.RdfBytes;
import no.policylod.serve.http.Reply;
import no.policylod.release.History;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.shared.PrefixMapping;
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
 * ({@link History#at}), in any RDF format of {@link Format} by {@code Accept}, with {@code Link: <snapshot>; rel="via"}
 * naming the snapshot graph they come from; 404 when no snapshot is that old. A bad {@code uri} or {@code at} is a
 * 400 saying what to write.
 */
final class HistoryServlet extends ReadServlet {

    private static final long serialVersionUID = 1L;

    private final transient Dataset dataset;
    private final transient PrefixMapping prefixes;

    HistoryServlet(Dataset dataset, PrefixMapping prefixes) {
        this.dataset = dataset;
        this.prefixes = prefixes;
    }

    @Override
    protected void serve(HttpServletRequest req, HttpServletResponse resp, boolean withBody) throws IOException {
        reply(req).send(req, resp, withBody);
    }

    private Reply reply(HttpServletRequest req) throws IOException {
        Node resource;
        LocalDate at;
        try {
            resource = resource(req.getParameter("uri"));
            at = req.getParameter("at") == null ? null : History.parseDate(req.getParameter("at"));
        } catch (IllegalArgumentException e) {
            return Reply.error(400, e.getMessage());
        }
        List<History.State> states = History.of(dataset, resource);
        return at == null ? json(states) : asOf(req, History.at(states, at), resource, at);
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

    private Reply asOf(HttpServletRequest req, Optional<History.State> state, Node resource, LocalDate at) {
        if (state.isEmpty()) {
            return Reply.error(404, "no snapshot describes " + resource.getURI() + " on or before " + at)
                    .header("Vary", "Accept");
        }
        Optional<Format> format = ConNeg.format(req.getHeader("Accept"), Format.rdf());
        if (format.isEmpty()) {
            return Reply.error(406, "available as " + String.join(", ", Format.rdf().stream()
                    .map(Format::mediaType).toList())).header("Vary", "Accept");
        }
        byte[] body = RdfBytes.write(state.get().graph(), prefixes, format.get());
        return Reply.ok(format.get().contentType(), body, null).header("Vary", "Accept")
                .header("Link", "<" + state.get().snapshot().getURI() + ">; rel=\"via\"");
    }

    private static Reply json(List<History.State> states) throws IOException {
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
        return Reply.ok("application/json", bytes, null);
    }

    private static void lines(ArrayNode array, List<Triple> triples) {
        triples.forEach(t -> array.add(NodeFmtLib.str(t)));
    }
}
