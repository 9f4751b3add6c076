package no.policylod.store;

import java.net.URI;

/**
 * A SPARQL store reached over HTTP: its Graph Store Protocol URL (where graphs are written), its SPARQL query URL
 * (where they are counted) and, when it asks for them, the credentials.
 *
 * <pre>
 * RemoteEndpoint fuseki = RemoteEndpoint.of(URI.create("http://host:3030/ds/data"), null, "loader", password);
 * fuseki.query();   // http://host:3030/ds/sparql
 * </pre>
 *
 * @param password null when {@code user} is null
 */
public record RemoteEndpoint(URI graphStore, URI query, String user, String password) {

    public RemoteEndpoint {
        if (!"http".equals(graphStore.getScheme()) && !"https".equals(graphStore.getScheme())) {
            throw new IllegalArgumentException("--endpoint " + graphStore + ": give an http or https URL");
        }
        if (graphStore.getRawQuery() != null || graphStore.getRawFragment() != null) {
            throw new IllegalArgumentException("--endpoint " + graphStore
                    + ": give the Graph Store URL without ?graph=, each graph is added to it");
        }
        if ((user == null) != (password == null)) {
            throw new IllegalArgumentException("a user needs a password and a password a user");
        }
    }

    /** The endpoint, with the query URL {@link #defaultQuery derived} from it unless given. */
    public static RemoteEndpoint of(URI graphStore, URI query, String user, String password) {
        return new RemoteEndpoint(graphStore, query == null ? defaultQuery(graphStore) : query, user, password);
    }

    /**
     * The usual query URL beside a Graph Store URL: Fuseki's {@code /ds/data} and Virtuoso's
     * {@code /sparql-graph-crud} and {@code /sparql-graph-crud-auth} have {@code sparql} beside them; any other URL
     * (a Fuseki dataset such as {@code /ds}) is taken to answer queries itself.
     */
    public static URI defaultQuery(URI graphStore) {
        String path = graphStore.getPath() == null ? "" : graphStore.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.equals("data") || last.startsWith("sparql-graph-crud")) {
            return graphStore.resolve("sparql");
        }
        return graphStore;
    }

    /** Whether credentials go with the requests. */
    public boolean authenticated() {
        return user != null;
    }

    /** The password is not shown, not even in a stack trace. */
    @Override
    public String toString() {
        return "RemoteEndpoint[" + graphStore + ", query " + query + (user == null ? "" : ", user " + user) + "]";
    }
}
