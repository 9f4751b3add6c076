package no.policylod.serve.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.format.Format;
import no.policylod.serve.GraphPage;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.ReadServlet;
import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.RdfBytes;
import no.policylod.serve.http.Reply;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;

/**
 * A small RDF document that a release writes as Turtle (the catalogue, the VoID description), served at a fixed URL
 * in every format of {@link Format}: Turtle (the file itself) for clients that accept anything, HTML for
 * browsers, the other formats by {@code Accept}, {@code ?format=} or a suffix
 * ({@code /catalog.rdf}). The file is read again when it changes, so a new release is served at once.
 *
 * <pre>
 * server.servlet("/catalog", new RdfFileServlet(dumps.resolve("catalog.ttl"), pages, "Catalogue", null));
 * server.servlet("/catalog.ttl", new RdfFileServlet(dumps.resolve("catalog.ttl"), pages, "Catalogue", Format.TURTLE));
 * </pre>
 */
final class RdfFileServlet extends ReadServlet {

    private static final long serialVersionUID = 1L;
    /** Turtle first, the format the documents are written in, for clients that accept anything. */
    private static final List<Format> OFFERED = java.util.stream.Stream.concat(java.util.stream.Stream.of(Format.TURTLE),
            Format.describing().stream().filter(f -> f != Format.TURTLE)).toList();

    private final transient Path file;
    private final transient GraphPage pages;
    private final String title;
    private final Format suffix;
    private final transient AtomicReference<Loaded> loaded = new AtomicReference<>();

    /** The document as read from one version of the file. */
    private record Loaded(FileTime modified, long size, Model model) {
    }

    RdfFileServlet(Path file, GraphPage pages, String title, Format suffix) {
        this.file = file;
        this.pages = pages;
        this.title = title;
        this.suffix = suffix;
    }

    @Override
    protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
            throws IOException {
        reply(request).send(request, response, withBody);
    }

    private Reply reply(HttpServletRequest request) throws IOException {
        Format format;
        try {
            format = ConNeg.format(suffix, request.getParameter("format"), request.getHeader("Accept"), OFFERED);
        } catch (BadRequest e) {
            return Reply.error(e.status(), e.getMessage()).header("Vary", "Accept");
        }
        if (!Files.isRegularFile(file)) {
            return Reply.error(404, "Not published yet: policy-lod publish makes a release with "
                    + file.getFileName() + ".");
        }
        Loaded current = load();
        Instant modified = current.modified().toInstant().truncatedTo(ChronoUnit.SECONDS);
        byte[] body = switch (format) {
            case TURTLE -> Files.readAllBytes(file);      // the file as written, checksummed in the release
            case HTML -> pages.render(current.model(), title, List.of(), PageLanguage.of(request));
            default -> RdfBytes.write(current.model().getGraph(), current.model(), format);
        };
        Reply reply = format == Format.HTML ? PageLanguage.of(request).onPage(Reply.page(body, modified))
                : Reply.ok(format.contentType(), body, modified);
        return suffix == null ? reply.header("Vary", "Accept") : reply;
    }

    private Loaded load() throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Loaded now = loaded.get();
        if (now != null && now.modified().equals(modified) && now.size() == size) {
            return now;
        }
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(org.apache.jena.riot.Lang.TURTLE).parse(model);
        Loaded fresh = new Loaded(modified, size, model);
        loaded.set(fresh);
        return fresh;
    }
}
