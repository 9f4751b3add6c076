package no.policylod.serve.ld;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /doc/...}: the description of the resource {@code /id/...}, negotiated among {@link Format#OFFERS}, with
 * suffix ({@code .ttl}) and {@code ?format=} forms, inbound links paged with {@code ?page=N}.
 *
 * <pre>
 * GET /doc/doc/x            Accept: text/turtle   -&gt;  200 text/turtle, Content-Location: /doc/doc/x.ttl
 * GET /doc/topic/id1?page=2                       -&gt;  200 text/html, Link: &lt;...?page=3&gt;; rel="next"
 * </pre>
 */
final class DocServlet extends LinkedDataServlet {

    DocServlet(Site site) {
        super(site);
    }

    @Override
    protected Reply answer(HttpServletRequest request, Target target) {
        Format format = Negotiation.format(target.suffix(), request.getParameter("format"),
                request.getHeader("Accept"));
        int page = Negotiation.page(request.getParameter("page"));
        Node resource = NodeFactory.createURI(site.space().iri(target));
        if (!site.describer().exists(resource)) {
            throw BadRequest.notFound("No resource " + resource.getURI() + " is described here.");
        }
        Description d = site.describer().describe(resource, page);
        Representations forms = new Representations(site, target, request.getParameter("format"), page);
        return forms.reply(format, body(request, d, format, forms), modified(d), d.moreInbound());
    }

    private byte[] body(HttpServletRequest request, Description d, Format format, Representations forms) {
        if (format.isRdf()) {
            return RdfBytes.write(d.toGraph(forms.documentIri()), site.prefixes(), format);
        }
        ReaderLanguage reader = ReaderLanguage.of(request.getHeader("Accept-Language"));
        ResourceView view = new ResourceViews(site.space(), site.names(), site.prefixes(), reader,
                forms.target().prefix(), ResourceViews.labelTriples(d))
                .of(d, forms.pager(d.moreInbound()), forms.formatLinks(), List.of());
        return site.templates().render("ld/resource.peb", view.context());
    }

    private Instant modified(Description d) {
        return d.newest().orElse(site.fallbackModified());
    }
}
