package no.policylod.serve.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.ReaderLanguage;
import no.policylod.serve.http.Reply;
import no.policylod.store.DataCache;
import no.policylod.store.TextIndex;
import org.apache.jena.query.Dataset;

/**
 * The search page at {@code /search?q=...&page=N}: documents whose title, description or text match, ten a page,
 * found through the text index and described from the store.
 *
 * <pre>
 * server.servlet("/search", new SearchPage(templates, links, dataset, index));
 * </pre>
 *
 * <p>The query is echoed in the page and the search box, escaped by the templates. A query longer than
 * {@link #MAX_QUERY} characters is cut; a page number that is not a positive number is page 1.
 */
final class SearchPage extends HttpServlet {

    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY = 300;
    static final int MAX_PAGE = 1000;

    private final transient SiteTemplates templates;
    private final transient LocalLinks links;
    private final transient Dataset dataset;
    private final transient TextIndex index;
    private final transient DataCache names;

    SearchPage(SiteTemplates templates, LocalLinks links, Dataset dataset, TextIndex index) {
        this(templates, links, dataset, index, new DataCache(dataset.asDatasetGraph()));
    }

    /** A search page keeping the ministries' names per version of the store's data in {@code names}. */
    SearchPage(SiteTemplates templates, LocalLinks links, Dataset dataset, TextIndex index, DataCache names) {
        this.names = names;
        this.templates = templates;
        this.links = links;
        this.dataset = dataset;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = query(request.getParameter("q"));
        int page = page(request.getParameter("page"));
        PageLanguage language = PageLanguage.of(request);
        Map<String, Object> model;
        try {
            model = model(q, page, language.language());
        } catch (TextIndex.UnsearchableQuery e) {
            Reply.error(HttpServletResponse.SC_BAD_REQUEST, e.getMessage()).send(request, response, true);
            return;
        }
        templates.render(request, response, HttpServletResponse.SC_OK, "site/search.peb", model, language);
    }

    Map<String, Object> model(String q, int page, ReaderLanguage reader) {
        Map<String, Object> model = new HashMap<>();
        model.put("query", q);
        model.put("page", page);
        if (q.isBlank()) {
            model.put("total", 0);
            model.put("results", List.of());
            model.put("pages", List.of());
            return model;
        }
        TextIndex.Results found = index.search(q, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        model.put("total", found.total());
        model.put("results", results(found.hits(), reader));
        model.put("first", found.total() == 0 ? 0 : (page - 1) * PAGE_SIZE + 1);
        model.put("last", Math.min(found.total(), page * PAGE_SIZE));
        model.put("pages", Pager.of(q, page, found.total()));
        return model;
    }

    private List<Result> results(List<TextIndex.Hit> hits, ReaderLanguage reader) {
        List<DocumentSummary> docs = DocumentSummary.read(dataset, links,
                hits.stream().map(TextIndex.Hit::uri).toList(), reader,
                names.get(List.of(MinistryNames.class, reader), () -> MinistryNames.read(dataset, reader)));
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            results.add(new Result(docs.get(i), hits.get(i)));
        }
        return results;
    }

    static String query(String raw) {
        String q = raw == null ? "" : raw.strip();
        return q.length() <= MAX_QUERY ? q : q.substring(0, MAX_QUERY);
    }

    static int page(String raw) {
        try {
            int page = raw == null ? 1 : Integer.parseInt(raw.strip());
            return Math.min(Math.max(page, 1), MAX_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static String href(String q, int page) {
        String href = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        return page == 1 ? href : href + "&page=" + page;
    }

    /** One result: the document as the store describes it, and what the index matched. */
    record Result(DocumentSummary doc, TextIndex.Hit hit) {

        /** The title to show, with the words found marked when the matched title is the one shown. */
        public List<TextIndex.Fragment> title() {
            String matched = hit.title().stream().map(TextIndex.Fragment::text).collect(Collectors.joining());
            return !hit.title().isEmpty() && matched.equals(doc.title()) ? hit.title()
                    : List.of(new TextIndex.Fragment(doc.title(), false));
        }
    }

    /**
     * A link of the pager.
     *
     * @param label   what it says: a page number, or "…" for a gap (then href is null); for the links to the
     *                previous and next page the message key of their words
     * @param href    where it goes; null for a gap
     * @param current whether it is the page shown
     * @param rel     "prev", "next" or null
     */
    record Pager(String label, String href, boolean current, String rel) {

        static List<Pager> of(String q, int page, int total) {
            int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            List<Pager> links = new ArrayList<>();
            if (pages <= 1) {
                return links;
            }
            if (page > 1) {
                links.add(new Pager("pager.previous", SearchPage.href(q, Math.min(page - 1, pages)), false, "prev"));
            }
            int last = 0;
            for (int p = 1; p <= pages; p++) {
                if (p == 1 || p == pages || Math.abs(p - page) <= 2) {
                    if (p > last + 1) {
                        links.add(new Pager("\u2026", null, false, null));
                    }
                    links.add(new Pager(Integer.toString(p), SearchPage.href(q, p), p == page, null));
                    last = p;
                }
            }
            if (page < pages) {
                links.add(new Pager("pager.next", SearchPage.href(q, page + 1), false, "next"));
            }
            return links;
        }
    }
}
