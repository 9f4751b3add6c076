package no.policylod.serve.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import no.policylod.format.Format;
import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.RdfBytes;
import no.policylod.serve.http.Reply;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.OWL2;

import no.policylod.serve.PageLanguage;
import no.policylod.vocab.Ontology;

/**
 * {@code /ontology} and {@code /shapes}: the fixed documents at {@code https://w3id.org/policy-lod/ontology} and
 * {@code .../shapes}. HTML is the documentation generated from the ontology (with the shapes in brief); Turtle is
 * the file on the classpath as written; the other RDF formats are serialised from it. Term IRIs such as
 * {@code .../ontology#Topic} land on the term's section of the same page.
 *
 * <pre>
 * GET /ontology       Accept: text/turtle  -&gt;  ontology/policy-lod.ttl as shipped
 * GET /ontology.html                       -&gt;  the documentation
 * GET /shapes.ttl                          -&gt;  ontology/shapes.ttl
 * </pre>
 *
 * <p>Every representation is made once and kept: the files do not change while the server runs.
 */
final class OntologyServlet extends LinkedDataServlet {

    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private final Graph ontology = Ontology.ontology();
    private final Graph shapes = Ontology.shapes();

    OntologyServlet(LdContext site) {
        super(site);
    }

    @Override
    protected Reply answer(HttpServletRequest request, Target target) {
        checkVersion(target);
        Format format = ConNeg.format(target.suffix(), request.getParameter("format"),
                request.getHeader("Accept"), LinkedDataServlet.OFFERED);
        PageLanguage page = PageLanguage.of(request).at(target.genericPath(), "");
        String key = target.kind() + " " + format + " " + (format.isRdf() ? "" : page.language() + " " + page.path());
        byte[] body = made.computeIfAbsent(key, k -> body(target, format, page));
        return new Representations(site, target, request.getParameter("format"), 1)
                .reply(format, body, modified(resource(target)), false);
    }

    private byte[] body(Target target, Format format, PageLanguage page) {
        if (format == Format.HTML) {
            OntologyView view = new OntologyViews(site.prefixes()).of(ontology, shapes, page.language(),
                    site.formatLinks(target, Format.describing(), ""));
            return site.templates().render("ld/ontology.peb", view.context(), page);
        }
        if (format == Format.TURTLE) {
            return classpathBytes(resource(target));
        }
        return RdfBytes.write(target.kind() == Target.Kind.SHAPES ? shapes : ontology, site.prefixes(), format);
    }

    /** A version IRI ({@code /ontology/0.1.0}) dereferences to the document while it is the current version. */
    private void checkVersion(Target target) {
        if (target.rest().isEmpty()) {
            return;
        }
        Graph graph = target.kind() == Target.Kind.SHAPES ? shapes : ontology;
        String current = graph.find(Node.ANY, OWL2.versionInfo.asNode(), Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("");
        if (!target.rest().equals(current)) {
            throw BadRequest.notFound("Version " + target.rest() + " is not published here; the current version is "
                    + current + ", at " + target.genericPath().replace("/" + target.rest(), "/" + current) + ".");
        }
    }

    private static String resource(Target target) {
        return target.kind() == Target.Kind.SHAPES ? Ontology.SHAPES_RESOURCE : Ontology.ONTOLOGY_RESOURCE;
    }

    private static byte[] classpathBytes(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** When the file on the classpath was last changed (its jar entry's time), else the site's fallback. */
    private Instant modified(String resource) {
        try {
            URL url = Ontology.class.getResource(resource);
            long time = url == null ? 0 : url.openConnection().getLastModified();
            return time > 0 ? Instant.ofEpochMilli(time) : site.fallbackModified();
        } catch (IOException e) {
            return site.fallbackModified();
        }
    }
}
