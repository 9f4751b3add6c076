package no.policylod.serve.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

import no.policylod.serve.Messages;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.ReadServlet;
import no.policylod.serve.ReaderLanguage;
import no.policylod.serve.Templates;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.FileServlet;
import no.policylod.serve.http.Reply;
import no.policylod.serve.http.MediaType;

/**
 * A page of the change feed, for people and for feed readers alike: the Atom document to clients that ask for
 * Atom (or XML, or anything), an HTML page in the site's layout and the reader's language to those that prefer
 * {@code text/html}, as browsers do.
 *
 * <pre>
 * GET /feed.atom   Accept: application/atom+xml                     -&gt;  the Atom XML, as written
 * GET /feed.atom   Accept: text/html,application/xml;q=0.9,*&#47;*;q=0.8  -&gt;  the releases as a page
 * GET /feed.atom?format=atom | ?format=html                        -&gt;  the one asked for, whatever Accept says
 * </pre>
 *
 * <p>Atom is offered first, so a missing {@code Accept} or {@code *&#47;*} gets the feed. The page lists each release
 * with its numbers, downloads and changed resources (named by their labels, linked to their pages here) and links
 * the older and newer archive pages. Both forms say {@code Vary: Accept}; the page also varies by language.
 */
final class FeedPage extends ReadServlet {

    private static final long serialVersionUID = 1L;
    private static final MediaType ATOM = MediaType.of("application/atom+xml");
    private static final MediaType HTML = MediaType.of("text/html");
    private static final List<MediaType> OFFERS = List.of(ATOM, HTML);
    private static final String LABELS = """
            SELECT ?s ?p ?o {
              VALUES ?s { %s }
              VALUES ?p { <http://www.w3.org/2004/02/skos/core#prefLabel> <http://purl.org/dc/terms/title>
                          <http://www.w3.org/2000/01/rdf-schema#label>
                          <https://w3id.org/policy-lod/ontology#amountText>
                          <http://www.w3.org/ns/prov#wasDerivedFrom> <http://www.w3.org/ns/prov#generatedAtTime>
                          <https://w3id.org/policy-lod/ontology#fileName> }
              ?s ?p ?o }""";

    private final transient FileServlet atom;
    private final transient Function<HttpServletRequest, Path> file;
    private final transient Path dumps;
    private final transient Dataset dataset;
    private final transient Templates templates = new Templates();

    /**
     * @param atom    the servlet that sends the Atom document
     * @param file    the Atom document a request is for, or null for none
     * @param dumps   the dumps folder, where the releases' manifests are
     * @param dataset the store, for the names of changed resources
     */
    FeedPage(FileServlet atom, Function<HttpServletRequest, Path> file, Path dumps, Dataset dataset) {
        this.atom = atom;
        this.file = file;
        this.dumps = dumps;
        this.dataset = dataset;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        if (!wantsHtml(request.getParameter("format"), request.getHeader("Accept"))) {
            response.setHeader("Vary", "Accept");
            try {
                atom.service(request, response);
            } catch (jakarta.servlet.ServletException e) {
                throw new IOException(e);
            }
            return;
        }
        PageLanguage page = PageLanguage.of(request);
        Path feed = file.apply(request);
        boolean found = feed != null && Files.isRegularFile(feed);
        Map<String, Object> model = new HashMap<>();
        if (found) {
            FeedView view = FeedView.read(feed, dumps);
            model.put("feed", view);
            model.put("names", names(view, page.language()));
        }
        byte[] html = templates.render("release/feed.peb", model, page);
        Reply reply = (found ? Reply.page(html, null).withHeader("Cache-Control", "no-cache") : Reply.page(404, html))
                .header("Vary", "Accept");
        reply = page.onPage(reply);
        reply.send(request, response, withBody);
    }

    /** Whether a request gets the page: {@code ?format=html}, or an {@code Accept} that prefers HTML to Atom. */
    static boolean wantsHtml(String format, String accept) {
        if ("html".equals(format) || "atom".equals(format)) {
            return "html".equals(format);
        }
        return ConNeg.choose(accept, OFFERS).filter(HTML::equals).isPresent();
    }

    /**
     * The names of the changed resources the page lists, by IRI: their labels in the reader's languages, amounts by
     * their text, snapshots by source and day.
     */
    private Map<String, Name> names(FeedView feed, ReaderLanguage reader) {
        Set<String> iris = new LinkedHashSet<>();
        feed.entries().forEach(e -> iris.addAll(e.changed()));
        Map<String, List<QuerySolution>> facts = new HashMap<>();
        List<String> all = new ArrayList<>(iris);
        for (int from = 0; from < all.size(); from += 500) {
            for (QuerySolution row : select(all.subList(from, Math.min(all.size(), from + 500)))) {
                facts.computeIfAbsent(row.getResource("s").getURI(), k -> new ArrayList<>()).add(row);
            }
        }
        Map<String, Name> names = new HashMap<>();
        for (String iri : iris) {
            names.put(iri, name(iri, facts.getOrDefault(iri, List.of()), feed.base(), reader));
        }
        return names;
    }

    private List<QuerySolution> select(List<String> iris) {
        String values = String.join(" ", iris.stream().filter(i -> i.matches("[^<>\"{}|^`\\\\\\s]+"))
                .map(i -> "<" + i + ">").toList());
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(LABELS.formatted(values)).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static Name name(String iri, List<QuerySolution> facts, String base, ReaderLanguage reader) {
        String href = iri.startsWith(base + "/id/") ? "/doc/" + iri.substring(base.length() + 4)
                : iri.startsWith(base + "/graph/") ? iri.substring(base.length()) : null;
        List<String> order = reader.labelOrder();
        QuerySolution label = facts.stream().filter(r -> r.get("o").isLiteral()
                        && !r.getResource("p").getLocalName().matches("amountText|wasDerivedFrom|generatedAtTime|fileName"))
                .min(Comparator.comparingInt((QuerySolution r) -> rank(order, r.getLiteral("o").getLanguage())))
                .orElse(null);
        if (label != null) {
            return new Name(label.getLiteral("o").getLexicalForm(), label.getLiteral("o").getLanguage(), href);
        }
        String amount = value(facts, "amountText");
        if (amount != null) {
            return new Name(amount, "", href);
        }
        String source = value(facts, "wasDerivedFrom");
        if (source != null) {
            return new Name(Messages.of(reader).snapshot(source, value(facts, "generatedAtTime"),
                    value(facts, "fileName")), "", href);
        }
        return new Name(iri, "", href);
    }

    private static String value(List<QuerySolution> facts, String property) {
        return facts.stream().filter(r -> r.getResource("p").getLocalName().equals(property)).findFirst()
                .map(r -> r.get("o").isLiteral() ? r.getLiteral("o").getLexicalForm() : r.getResource("o").getURI())
                .orElse(null);
    }

    private static int rank(List<String> order, String lang) {
        int i = order.indexOf(lang.toLowerCase(java.util.Locale.ROOT));
        return i >= 0 ? i : lang.isEmpty() ? order.size() : order.size() + 1;
    }

    /** What a changed resource is called, in which language, and its page here (or null). */
    record Name(String text, String lang, String href) {
    }
}
