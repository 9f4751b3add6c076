package no.policylod.serve.sparql;

import java.io.IOException;

import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;

/**
 * Sends a complete answer: status 200, its type, its exact length, and the body unless the request is a HEAD.
 *
 * <pre>
 * Reply.ok(action, offer, buffer);
 * </pre>
 */
final class Reply {

    private Reply() {
    }

    static void ok(HttpAction action, Offer offer, CappedBuffer body) {
        ServletOps.success(action);
        action.setResponseContentType(offer.contentType());
        action.setResponseHeader(HttpNames.hVary, HttpNames.hAccept);
        action.setResponseContentLengthLong(body.size());
        if (isHead(action)) {
            return;
        }
        try {
            body.writeTo(action.getResponseOutputStream());
        } catch (IOException e) {
            IO.exception(e);
        }
    }

    static boolean isHead(HttpAction action) {
        return HttpNames.METHOD_HEAD.equals(action.getRequestMethod());
    }
}
