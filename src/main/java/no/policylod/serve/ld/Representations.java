package no.policylod.serve.ld;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.policylod.format.Format;
import no.policylod.serve.http.Reply;

import no.policylod.serve.PageLanguage;

/**
 * The URLs of one description's representations and pages, and the headers that name them: {@code Vary},
 * {@code Content-Location}, {@code Link} (every alternate, and {@code next}/{@code prev} pages). Every URL keeps
 * the day asked for ({@code ?at=}) and the page.
 *
 * <pre>
 * Representations forms = new Representations(site, target, request.getParameter("format"), 2);
 * forms.contentLocation(Format.TURTLE);   // "/doc/topic/id1.ttl?page=2"
 * forms.pageUrl(3);                       // in the form the client used: suffix, ?format= or generic
 * new Representations(site, target, null, 1, LocalDate.parse("2024-10-01")).contentLocation(Format.TURTLE);
 *                                         // "/doc/topic/id1.ttl?at=2024-10-01"
 * </pre>
 *
 * @param formatParameter the request's {@code ?format=} value, or null
 * @param page            the page of inbound links shown, from 1
 * @param at              the day the description is as of ({@code ?at=}), or null for the current one
 */
record Representations(LdContext site, Target target, String formatParameter, int page, LocalDate at) {

    /** The representations of the current description. */
    Representations(LdContext site, Target target, String formatParameter, int page) {
        this(site, target, formatParameter, page, null);
    }

    /** The query naming the day and a page: {@code ?at=2024-10-01}, {@code ?page=2}, both, or nothing. */
    String query(int forPage) {
        List<String> parts = new ArrayList<>();
        if (at != null) {
            parts.add("at=" + at);
        }
        if (forPage > 1) {
            parts.add("page=" + forPage);
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** Where this one representation lives. */
    String contentLocation(Format format) {
        return target.pathOf(format) + query(page);
    }

    /** The URL of another page, in the form the client asked for this one. */
    String pageUrl(int other) {
        if (target.suffix() != null) {
            return target.pathOf(target.suffix()) + query(other);
        }
        String query = query(other);
        if (formatParameter != null) {
            return target.genericPath() + "?format=" + formatParameter + query.replaceFirst("^\\?", "&");
        }
        return target.genericPath() + query;
    }

    /** The generic URL of the description as of a day: {@code /doc/topic/id1?at=2024-10-01}. */
    String atUrl(LocalDate day) {
        return target.genericPath() + "?at=" + day;
    }

    /** The IRI of this description document in the published URI space: {@code {base}/doc/...}. */
    String documentIri() {
        return site.space().base() + Target.Kind.DOC.path("") + target.rest() + query(page);
    }

    ResourceView.Pager pager(boolean more) {
        return new ResourceView.Pager(page, page > 1 ? pageUrl(page - 1) : null, more ? pageUrl(page + 1) : null);
    }

    List<ResourceView.FormatLink> formatLinks() {
        return site.formatLinks(target, Format.describing(), query(page));
    }

    /** A 200 reply for one representation, with every header naming the others. */
    Reply reply(Format format, byte[] body, Instant lastModified, boolean more) {
        Reply reply = (format == Format.HTML ? Reply.page(body, lastModified)
                : Reply.ok(format.contentType(), body, lastModified))
                .header("Vary", format == Format.HTML ? "Accept, " + PageLanguage.VARY : "Accept")
                .header("Content-Location", contentLocation(format));
        for (String link : site.alternates(target, Format.describing(), query(page))) {
            reply = reply.header("Link", link);
        }
        if (page > 1) {
            reply = reply.header("Link", "<" + pageUrl(page - 1) + ">; rel=\"prev\"");
        }
        return more ? reply.header("Link", "<" + pageUrl(page + 1) + ">; rel=\"next\"") : reply;
    }
}
