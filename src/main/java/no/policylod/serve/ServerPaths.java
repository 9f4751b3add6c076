package no.policylod.serve;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The server's URL layout, in one place.
 *
 * <pre>
 * ServerPaths.canonical("/sparql");                    // "/policy-lod/sparql"
 * ServerPaths.canonical("/ui/$/ping");                 // "/$/ping"
 * ServerPaths.acceptsPost("/policy-lod/get");          // false
 * </pre>
 *
 * <p>The query UI computes every API URL relative to its own page, so when it is opened at {@code /ui/} it asks for
 * {@code /ui/$/server} and {@code /ui/policy-lod/sparql}; {@link #canonical} maps those back to the real endpoints.
 */
final class ServerPaths {

    /** The Fuseki dataset: query at {@code /sparql} and {@code /query}, Graph Store Protocol read at {@code /get}. */
    static final String DATASET = "/policy-lod";
    /** The short SPARQL endpoint, an alias of {@code /policy-lod/sparql}. */
    static final String SPARQL = "/sparql";
    /** Fuseki's query UI. */
    static final String UI = "/ui/";
    /** The dump files. */
    static final String DUMPS = "/dumps/";

    /** The site's own files (the stylesheet), from {@link #STATIC_FOLDER} on the classpath. */
    public static final String STATIC = "/static/";

    /** Where the files served at {@link #STATIC} are on the classpath. */
    static final String STATIC_FOLDER = "policylod/static";
    /** Prefix of Fuseki's server information endpoints (ping, server, stats). */
    static final String INFO = "/$/";

    private static final String UI_PREFIX = "/ui";
    private static final Set<String> QUERY_PATHS = Set.of(DATASET, DATASET + "/sparql", DATASET + "/query");

    private ServerPaths() {
    }

    /** The request path within the server, without query string. */
    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether the path should be redirected to the UI: {@code /ui} without its slash (the root is the landing page). */
    static boolean redirectsToUi(String path) {
        return path.equals(UI_PREFIX);
    }

    /** The endpoint a path stands for: itself, or the target of an alias. */
    static String canonical(String path) {
        if (path.equals(SPARQL)) {
            return DATASET + SPARQL;
        }
        if (isUiApiCall(path)) {
            return path.substring(UI_PREFIX.length());
        }
        return path;
    }

    /** Whether POST is allowed: only on the SPARQL query endpoints (after {@link #canonical}). */
    static boolean acceptsPost(String canonicalPath) {
        return QUERY_PATHS.contains(canonicalPath);
    }

    /** Whether a canonical path belongs to Fuseki's server information servlets. */
    static boolean isInfo(String canonicalPath) {
        return canonicalPath.startsWith(INFO);
    }

    private static boolean isUiApiCall(String path) {
        if (!path.startsWith(UI_PREFIX + "/")) {
            return false;
        }
        String rest = path.substring(UI_PREFIX.length());
        return rest.startsWith(INFO) || rest.equals(DATASET) || rest.startsWith(DATASET + "/");
    }
}
