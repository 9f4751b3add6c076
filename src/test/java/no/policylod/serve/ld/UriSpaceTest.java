package no.policylod.serve.ld;

import no.policylod.serve.http.BadRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import no.policylod.format.Format;
import org.junit.jupiter.api.Test;

/** The mapping between request paths and IRIs, without a server. */
class UriSpaceTest {

    private final UriSpace space = UriSpace.of(URI.create("https://w3id.org/policy-lod"));

    private Target target(String path) {
        return space.target(path).orElseThrow();
    }

    @Test
    void idAndDocNameTheSameResource() {
        Target id = target("/id/doc/meld-st-37-2014-2015");
        Target doc = target("/doc/doc/meld-st-37-2014-2015");
        assertEquals(Target.Kind.ID, id.kind());
        assertEquals(Target.Kind.DOC, doc.kind());
        assertEquals("https://w3id.org/policy-lod/id/doc/meld-st-37-2014-2015", space.iri(id));
        assertEquals(space.iri(id), space.iri(doc));
        assertEquals("/doc/doc/meld-st-37-2014-2015", id.genericPath());
    }

    @Test
    void suffixesChooseAFormat() {
        Target t = target("/doc/topic/id1111.ttl");
        assertEquals(Format.TURTLE, t.suffix());
        assertEquals("https://w3id.org/policy-lod/id/topic/id1111", space.iri(t));
        assertEquals("/doc/topic/id1111.jsonld", t.pathOf(Format.JSON_LD));
        assertNull(target("/doc/doc/nb/2020-01-01/a-b").suffix());
        assertEquals(Format.RDF_XML, target("/graph/snapshot/abc.rdf").suffix());
    }

    @Test
    void theBasePathIsAcceptedAsPrefixAndKept() {
        Target t = target("/policy-lod/doc/doc/x.nt");
        assertEquals("/policy-lod", t.prefix());
        assertEquals("https://w3id.org/policy-lod/id/doc/x", space.iri(t));
        assertEquals("/policy-lod/doc/doc/x", t.genericPath());
        assertEquals("/policy-lod/doc/topic/id1", space.href("https://w3id.org/policy-lod/id/topic/id1", "/policy-lod"));
    }

    @Test
    void theOntologyIsFixedWhateverTheBase() {
        UriSpace other = UriSpace.of(URI.create("http://data.example.org"));
        Target t = other.target("/ontology.ttl").orElseThrow();
        assertEquals(Target.Kind.ONTOLOGY, t.kind());
        assertEquals("https://w3id.org/policy-lod/ontology", other.iri(t));
        assertEquals("/ontology#Topic", other.href("https://w3id.org/policy-lod/ontology#Topic", ""));
        assertEquals(Target.Kind.SHAPES, other.target("/policy-lod/shapes").orElseThrow().kind());
        assertEquals(Optional.empty(), other.target("/policy-lod/id/doc/x"));
        assertEquals("http://data.example.org/id/doc/x", other.iri(other.target("/id/doc/x").orElseThrow()));
    }

    @Test
    void hrefsAreLocalForOurIrisAndOnlyHttpOtherwise() {
        assertEquals("/doc/ministry/ud", space.href("https://w3id.org/policy-lod/id/ministry/ud", ""));
        assertEquals("/graph/snapshot/ab", space.href("https://w3id.org/policy-lod/graph/snapshot/ab", ""));
        assertEquals("https://www.regjeringen.no/x", space.href("https://www.regjeringen.no/x", ""));
        assertNull(space.href("ni:///sha-256;abc", ""));
        assertNull(space.href("javascript:alert(1)", ""));
    }

    @Test
    void nonAsciiIsDecoded() {
        assertEquals("https://w3id.org/policy-lod/id/doc/bl%C3%A5".replace("%C3%A5", "å"),
                space.iri(target("/id/doc/bl%C3%A5")));
    }

    @Test
    void malformedPathsAreBadRequests() {
        for (String path : List.of("/id/doc/%ZZ", "/id/doc/%", "/id/doc/../x", "/id/doc//x", "/id/doc/./x",
                "/id/doc/%2e%2e/x", "/id/doc/a%3Cb", "/id/doc/%FF", "/id/doc/a b", "/doc/doc/x/")) {
            BadRequest e = assertThrows(BadRequest.class, () -> space.target(path), path);
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains(path), e.getMessage());
        }
    }

    @Test
    void otherPathsAreNotOurs() {
        assertEquals(Optional.empty(), space.target("/sparql"));
        assertEquals(Optional.empty(), space.target("/identity/doc/x"));
        assertEquals(Optional.empty(), space.target("/ontologyx"));
    }
}
