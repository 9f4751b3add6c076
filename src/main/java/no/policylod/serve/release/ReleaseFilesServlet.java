package no.policylod.serve.release;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.Releases;
import no.policylod.serve.StaticFiles;

/**
 * The release folders under {@code /dumps/releases/}, served as files by Jetty's resource servlet (ETag,
 * {@code Content-Length}, byte ranges, no listings) with the RDF media types Jetty lacks, and the {@code latest}
 * alias: {@code /dumps/releases/latest/FILE} answers {@code 302 Found} with the latest release's URL, read from the
 * pointer file {@code releases/latest.txt} on each request, so the alias moves as soon as a release is made. Hidden
 * entries (a release being written) are not served.
 *
 * <pre>
 * builder.servlet("/dumps/releases/*", new ReleaseFilesServlet(Path.of("dumps")));
 * </pre>
 */
final class ReleaseFilesServlet extends StaticFiles {

    private static final long serialVersionUID = 1L;
    private static final String LATEST = "/" + ReleaseLayout.LATEST;

    private final transient Path dumps;

    ReleaseFilesServlet(Path dumps) {
        super(baseOf(ReleaseLayout.releases(dumps)));
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.equals(LATEST) || path.startsWith(LATEST + "/")) {
            redirectToLatest(req, resp, path.substring(LATEST.length()));
        } else if (path.contains("/.")) {
            FileServlet.plain(resp, HttpServletResponse.SC_NOT_FOUND, "no such file");
        } else {
            super.doGet(req, resp);
        }
    }

    private void redirectToLatest(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        Optional<String> latest = Releases.latestName(dumps);
        if (latest.isEmpty()) {
            FileServlet.plain(resp, HttpServletResponse.SC_NOT_FOUND, "no release yet: run policy-lod publish");
            return;
        }
        String base = req.getContextPath() + req.getServletPath();
        resp.setHeader("Cache-Control", "no-cache");
        resp.setStatus(HttpServletResponse.SC_FOUND);
        resp.setHeader("Location", base + "/" + latest.get() + (rest.isEmpty() ? "/" : rest));
    }
}
