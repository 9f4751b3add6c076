package no.policylod.serve;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import no.policylod.config.Json;
import no.policylod.format.FileTypes;
import no.policylod.format.Format;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.FileServlet;
import no.policylod.serve.http.Reply;

/**
 * The index of a served folder ({@code /dumps/}, each release folder): an HTML page for people, JSON for programs,
 * chosen by {@code Accept} ({@code ?format=json} or {@code ?format=html} also work).
 *
 * <pre>
 * FileServlet.folder(dumps).withIndex(new FolderPage(templates));
 * // GET /dumps/ Accept: application/json
 * // {"path":"/dumps/","entries":[{"name":"releases","folder":true,"url":"releases/"},
 * //   {"name":"policy-lod.nq.gz","folder":false,"url":"policy-lod.nq.gz","bytes":1234,
 * //    "modified":"2026-12-03T07:00:00Z","mediaType":"application/gzip"}]}
 * </pre>
 */
public final class FolderPage implements FileServlet.FolderIndex {

    private static final List<Format> OFFERS = List.of(Format.HTML, Format.JSON_LD);

    private final Templates templates;

    public FolderPage(Templates templates) {
        this.templates = templates;
    }

    @Override
    public Reply reply(HttpServletRequest request, String path, List<FileServlet.Listed> entries) throws IOException {
        String wanted = request.getParameter("format");
        boolean json = wanted != null ? wanted.equals("json")
                : ConNeg.format(request.getHeader("Accept"), OFFERS).map(f -> f == Format.JSON_LD).orElse(false);
        String here = request.getRequestURI();
        Instant newest = entries.stream().map(FileServlet.Listed::modified).max(Instant::compareTo).orElse(null);
        List<Map<String, Object>> rows = entries.stream().map(FolderPage::row).toList();
        Reply reply;
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", here);
            body.put("entries", rows);
            reply = Reply.ok("application/json", bytes(body), newest);
        } else {
            PageLanguage page = PageLanguage.of(request);
            reply = page.onPage(Reply.page(templates.render("files.peb",
                    Map.of("path", here, "entries", rows, "parent", !path.equals("/")), page), newest));
        }
        return reply.header("Vary", "Accept").withHeader("Cache-Control", "no-cache");
    }

    private static Map<String, Object> row(FileServlet.Listed e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", e.name());
        row.put("folder", e.folder());
        row.put("url", e.folder() ? e.name() + "/" : e.name());
        if (!e.folder()) {
            row.put("bytes", e.size());
            row.put("modified", e.modified().toString());
            row.put("mediaType", FileTypes.mediaTypeOf(e.name()));
        }
        return row;
    }

    private static byte[] bytes(Object value) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a folder index", e);
        }
    }
}
