package no.policylod.serve.ld;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The URLs of one description's representations and pages, and the headers that name them: {@code Vary},
 * {@code Content-Location}, {@code Link} (every alternate, and {@code next}/{@code prev} pages).
 *
 * <pre>
 * Representations forms = new Representations(site, target, request.getParameter("format"), 2);
 * forms.contentLocation(Format.TURTLE);   // "/doc/topic/id1.ttl?page=2"
 * forms.pageUrl(3);                       // in the form the client used: suffix, ?format= or generic
 * </pre>
 *
 * @param formatParameter the request's {@code ?format=} value, or null
 * @param page            the page of inbound links shown, from 1
 */
record Representations(Site site, Target target, String formatParameter, int page) {

    /** {@code ?page=N}, or nothing for page 1. */
    static String pageQuery(int page) {
        return page == 1 ? "" : "?page=" + page;
    }

    /** Where this one representation lives. */
    String contentLocation(Format format) {
        return target.pathOf(format) + pageQuery(page);
    }

    /** The URL of another page, in the form the client asked for this one. */
    String pageUrl(int other) {
        if (target.suffix() != null) {
            return target.pathOf(target.suffix()) + pageQuery(other);
        }
        if (formatParameter != null) {
            return target.genericPath() + "?format=" + formatParameter + (other == 1 ? "" : "&page=" + other);
        }
        return target.genericPath() + pageQuery(other);
    }

    /** The IRI of this description document in the published URI space: {@code {base}/doc/...}. */
    String documentIri() {
        return site.space().base() + Target.Kind.DOC.path("") + target.rest() + pageQuery(page);
    }

    ResourceView.Pager pager(boolean more) {
        return new ResourceView.Pager(page, page > 1 ? pageUrl(page - 1) : null, more ? pageUrl(page + 1) : null);
    }

    List<ResourceView.FormatLink> formatLinks() {
        return site.formatLinks(target, Arrays.asList(Format.values()), pageQuery(page));
    }

    /** A 200 reply for one representation, with every header naming the others. */
    Reply reply(Format format, byte[] body, Instant lastModified, boolean more) {
        Reply reply = Reply.ok(format.contentType(), body, lastModified)
                .header("Vary", format == Format.HTML ? "Accept, Accept-Language" : "Accept")
                .header("Content-Location", contentLocation(format));
        for (String link : site.alternates(target, Arrays.asList(Format.values()), pageQuery(page))) {
            reply = reply.header("Link", link);
        }
        if (page > 1) {
            reply = reply.header("Link", "<" + pageUrl(page - 1) + ">; rel=\"prev\"");
        }
        return more ? reply.header("Link", "<" + pageUrl(page + 1) + ">; rel=\"next\"") : reply;
    }
}
