package no.policylod.serve.ld;

import no.policylod.format.Format;
import no.policylod.serve.ReadServlet;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.MediaType;
import no.policylod.serve.http.Reply;
import org.apache.jena.query.QueryCancelledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import no.policylod.serve.Messages;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.ReadServlet;

/**
 * The common part of the linked-data servlets: GET and HEAD answered the same way (HEAD without body), the
 * request's target found in the URI space, every {@link BadRequest} turned into a 4xx page whose body is HTML
 * (in the reader's language, {@link PageLanguage}) or plain text as the client prefers, and a language chosen with
 * {@code ?lang=} remembered in the {@code lang} cookie.
 *
 * <pre>
 * final class DocServlet extends LinkedDataServlet {
 *     protected Reply answer(HttpServletRequest request, Target target) { ... }
 * }
 * </pre>
 */
abstract class LinkedDataServlet extends ReadServlet {

    /** Every format a description is served in. */
    static final List<Format> OFFERED = Format.describing();

    private static final List<MediaType> ERROR_OFFERS = List.of(MediaType.of(Format.HTML.mediaType()),
            MediaType.of("text/plain"));
    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 404, "Not found",
            406, "Not acceptable", 500, "Server error", 503, "Service unavailable");
    /** The statuses whose error pages have a title of their own ({@code error.title.404}); others are "error". */
    static final List<Integer> TITLED = List.of(400, 404, 406, 500, 503);
    private static final Logger LOG = LoggerFactory.getLogger(LinkedDataServlet.class);

    protected final transient LdContext site;

    LinkedDataServlet(LdContext site) {
        this.site = site;
    }

    /** The reply to a GET (or HEAD) of a target this servlet is registered for. */
    protected abstract Reply answer(HttpServletRequest request, Target target);


    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        Reply reply;
        try {
            reply = answer(request, target(request));
        } catch (BadRequest e) {
            reply = error(request, e.status(), e.getMessage());
        } catch (QueryCancelledException e) {
            reply = error(request, 503, "The store took too long to answer; try again, or ask a narrower question "
                    + "at the SPARQL endpoint.");
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            reply = error(request, 500, "Something went wrong on the server while answering this request; "
                    + "it has been logged.");
        }
        PageLanguage page = PageLanguage.of(request);
        if (page.setCookie() != null) {
            reply = reply.header("Set-Cookie", page.setCookie());
        }
        reply.send(request, response, withBody);
    }

    private Target target(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return site.space().target(path).orElseThrow(() -> BadRequest.notFound("Nothing is published at "
                + path + "."));
    }

    /** An error reply: HTML for clients that prefer it, plain text for the rest. */
    Reply error(HttpServletRequest request, int status, String message) {
        boolean html = ConNeg.choose(request.getHeader("Accept"), ERROR_OFFERS)
                .filter(MediaType.of(Format.HTML.mediaType())::equals).isPresent();
        String title = TITLES.getOrDefault(status, "Error");
        PageLanguage page = PageLanguage.of(request);
        Reply reply = html
                ? Reply.page(status, site.templates().render("ld/error.peb", Map.of(
                        "status", status, "title", Messages.of(page.language()).text("error.title."
                                + (TITLED.contains(status) ? status : "other")), "message", message,
                        "base", site.space().base()), page))
                : Reply.of(status, "text/plain;charset=utf-8", Reply.utf8(status + " " + title + "\n\n" + message
                        + "\n\nDescriptions of resources are at /doc/... (HTML, ?format=ttl|jsonld|nt|rdf);"
                        + " the SPARQL endpoint is /sparql.\n"));
        return reply.header("Vary", html ? "Accept, " + PageLanguage.VARY : "Accept")
                .withHeader("Cache-Control", "no-cache");
    }
}
