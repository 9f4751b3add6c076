package no.policylod.serve.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.config.Settings;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ReadServlet;
import no.policylod.serve.ServerModule;
import no.policylod.serve.http.Reply;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * What crawlers look for: {@code /robots.txt} and a sitemap of every resource page.
 *
 * <pre>
 * server.module(new Crawlers(settings, dataset));
 * // GET /robots.txt      -&gt;  what not to crawl (the SPARQL endpoint, search, history, inbound pages) and the sitemap
 * // GET /sitemap.xml     -&gt;  a sitemap index, one sitemap per 50 000 resources
 * // GET /sitemap/1.xml   -&gt;  {publicUrl}/doc/... of the first 50 000 resources, by IRI
 * </pre>
 *
 * <p>Every URL is under the public URL ({@link Settings#publicUrl()}), where the pages are reached.
 */
public final class Crawlers implements ServerModule {

    /** The most URLs one sitemap file may hold (sitemaps.org). */
    static final int PER_SITEMAP = 50_000;
    private static final Pattern PAGE = Pattern.compile("/([1-9][0-9]{0,6})\\.xml");

    private final Settings settings;
    private final Dataset dataset;

    public Crawlers(Settings settings, Dataset dataset) {
        this.settings = settings;
        this.dataset = dataset;
    }

    @Override
    public void install(PolicyLodServer.Builder server) {
        server.servlet("/robots.txt", new Robots()).servlet("/sitemap.xml", new Index()).servlet("/sitemap/*", new Pages());
    }

    private String idPrefix() {
        return settings.base() + "/id/";
    }

    private long resources() {
        return SiteSparql.count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + idPrefix() + "\")) }");
    }

    private final class Robots extends ReadServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
                throws IOException {
            String text = """
                    # policy-lod: resource pages are listed in the sitemap; the rest is for people and programs.
                    User-agent: *
                    Allow: /
                    Disallow: /sparql
                    Disallow: /policy-lod/sparql
                    Disallow: /policy-lod/query
                    Disallow: /search
                    Disallow: /history
                    Disallow: /query
                    Disallow: /*?page=
                    Disallow: /*?at=

                    Sitemap: %s/sitemap.xml
                    """.formatted(settings.publicBase());
            Reply.ok("text/plain;charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null)
                    .send(request, response, withBody);
        }
    }

    private final class Index extends ReadServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
                throws IOException {
            long pages = Math.max(1, (resources() + PER_SITEMAP - 1) / PER_SITEMAP);
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (long i = 1; i <= pages; i++) {
                xml.append("<sitemap><loc>").append(escape(settings.publicBase() + "/sitemap/" + i + ".xml"))
                        .append("</loc></sitemap>\n");
            }
            xml.append("</sitemapindex>\n");
            Reply.ok("application/xml;charset=utf-8", xml.toString().getBytes(StandardCharsets.UTF_8), null)
                    .send(request, response, withBody);
        }
    }

    private final class Pages extends ReadServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void serve(HttpServletRequest request, HttpServletResponse response, boolean withBody)
                throws IOException {
            Matcher m = PAGE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
            if (!m.matches()) {
                Reply.error(404, "Sitemaps are /sitemap/1.xml, /sitemap/2.xml, ...; the index is /sitemap.xml.")
                        .send(request, response, withBody);
                return;
            }
            long page = Long.parseLong(m.group(1));
            List<QuerySolution> rows = SiteSparql.select(dataset, "SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(isIRI(?s) && STRSTARTS(STR(?s), \"" + idPrefix() + "\")) } ORDER BY ?s "
                    + "OFFSET " + (page - 1) * PER_SITEMAP + " LIMIT " + PER_SITEMAP);
            if (rows.isEmpty() && page > 1) {
                Reply.error(404, "There is no sitemap " + page + "; see /sitemap.xml.").send(request, response,
                        withBody);
                return;
            }
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (QuerySolution row : rows) {
                String iri = row.getResource("s").getURI();
                String url = settings.publicBase() + "/doc/" + iri.substring(idPrefix().length());
                xml.append("<url><loc>").append(escape(url)).append("</loc></url>\n");
            }
            xml.append("</urlset>\n");
            Reply.ok("application/xml;charset=utf-8", xml.toString().getBytes(StandardCharsets.UTF_8), null)
                    .send(request, response, withBody);
        }
    }

    private static String escape(String url) {
        return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
