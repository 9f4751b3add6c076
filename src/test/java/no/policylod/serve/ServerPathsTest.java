package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The URL layout as a pure function: aliases, redirects, where POST is allowed. */
class ServerPathsTest {

    @Test
    void aliasesMapToRealEndpoints() {
        assertEquals("/policy-lod/sparql", ServerPaths.canonical("/sparql"));
        assertEquals("/$/ping", ServerPaths.canonical("/ui/$/ping"));
        assertEquals("/$/stats/policy-lod", ServerPaths.canonical("/ui/$/stats/policy-lod"));
        assertEquals("/policy-lod/sparql", ServerPaths.canonical("/ui/policy-lod/sparql"));
        assertEquals("/policy-lod", ServerPaths.canonical("/ui/policy-lod"));
    }

    @Test
    void otherPathsAreLeftAlone() {
        assertEquals("/ui/static/index.js", ServerPaths.canonical("/ui/static/index.js"));
        assertEquals("/ui/policy-lodx", ServerPaths.canonical("/ui/policy-lodx"));
        assertEquals("/dumps/a.trig", ServerPaths.canonical("/dumps/a.trig"));
        assertEquals("/sparql/", ServerPaths.canonical("/sparql/"));
    }

    @Test
    void bareUiRedirectsAndTheRootIsTheLandingPage() {
        assertFalse(ServerPaths.redirectsToUi("/"));
        assertTrue(ServerPaths.redirectsToUi("/ui"));
        assertFalse(ServerPaths.redirectsToUi("/ui/"));
    }

    @Test
    void postOnlyOnQueryEndpoints() {
        assertTrue(ServerPaths.acceptsPost(ServerPaths.canonical("/sparql")));
        assertTrue(ServerPaths.acceptsPost("/policy-lod/query"));
        assertTrue(ServerPaths.acceptsPost("/policy-lod"));
        assertFalse(ServerPaths.acceptsPost("/policy-lod/get"));
        assertFalse(ServerPaths.acceptsPost("/policy-lod/update"));
        assertFalse(ServerPaths.acceptsPost("/$/server"));
        assertFalse(ServerPaths.acceptsPost("/dumps/x"));
    }
}
