package no.policylod.serve.ld;

import jakarta.servlet.http.HttpServletRequest;

import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.Reply;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code /id/...}: a resource URI names a thing, not a page, so it answers {@code 303 See Other} to the generic
 * description {@code /doc/...} (same path), which then negotiates; the query string ({@code ?format=}) is kept.
 *
 * <pre>
 * GET /id/doc/meld-st-37-2014-2015   -&gt;  303, Location: /doc/doc/meld-st-37-2014-2015, Vary: Accept
 * GET /id/doc/unknown                -&gt;  404
 * </pre>
 */
final class IdServlet extends LinkedDataServlet {

    IdServlet(LdContext site) {
        super(site);
    }

    @Override
    protected Reply answer(HttpServletRequest request, Target target) {
        String iri = site.space().iri(target);
        if (!site.describer().exists(NodeFactory.createURI(iri))) {
            throw BadRequest.notFound("No resource " + iri + " is described here.");
        }
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        String location = target.genericPath() + query;
        return Reply.of(303, "text/plain;charset=utf-8", Reply.utf8("See " + location + "\n"))
                .header("Location", location)
                .header("Vary", "Accept")
                .header("Link", "<" + target.genericPath() + ">; rel=\"describedby\"")
                .header("Cache-Control", Reply.CACHE_CONTROL);
    }
}
