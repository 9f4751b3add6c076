package no.policylod.serve.release;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.Releases;
import no.policylod.serve.ReadServlet;
import no.policylod.serve.http.Reply;

/**
 * {@code /dumps/releases/latest/FILE}: {@code 302 Found} to the same file in the latest release, read from the
 * pointer file on each request, so the alias moves as soon as a release is made; never cached.
 *
 * <pre>
 * GET /dumps/releases/latest/policy-lod.ttl  -&gt;  302 Location: /dumps/releases/2026-12-03.1/policy-lod.ttl
 * </pre>
 */
final class LatestServlet extends ReadServlet {

    private static final long serialVersionUID = 1L;

    private final transient Path dumps;

    LatestServlet(Path dumps) {
        this.dumps = dumps;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        Optional<String> latest = Releases.latestName(dumps);
        String rest = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Reply reply = latest.isEmpty()
                ? Reply.error(404, "No release yet: policy-lod publish makes one.")
                : Reply.redirect(302, request.getContextPath() + ReleaseLayout.RELEASES_PATH + latest.get() + rest)
                        .header("Cache-Control", "no-cache");
        reply.send(request, response, withBody);
    }
}
