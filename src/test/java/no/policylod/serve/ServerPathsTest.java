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
    }

    @Test
    void otherPathsAreLeftAlone() {
        assertEquals("/ui/$/ping", ServerPaths.canonical("/ui/$/ping"));
        assertEquals("/ui/policy-lod/sparql", ServerPaths.canonical("/ui/policy-lod/sparql"));
        assertEquals("/dumps/a.trig", ServerPaths.canonical("/dumps/a.trig"));
        assertEquals("/sparql/", ServerPaths.canonical("/sparql/"));
    }

    @Test
    void theOldUiAddressMovedToTheEditorAndTheRootIsTheLandingPage() {
        assertFalse(ServerPaths.movedToEditor("/"));
        assertTrue(ServerPaths.movedToEditor("/ui"));
        assertTrue(ServerPaths.movedToEditor("/ui/"));
        assertFalse(ServerPaths.movedToEditor("/ui/$/server"));
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
