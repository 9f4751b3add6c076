package no.policylod.serve.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.policylod.config.Settings;
import no.policylod.serve.Messages;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.ReaderLanguage;
import no.policylod.store.DataCache;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;

/**
 * The landing page at {@code /}: what the dataset is and where it comes from, its numbers, the latest documents, a
 * chart of the amounts, the example queries and the dumps. What it shows of the store (whole-store counts and sums)
 * is computed once per version of the store's data and kept ({@link DataCache}): a request reads the kept figures
 * when its read transaction sees the same data, and computes them afresh when a load has been committed since, so
 * the page is current the moment a load is committed. It is written in the reader's language ({@link PageLanguage}).
 *
 * <pre>
 * server.servlet("", new LandingPage(templates, settings, dataset, Path.of("dumps")));
 * </pre>
 */
final class LandingPage extends HttpServlet {

    static final String NLOD = "https://data.norge.no/nlod/no/2.0";
    static final int LATEST = 8;

    private final transient SiteTemplates templates;
    private final transient Settings settings;
    private final transient Dataset dataset;
    private final transient Path dumps;
    private final transient List<ExampleQuery> queries;
    private final transient DataCache figures;

    LandingPage(SiteTemplates templates, Settings settings, Dataset dataset, Path dumps) {
        this(templates, settings, dataset, dumps, new DataCache(dataset.asDatasetGraph()));
    }

    /** A landing page sharing its store figures with others over the same store ({@code /} and {@code /index.html}). */
    LandingPage(SiteTemplates templates, Settings settings, Dataset dataset, Path dumps, DataCache figures) {
        this.figures = figures;
        this.templates = templates;
        this.settings = settings;
        this.dataset = dataset;
        this.dumps = dumps;
        this.queries = ExampleQuery.all();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageLanguage page = PageLanguage.of(request);
        templates.render(request, response, HttpServletResponse.SC_OK, "site/landing.peb", model(page.language()), page);
    }

    Map<String, Object> model(ReaderLanguage reader) {
        Map<String, Object> model = new HashMap<>(figures.get(reader, () -> figures(reader)));
        model.put("info", DatasetText.of(settings.dataset(), reader));
        model.put("licenceName", licenceName(settings.dataset().licence(), reader));
        model.put("base", settings.base());
        model.put("queries", queries);
        DumpFile.Listing listing = DumpFile.latest(dumps);
        model.put("dumps", listing.files());
        model.put("release", listing.release());
        model.put("releaseFolder", listing.folderHref());
        return model;
    }

    /**
     * Computes the store figures for every reader language in a background thread, so that the first requests
     * after the server starts find them ready; a request that comes first computes them itself (once).
     */
    void prepare() {
        if (!figures.keeps()) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                for (ReaderLanguage reader : ReaderLanguage.values()) {
                    figures.get(reader, () -> figures(reader));
                }
            } catch (RuntimeException e) {
                // a store closed or changed meanwhile: requests compute what they need themselves
            }
        }, "landing-figures");
        thread.setDaemon(true);
        thread.start();
    }

    /** What the page shows of the store, in the reader's language: counts, latest documents, amounts. */
    private Map<String, Object> figures(ReaderLanguage reader) {
        Whole whole = figures.get(Whole.class, this::whole);
        Map<String, String> names = MinistryNames.read(dataset, reader);
        List<AmountGroup> groups = AmountGroup.named(whole.sums(), names);
        Map<String, Object> model = new HashMap<>();
        model.put("counts", whole.counts());
        model.put("latest", DocumentSummary.read(dataset, new LocalLinks(settings.base()), whole.latest(), reader,
                names));
        model.put("groups", groups);
        model.put("chart", BudgetChart.of(groups));
        model.put("withoutYear", whole.withoutYear());
        model.put("otherCurrencies", whole.otherCurrencies());
        return Map.copyOf(model);
    }

    /** The whole-store aggregates, the same in every language. */
    private Whole whole() {
        return new Whole(DatasetCounts.read(dataset), AmountGroup.sums(dataset), latest(),
                AmountGroup.withoutYear(dataset), AmountGroup.otherCurrencies(dataset));
    }

    /** The aggregates the page shows in every language: computed once per version of the data. */
    private record Whole(DatasetCounts counts, List<QuerySolution> sums, List<String> latest, long withoutYear,
                         long otherCurrencies) {
    }

    private List<String> latest() {
        return SiteSparql.select(dataset, "SELECT ?doc (MAX(?issued) AS ?date) { " + DocumentKinds.values("class")
                        + " ?doc a ?class ; dcterms:issued ?issued } GROUP BY ?doc ORDER BY DESC(?date) ?doc LIMIT "
                        + LATEST).stream().map(row -> row.getResource("doc").getURI()).toList();
    }

    private static String licenceName(URI licence, ReaderLanguage reader) {
        return licence.toString().equals(NLOD) ? Messages.of(reader).text("footer.licence") : licence.toString();
    }

    /**
     * The dataset's title, description, publisher and licence, in the reader's language where the settings have
     * it, else in the next of the reader's languages ({@link ReaderLanguage#labelOrder()}).
     *
     * @param lang the language of the title and description
     */
    record DatasetText(String title, String description, String lang, String publisher, String publisherUri,
                       String licence, String contact) {
        static DatasetText of(Settings.DatasetInfo info, ReaderLanguage reader) {
            String lang = reader.labelOrder().stream().filter(info.title()::containsKey).findFirst()
                    .orElseGet(() -> info.title().keySet().stream().sorted().findFirst().orElse(""));
            return new DatasetText(inLanguage(info.title(), lang), inLanguage(info.description(), lang), lang,
                    info.publisher().name(), info.publisher().uri().toString(), info.licence().toString(),
                    info.contactEmail());
        }

        private static String inLanguage(Map<String, String> texts, String lang) {
            if (texts.containsKey(lang)) {
                return texts.get(lang);
            }
            return texts.values().stream().sorted().findFirst().orElse("");
        }
    }
}
