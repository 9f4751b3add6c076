package no.policylod.serve.site;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.serve.PageLanguage;

/**
 * The query editor at {@code /query}: a SPARQL text box that opens with one of our example queries, a picker of the
 * others, and a choice of result format. Results come from the read-only endpoint {@code /sparql}; the page offers
 * nothing the server does not do (no data upload, update, backup or new dataset).
 *
 * <pre>
 * server.servlet("/query", new QueryPage(templates, "https://w3id.org/policy-lod"));
 * GET /query                          -&gt;  the editor holding the first example query
 * GET /query?example=budget-amounts   -&gt;  the editor holding queries/budget-amounts.rq
 * GET /query?query=SELECT...          -&gt;  the editor holding that query
 * </pre>
 *
 * <p>The form posts to {@code /sparql} with {@code output=json|xml|csv|tsv}, so it works without scripts; the
 * page's script ({@code /static/query.js}) adds "a table on this page", which it fills from the endpoint's JSON
 * results, and loads a picked example without reloading the page.
 */
final class QueryPage extends HttpServlet {

    /** The longest query text taken from {@code ?query=} into the editor. */
    static final int MAX_QUERY = 100_000;

    private final transient SiteTemplates templates;
    private final transient String base;
    private final transient List<ExampleQuery> examples;

    QueryPage(SiteTemplates templates, String base) {
        this.templates = templates;
        this.base = base;
        this.examples = ExampleQuery.all();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        templates.render(request, response, HttpServletResponse.SC_OK, "site/query.peb",
                model(request.getParameter("example"), request.getParameter("query")), PageLanguage.of(request));
    }

    /** The page's model for an example asked for by name and a query text given (either may be null). */
    Map<String, Object> model(String example, String query) {
        ExampleQuery chosen = examples.stream().filter(q -> q.name().equals(example)).findFirst()
                .orElse(query == null && !examples.isEmpty() ? examples.get(0) : null);
        Map<String, Object> model = new HashMap<>();
        model.put("examples", examples);
        model.put("chosen", chosen == null ? "" : chosen.name());
        model.put("text", chosen != null ? chosen.text() : query == null ? "" : cut(query));
        model.put("base", base);
        return model;
    }

    private static String cut(String query) {
        return query.length() <= MAX_QUERY ? query : query.substring(0, MAX_QUERY);
    }
}
