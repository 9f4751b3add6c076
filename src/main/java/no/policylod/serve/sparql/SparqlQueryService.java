package no.policylod.serve.sparql;

import static java.util.Objects.requireNonNull;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Fuseki's SPARQL query operation, made to never answer with part of a result: every answer is complete with 200, or
 * an error status with a one-line reason. GET, HEAD, POST of a form and POST of {@code application/sparql-query} all
 * come here.
 *
 * <pre>
 * fusekiBuilder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
 *         new SparqlQueryService(limits, "/sparql", "/dumps/"));
 * </pre>
 *
 * <ul>
 * <li>The result format is negotiated ({@link Negotiation}, {@link Offer}) before the query runs: 406 when nothing the
 *     client accepts can carry the result; browsers get an HTML table.
 * <li>Rows (SELECT) and distinct triples (CONSTRUCT, DESCRIBE) are counted as they are produced; past
 *     {@link QueryLimits#maxRows()} the query is stopped and answered 422.
 * <li>The result is written into a {@link CappedBuffer} before a byte is sent; past {@link QueryLimits#maxBytes()}
 *     the answer is 422. A timeout while the result is produced or written is 503: nothing was committed, so the
 *     status can still say so.
 * <li>GET or HEAD without {@code query} (and without {@code update}, which is refused) answers the
 *     {@link ServiceDescription}, as Turtle, JSON-LD or HTML.
 * </ul>
 * The query timeout itself comes from the endpoint's context ({@code ARQ.queryTimeout}), as in plain Fuseki.
 */
public final class SparqlQueryService extends SPARQL_QueryDataset {

    private static final String QUERY_TEXT = SparqlQueryService.class.getName() + ".query";
    private static final List<String> FORMAT_PARAMETERS =
            List.of(HttpNames.paramOutput2, HttpNames.paramOutput1, HttpNames.paramOutput3);

    private final QueryLimits limits;
    private final String endpointPath;
    private final String dumpsPath;

    /**
     * @param limits       the caps to enforce and to state in the service description
     * @param endpointPath the public endpoint's path from the server root ({@code /sparql}), named in the description
     * @param dumpsPath    the dumps' path from the server root ({@code /dumps/}), named in every refusal
     */
    public SparqlQueryService(QueryLimits limits, String endpointPath, String dumpsPath) {
        this.limits = requireNonNull(limits, "limits");
        this.endpointPath = requireNonNull(endpointPath, "endpointPath");
        this.dumpsPath = requireNonNull(dumpsPath, "dumpsPath");
    }

    @Override
    public void execGet(HttpAction action) {
        if (asksForDescription(action)) {
            describe(action);
        } else {
            executeLifecycle(action);
        }
    }

    @Override
    public void execHead(HttpAction action) {
        execGet(action);
    }

    /** HEAD is checked as GET; Fuseki's check allows only GET and POST. */
    @Override
    public void validate(HttpAction action) {
        if (Reply.isHead(action)) {
            validateParams(action, acceptedParams(action));
            validateRequest(action);
        } else {
            super.validate(action);
        }
    }

    @Override
    protected void executeLifecycle(HttpAction action) {
        try {
            super.executeLifecycle(action);
        } catch (ActionErrorException e) {
            throw Refusals.oneLine(e);
        }
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        action.getRequest().setAttribute(QUERY_TEXT, queryString);
        try {
            super.execute(queryString, action);
        } catch (RuntimeException e) {
            throw refusal(e, action);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryLog) {
        if (query.isSelectType()) {
            offer(action, Offer.TABLE);
            RowSet rows = CappedResults.rows(queryExec.select(), limits.maxRows());
            rows.hasNext();
            return new QueryExecResult(rows);
        }
        if (query.isAskType()) {
            offer(action, Offer.TABLE);
            return new QueryExecResult(queryExec.ask());
        }
        if (query.isConstructType()) {
            offer(action, Offer.GRAPH);
            return new QueryExecResult(CappedResults.quads(queryExec.constructQuads(), limits.maxRows(),
                    query.getPrefixMapping()));
        }
        if (query.isDescribeType()) {
            offer(action, Offer.GRAPH);
            return new QueryExecResult(CappedResults.triples(queryExec.describeTriples(), limits.maxRows(),
                    query.getPrefixMapping()));
        }
        throw Refusals.unsupportedQueryForm();
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        List<Offer> offers = result.isRowSet() || result.isBoolean() ? Offer.TABLE : Offer.GRAPH;
        Offer offer = offer(action, offers);
        CappedBuffer body = new CappedBuffer(limits.maxBytes());
        ResultWriter.write(result, offer.format(), prologue, html(action, prologue, offers), body);
        Reply.ok(action, offer, body);
    }

    /** The service description, in the format negotiated. */
    private void describe(HttpAction action) {
        Offer offer = offer(action, Offer.DESCRIPTION);
        String root = root(action.getRequest());
        boolean textSearch = action.getDataset() instanceof DatasetGraphText;
        CappedBuffer body = new CappedBuffer(limits.maxBytes());
        switch (offer.format()) {
            case HTML -> new ServiceDescriptionPage(root + endpointPath, root + dumpsPath, limits, textSearch)
                    .write(body);
            case JSON_LD -> RDFDataMgr.write(body, ServiceDescription.graph(root + endpointPath, limits, textSearch),
                    RDFFormat.JSONLD11);
            default -> RDFDataMgr.write(body, ServiceDescription.graph(root + endpointPath, limits, textSearch),
                    RDFFormat.TURTLE);
        }
        Reply.ok(action, offer, body);
    }

    /** The offer the request asks for, by {@code ?format=} or else by {@code Accept}; refused when there is none. */
    private static Offer offer(HttpAction action, List<Offer> offers) {
        for (String parameter : FORMAT_PARAMETERS) {
            String format = action.getRequestParameter(parameter);
            if (format != null) {
                return Offer.named(offers, format).orElseThrow(() -> Refusals.unknownFormat(format, offers));
            }
        }
        String accept = action.getRequestHeader(HttpNames.hAccept);
        return Negotiation.choose(accept, offers).orElseThrow(() -> Refusals.notAcceptable(accept, offers));
    }

    /** A timeout or an over-cap result, wherever in the writing it surfaced, as its refusal; anything else as is. */
    private RuntimeException refusal(RuntimeException e, HttpAction action) {
        String dumps = root(action.getRequest()) + dumpsPath;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof QueryCancelledException) {
                return Refusals.timedOut(limits, dumps);
            }
            if (t instanceof ResultTooLarge tooLarge) {
                return Refusals.tooLarge(tooLarge, dumps);
            }
        }
        return e;
    }

    /** The HTML writer for this request: the query, and for GET links to the result in the other formats. */
    private static HtmlResults html(HttpAction action, Prologue prologue, List<Offer> offers) {
        String query = (String) action.getRequest().getAttribute(QUERY_TEXT);
        if (query == null || !HttpNames.METHOD_GET.equals(action.getRequestMethod())) {
            return new HtmlResults(query, prologue.getPrefixMapping(), List.of());
        }
        String link = "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=";
        List<HtmlResults.Alternate> alternates = offers.stream()
                .filter(o -> o.mediaType().equals(o.format().mediaType()) && o.format() != ResultFormat.HTML)
                .map(o -> new HtmlResults.Alternate(link + o.format().shortName(), o.mediaType()))
                .toList();
        return new HtmlResults(query, prologue.getPrefixMapping(), alternates);
    }

    /** A request with neither a query nor an update: an update goes on to be refused as a request without a query. */
    private static boolean asksForDescription(HttpAction action) {
        return action.getRequestParameter(HttpNames.paramQuery) == null
                && action.getRequestParameter(HttpNames.paramUpdate) == null;
    }

    /** The server root as the client addressed it, e.g. {@code http://localhost:3030}. */
    private static String root(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
