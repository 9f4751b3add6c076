package no.policylod.serve.ld;

import no.policylod.format.Format;
import no.policylod.serve.Templates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.shared.PrefixMapping;

/**
 * What every linked-data servlet shares: the URI space, the store reader, the templates, the names of properties,
 * the prefixes RDF is written with, and the Last-Modified of resources no snapshot dates.
 *
 * <pre>
 * LdContext site = new LdContext(space, describer, new Templates(), names, Namespaces.prefixes(base), fallback);
 * </pre>
 *
 * @param fallback the store's newest snapshot time, else the time the module was installed: stable while the data
 *                 is, never the time of a request; read again when the data changes (a replica applying a release)
 */
record LdContext(UriSpace space, Describer describer, Templates templates, FieldNames names, PrefixMapping prefixes,
            Supplier<Instant> fallback) {

    /** The Last-Modified of resources no snapshot dates. */
    Instant fallbackModified() {
        return fallback.get();
    }

    /** The {@code Link} header values naming every representation of a target, with a query (page) appended. */
    List<String> alternates(Target target, List<Format> formats, String query) {
        List<String> links = new ArrayList<>();
        for (Format f : formats) {
            links.add("<" + target.pathOf(f) + query + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"");
        }
        return links;
    }

    /** The links to the representations for the HTML page. */
    List<ResourceView.FormatLink> formatLinks(Target target, List<Format> formats, String query) {
        return formats.stream().map(f -> new ResourceView.FormatLink(f.label(), target.pathOf(f) + query,
                f.mediaType())).toList();
    }
}
