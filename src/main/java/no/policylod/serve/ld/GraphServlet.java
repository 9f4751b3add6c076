package no.policylod.serve.ld;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import no.policylod.format.Format;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.RdfBytes;
import no.policylod.serve.http.Reply;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import no.policylod.serve.PageLanguage;

/**
 * {@code /graph/...}: a named graph (a page snapshot, or a reference graph). Its name is a URI too: as HTML it is
 * described like any resource (for a snapshot: source, time, file, the document it records) with the resources in
 * it; as RDF it is the graph's content, sorted, like a Graph Store Protocol read.
 *
 * <pre>
 * GET /graph/snapshot/16644e5863eb9ec0       Accept: text/html     -&gt;  the snapshot described
 * GET /graph/snapshot/16644e5863eb9ec0.ttl                         -&gt;  the triples read from that page
 * </pre>
 */
final class GraphServlet extends LinkedDataServlet {

    GraphServlet(LdContext site) {
        super(site);
    }

    @Override
    protected Reply answer(HttpServletRequest request, Target target) {
        Format format = ConNeg.format(target.suffix(), request.getParameter("format"),
                request.getHeader("Accept"), LinkedDataServlet.OFFERED);
        int page = Negotiation.page(request.getParameter("page"));
        Node graph = NodeFactory.createURI(site.space().iri(target));
        if (!site.describer().graphExists(graph)) {
            throw BadRequest.notFound("No graph " + graph.getURI() + " is published here.");
        }
        Description d = site.describer().describe(graph, page);
        Representations forms = new Representations(site, target, request.getParameter("format"), page);
        byte[] body = format.isRdf()
                ? RdfBytes.write(site.describer().graphContent(graph), site.prefixes(), format)
                : html(request, d, forms);
        return forms.reply(format, body, d.newest().orElse(site.fallbackModified()), d.moreInbound());
    }

    private byte[] html(HttpServletRequest request, Description d, Representations forms) {
        Describer.GraphSubjects contents = site.describer().graphSubjects(d.resource());
        PageLanguage page = PageLanguage.of(request).at(forms.target().genericPath(), forms.query(forms.page()));
        List<Node> others = contents.subjects().stream().filter(s -> !s.equals(d.resource())).toList();
        ResourceViews views = ResourceViews.forPage(site, d, page.language(), forms.target().prefix(), others);
        ResourceView view = views.of(d, forms.pager(d.moreInbound()), forms.formatLinks(), views.values(others),
                Map.of());
        return site.templates().render("ld/resource.peb", view.context(), page);
    }
}
