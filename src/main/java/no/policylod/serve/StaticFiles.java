package no.policylod.serve;

import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import no.policylod.dump.DumpFormat;

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
 * Subclasses (the release files) add their own routing in {@code doGet} and call {@code super.doGet} for files.
 */
public class StaticFiles extends ResourceServlet {

    private static final long serialVersionUID = 1L;

    /** What Jetty lacks: the RDF dump types (one table, {@link DumpFormat}) and the checksum files. */
    private static final Map<String, String> EXTRA_MEDIA_TYPES = extraMediaTypes();

    private final transient Map<String, String> parameters;

    /** Files under a base resource URL ({@code file:} folder or classpath folder), ending in a slash. */
    protected StaticFiles(String baseResource) {
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
    public static StaticFiles folder(Path folder) {
        return new StaticFiles(baseOf(folder));
    }

    /** The base resource URL of a folder. */
    protected static String baseOf(Path folder) {
        return folder.toAbsolutePath().normalize().toUri().toString();
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

    private static Map<String, String> extraMediaTypes() {
        Map<String, String> types = new java.util.HashMap<>(DumpFormat.MEDIA_TYPES_BY_EXTENSION);
        types.put("sha256", "text/plain");
        types.put("sha512", "text/plain");
        types.put("md5", "text/plain");
        return Map.copyOf(types);
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
    public final void init() throws ServletException {
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(getServletContext());
        EXTRA_MEDIA_TYPES.forEach(context.getMimeTypes()::addMimeMapping);
        super.init();
    }
}
