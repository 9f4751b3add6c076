package no.policylod.serve.ld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import no.policylod.format.Format;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.RdfBytes;
import no.policylod.serve.http.Reply;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.policylod.release.History;
import no.policylod.serve.PageLanguage;

/**
 * {@code /doc/...}: the description of the resource {@code /id/...}, negotiated among {@link Format#OFFERS}, with
 * suffix ({@code .ttl}) and {@code ?format=} forms, inbound links paged with {@code ?page=N}; the HTML page lists
 * the snapshots the resource appears in and what changed between them. With {@code ?at=YYYY-MM-DD} it is the
 * resource as the latest snapshot on or before that day stated it ({@link History#at}), in every format, with
 * {@code Link: <the snapshot graph>; rel="via"}.
 *
 * <pre>
 * GET /doc/doc/x            Accept: text/turtle   -&gt;  200 text/turtle, Content-Location: /doc/doc/x.ttl
 * GET /doc/topic/id1?page=2                       -&gt;  200 text/html, Link: &lt;...?page=3&gt;; rel="next"
 * GET /doc/topic/id1.ttl?at=2024-10-01            -&gt;  200, Link: &lt;/graph/snapshot/...&gt;; rel="via"
 * GET /doc/topic/id1?at=2024-13-40                -&gt;  400; ?at=1999-01-01 before every snapshot: 404
 * </pre>
 */
final class DocServlet extends LinkedDataServlet {

    DocServlet(LdContext site) {
        super(site);
    }

    @Override
    protected Reply answer(HttpServletRequest request, Target target) {
        Optional<LocalDate> at = Negotiation.at(request.getParameter("at"));
        Format format = ConNeg.format(target.suffix(), request.getParameter("format"),
                request.getHeader("Accept"), LinkedDataServlet.OFFERED);
        int page = Negotiation.page(request.getParameter("page"));
        Node resource = NodeFactory.createURI(site.space().iri(target));
        if (!site.describer().exists(resource)) {
            throw BadRequest.notFound("No resource " + resource.getURI() + " is described here.");
        }
        return at.isPresent() ? asOf(request, target, format, resource, at.get())
                : current(request, target, format, resource, page);
    }

    private Reply current(HttpServletRequest request, Target target, Format format, Node resource, int page) {
        Description d = site.describer().describe(resource, page);
        Representations forms = new Representations(site, target, request.getParameter("format"), page);
        byte[] body = format.isRdf() ? RdfBytes.write(d.toGraph(forms.documentIri()), site.prefixes(), format)
                : html(request, d, forms, site.describer().history(resource), null);
        return forms.reply(format, body, modified(d), d.moreInbound());
    }

    /** The resource as of a day; inbound links and amounts are today's, so they are left out. */
    private Reply asOf(HttpServletRequest request, Target target, Format format, Node resource, LocalDate day) {
        List<History.State> states = site.describer().history(resource);
        History.State state = History.at(states, day)
                .orElseThrow(() -> BadRequest.notFound(noState(resource, day, states, target)));
        Description d = site.describer().asOf(resource, state);
        Representations forms = new Representations(site, target, request.getParameter("format"), 1, day);
        byte[] body = format.isRdf() ? RdfBytes.write(d.toGraph(forms.documentIri()), site.prefixes(), format)
                : html(request, d, forms, states, state);
        String via = site.space().href(state.snapshot().getURI(), target.prefix());
        return forms.reply(format, body, modified(d), false)
                .header("Link", "<" + (via == null ? state.snapshot().getURI() : via) + ">; rel=\"via\"");
    }

    private byte[] html(HttpServletRequest request, Description d, Representations forms,
                        List<History.State> states, History.State shown) {
        PageLanguage page = PageLanguage.of(request).at(forms.target().genericPath(), forms.query(forms.page()));
        ResourceViews views = ResourceViews.forPage(site, d, page.language(), forms.target().prefix(),
                HistoryViews.linked(states));
        HistoryView history = new HistoryViews(views, site, page.language(), forms).of(states, shown);
        ResourceView view = views.of(d, forms.pager(d.moreInbound()), forms.formatLinks(), List.of(),
                        shown == null ? site.describer().statedIn(d.resource()) : Map.of())
                .withHistory(history, HistoryViews.graphs(states));
        return site.templates().render("ld/resource.peb", view.context(), page);
    }

    private Instant modified(Description d) {
        return d.newest().orElse(site.fallbackModified());
    }

    /** Why nothing is known as of a day, and what to ask for instead. */
    private static String noState(Node resource, LocalDate day, List<History.State> states, Target target) {
        String current = "see the current description at " + target.genericPath() + ".";
        if (states.isEmpty()) {
            return "No page snapshot describes " + resource.getURI() + ", so there is no description of it as of "
                    + day + "; " + current;
        }
        History.State earliest = states.get(0);
        String file = earliest.fileName() == null ? earliest.snapshot().getURI() : earliest.fileName();
        return "No page snapshot describes " + resource.getURI() + " on or before " + day
                + ". The earliest that does is the snapshot of " + HistoryViews.timeText(earliest) + " (" + file
                + "): ask for ?at=" + earliest.date().map(Object::toString).orElse("YYYY-MM-DD")
                + " or later, or " + current;
    }
}
