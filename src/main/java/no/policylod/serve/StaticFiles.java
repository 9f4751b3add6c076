package no.policylod.serve;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.ServletException;

import org.eclipse.jetty.ee10.servlet.ResourceServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Jetty's resource servlet, set up for read-only files under a path prefix: ETags, byte ranges, no directory
 * listings, no content negotiation of pre-compressed files (a {@code .gz} file is served as it is, as
 * {@code application/gzip}, without {@code Content-Encoding}).
 *
 * <pre>
 * fusekiBuilder.addServlet("/dumps/*", StaticFiles.folder(Path.of("dumps")));
 * fusekiBuilder.addServlet("/ui/*", StaticFiles.classpath("webapp"));
 * </pre>
 *
 * <p>Fuseki's builder takes servlet instances, not holders, so the init parameters are supplied by this class.
 */
final class StaticFiles extends ResourceServlet {

    /** File extensions Jetty and Fuseki do not map, with their media types. */
    private static final Map<String, String> EXTRA_MEDIA_TYPES = Map.ofEntries(
            Map.entry("sha256", "text/plain"),
            Map.entry("sha512", "text/plain"),
            Map.entry("md5", "text/plain"),
            Map.entry("ttl", "text/turtle"),
            Map.entry("trig", "application/trig"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("nq", "application/n-quads"),
            Map.entry("nt", "application/n-triples"),
            Map.entry("rdfp", "application/rdf-patch"),
            Map.entry("atom", "application/atom+xml"));

    private final Map<String, String> parameters;

    private StaticFiles(String baseResource) {
        this.parameters = Map.of(
                "baseResource", baseResource,
                "pathInfoOnly", "true",
                "dirAllowed", "false",
                "etags", "true",
                "acceptRanges", "true",
                "precompressed", "false",
                "redirectWelcome", "false");
    }

    /** The files of a folder. */
    static StaticFiles folder(Path folder) {
        return new StaticFiles(folder.toAbsolutePath().normalize().toUri().toString());
    }

    /** The files under a classpath folder, or null when that folder (found by its index.html) is missing. */
    static StaticFiles classpath(String folder) {
        URL index = StaticFiles.class.getClassLoader().getResource(folder + "/index.html");
        if (index == null) {
            return null;
        }
        String url = index.toString();
        return new StaticFiles(url.substring(0, url.length() - "index.html".length()));
    }

    String baseResource() {
        return parameters.get("baseResource");
    }

    @Override
    public String getInitParameter(String name) {
        String value = parameters.get(name);
        return value != null ? value : super.getInitParameter(name);
    }

    @Override
    public void init() throws ServletException {
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(getServletContext());
        EXTRA_MEDIA_TYPES.forEach(context.getMimeTypes()::addMimeMapping);
        super.init();
    }
}
