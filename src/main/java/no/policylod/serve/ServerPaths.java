package no.policylod.serve;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's URL layout, in one place.
 *
 * <pre>
 * ServerPaths.canonical("/sparql");                    // "/policy-lod/sparql"
 * ServerPaths.acceptsPost("/policy-lod/get");          // false
 * ServerPaths.movedToEditor("/ui/");                   // true: the old query UI's address leads to the editor
 * </pre>
 */
final class ServerPaths {

    /** The Fuseki dataset: query at {@code /sparql} and {@code /query}. */
    static final String DATASET = "/policy-lod";
    /** The short SPARQL endpoint, an alias of {@code /policy-lod/sparql}. */
    static final String SPARQL = "/sparql";
    /** The query editor (the site's own; Fuseki's UI offers data and admin operations this server has not). */
    static final String QUERY_EDITOR = "/query";
    /** The dump files. */
    static final String DUMPS = "/dumps/";

    /** The site's own files (the stylesheet), from {@link #STATIC_FOLDER} on the classpath. */
    public static final String STATIC = "/static/";

    /** Where the files served at {@link #STATIC} are on the classpath. */
    static final String STATIC_FOLDER = "policylod/static";
    /** Prefix of Fuseki's server information endpoints; only ping is served, for load balancers. */
    static final String INFO = "/$/";

    private static final Set<String> OLD_EDITOR = Set.of("/ui", "/ui/", "/ui/index.html");
    private static final Set<String> QUERY_PATHS = Set.of(DATASET, DATASET + "/sparql", DATASET + "/query");

    private ServerPaths() {
    }

    /** The request path within the server, without query string. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the path is where Fuseki's query UI used to be, now redirected to the query editor. */
    static boolean movedToEditor(String path) {
        return OLD_EDITOR.contains(path);
    }

    /** The endpoint a path stands for: itself, or the target of an alias. */
    static String canonical(String path) {
        if (path.equals(SPARQL)) {
            return DATASET + SPARQL;
        }
        return path;
    }

    /** Whether POST is allowed: only on the SPARQL query endpoints (after {@link #canonical}). */
    static boolean acceptsPost(String canonicalPath) {
        return QUERY_PATHS.contains(canonicalPath);
    }

}
