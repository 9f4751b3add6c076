package no.policylod.serve.site;

/**
 * Where a resource of this dataset is described on this server: {@code {base}/id/x} is shown at {@code /doc/x}.
 *
 * <pre>
 * new LocalLinks("https://w3id.org/policy-lod").page("https://w3id.org/policy-lod/id/doc/id2701821");
 * // "/doc/doc/id2701821"
 * </pre>
 */
record LocalLinks(String base) {

    /** The local page of an IRI minted under the base, or null for anything else. */
    String page(String iri) {
        String prefix = base + "/id/";
        if (iri == null || !iri.startsWith(prefix) || iri.length() == prefix.length()) {
            return null;
        }
        return "/doc/" + iri.substring(prefix.length());
    }

    /** The local page of an IRI when it has one, else the IRI itself. */
    String pageOrIri(String iri) {
        String page = page(iri);
        return page != null ? page : iri;
    }
}
