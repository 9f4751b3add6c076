package no.policylod.serve.sparql;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import no.policylod.format.Format;
import no.policylod.serve.PageLanguage;
import no.policylod.serve.Templates;
import no.policylod.serve.http.BadRequest;
import no.policylod.serve.http.ConNeg;
import no.policylod.serve.http.RdfBytes;
import no.policylod.serve.http.Reply;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.shared.PrefixMapping;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
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
 *         new SparqlQueryService(limits, new QueryGate(2, 4, Duration.ofSeconds(5)), queryLog,
 *                 "https://data.example.no/policy-lod", "/sparql", "/dumps/"));
 * </pre>
 *
 * <ul>
 * <li>The result format is negotiated ({@link ConNeg} over {@link Format}s) before the query runs: 406 when nothing
 *     the client accepts can carry the result; browsers get an HTML table in the site's layout and language.
 * <li>Rows (SELECT) and distinct triples (CONSTRUCT, DESCRIBE) are counted as they are produced; past
 *     {@link QueryLimits#maxRows()} the query is stopped and answered 422.
 * <li>The result is written into a {@link CappedBuffer} before a byte is sent; past {@link QueryLimits#maxBytes()}
 *     the answer is 422. A timeout while the result is produced or written is 503: nothing was committed, so the
 *     status can still say so.
 * <li>A client may run a few queries at once, the server a few in all ({@link QueryGate}): past its share a client is
 *     answered 429, and a query that finds no free slot within the queue time 503, both with {@code Retry-After}.
 *     A query that runs long while the server's long lane is full is stopped and answered 503 (its client then
 *     waits before querying again), so expensive queries cannot hold every slot.
 * <li>GET or HEAD without {@code query} (and without {@code update}, which is refused) answers the
 *     {@link ServiceDescription}, in every RDF format, or HTML for browsers.
 * </ul>
 * The query timeout itself comes from the endpoint's context ({@code ARQ.queryTimeout}), as in plain Fuseki; regular
 * expressions (REGEX, REPLACE) are rewritten to stop at it too ({@link StoppableRegex}).
 */
public final class SparqlQueryService extends SPARQL_QueryDataset {

    private static final String QUERY_TEXT = SparqlQueryService.class.getName() + ".query";
    private static final String PASS = SparqlQueryService.class.getName() + ".pass";
    private static final List<String> FORMAT_PARAMETERS =
            List.of(HttpNames.paramOutput2, HttpNames.paramOutput1, HttpNames.paramOutput3);

    /** SELECT and ASK results: the SPARQL results formats, HTML only for clients that name it. */
    static final List<Format> TABLE = concat(Format.results(), List.of(Format.HTML));
    /** CONSTRUCT and DESCRIBE results: the RDF formats, Turtle first, HTML only for clients that name it. */
    static final List<Format> GRAPH = concat(Format.rdf(), List.of(Format.HTML));
    /** The service description: RDF first, as the SPARQL 1.1 Service Description asks. */
    static final List<Format> DESCRIPTION = GRAPH;

    private final QueryLimits limits;
    private final QueryGate gate;
    private final QueryLog log;
    private final String publicUrl;
    private final String endpointPath;
    private final String dumpsPath;
    private final transient Templates templates = new Templates();

    /**
     * @param limits       the caps to enforce and to state in the service description
     * @param gate         how many queries run at once, per client and in all
     * @param log          where each query is written with how it ended
     * @param publicUrl    where the server is reached from outside, without a trailing slash: the endpoint and the
     *                     dumps named in the description and in refusals are under it
     * @param endpointPath the public endpoint's path ({@code /sparql})
     * @param dumpsPath    the dumps' path ({@code /dumps/})
     */
    public SparqlQueryService(QueryLimits limits, QueryGate gate, QueryLog log, String publicUrl,
                              String endpointPath, String dumpsPath) {
        this.limits = requireNonNull(limits, "limits");
        this.gate = requireNonNull(gate, "gate");
        this.log = requireNonNull(log, "log");
        this.publicUrl = requireNonNull(publicUrl, "publicUrl");
        this.endpointPath = requireNonNull(endpointPath, "endpointPath");
        this.dumpsPath = requireNonNull(dumpsPath, "dumpsPath");
    }

    private static List<Format> concat(List<Format> a, List<Format> b) {
        List<Format> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
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
        if (isHead(action)) {
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

    /** Runs the query once the {@link QueryGate} lets it through, and writes it to the {@link QueryLog}. */
    @Override
    protected void execute(String queryString, HttpAction action) {
        action.getRequest().setAttribute(QUERY_TEXT, queryString);
        String client = action.getRequest().getRemoteAddr();
        long started = System.nanoTime();
        int status = 500;
        QueryGate.Pass pass = null;
        try {
            pass = gate.enter(client);
            action.getRequest().setAttribute(PASS, pass);
            super.execute(queryString, action);
            status = 200;
        } catch (QueryGate.Refused e) {
            status = e.status();
            action.getResponse().setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            throw Refusals.notAdmitted(e);
        } catch (RuntimeException e) {
            QueryGate.Refused stopped = pass == null ? null : pass.stopped();
            if (stopped != null) {
                status = stopped.status();
                action.getResponse().setHeader("Retry-After", Long.toString(stopped.retryAfterSeconds()));
                throw Refusals.notAdmitted(stopped);
            }
            RuntimeException refusal = refusal(e, action);
            status = refusal instanceof ActionErrorException error ? error.getRC() : 500;
            throw refusal;
        } finally {
            if (pass != null) {
                pass.close();
            }
            log.record(client, queryString, status, java.time.Duration.ofNanos(System.nanoTime() - started));
        }
    }

    /** The query as parsed, with its regular expressions made to stop at the timeout ({@link StoppableRegex}). */
    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        QueryExec exec = super.createQueryExec(action, StoppableRegex.in(query), dataset);
        if (action.getRequest().getAttribute(PASS) instanceof QueryGate.Pass pass) {
            pass.watch(exec::abort);
        }
        return exec;
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec queryExec, Query query, String queryLog) {
        if (query.isSelectType()) {
            offer(action, TABLE);
            RowSet rows = CappedResults.rows(queryExec.select(), limits.maxRows());
            rows.hasNext();
            return new QueryExecResult(rows);
        }
        if (query.isAskType()) {
            offer(action, TABLE);
            return new QueryExecResult(queryExec.ask());
        }
        if (query.isConstructType()) {
            offer(action, GRAPH);
            return new QueryExecResult(CappedResults.quads(queryExec.constructQuads(), limits.maxRows(),
                    query.getPrefixMapping()));
        }
        if (query.isDescribeType()) {
            offer(action, GRAPH);
            return new QueryExecResult(CappedResults.triples(queryExec.describeTriples(), limits.maxRows(),
                    query.getPrefixMapping()));
        }
        throw Refusals.unsupportedQueryForm();
    }

    @Override
    protected void sendResults(HttpAction action, QueryExecResult result, Prologue prologue) {
        List<Format> offers = result.isRowSet() || result.isBoolean() ? TABLE : GRAPH;
        ConNeg.Choice choice = offer(action, offers);
        CappedBuffer body = new CappedBuffer(limits.maxBytes());
        ResultWriter.write(result, choice.format(), prologue, pages(action, prologue, offers), body);
        send(action, choice, body);
    }

    /** The service description, in the format negotiated. */
    private void describe(HttpAction action) {
        ConNeg.Choice choice = offer(action, DESCRIPTION);
        String endpoint = publicUrl + endpointPath;
        boolean textSearch = action.getDataset() instanceof DatasetGraphText;
        CappedBuffer body = new CappedBuffer(limits.maxBytes());
        if (choice.format() == Format.HTML) {
            List<SparqlPages.Link> formats = DESCRIPTION.stream().filter(f -> f != Format.HTML)
                    .map(f -> new SparqlPages.Link("?format=" + f.fileSuffix(), f.mediaType())).toList();
            new SparqlPages(templates, PageLanguage.of(action.getRequest()), null, PrefixMapping.Standard, List.of())
                    .service(body, endpoint, publicUrl + dumpsPath, limits, textSearch, TABLE, GRAPH, formats);
        } else {
            Graph graph = ServiceDescription.graph(endpoint, limits, textSearch);
            byte[] bytes = RdfBytes.write(graph, graph.getPrefixMapping(), choice.format());
            body.write(bytes, 0, bytes.length);
        }
        send(action, choice, body);
    }

    /** The offer the request asks for, by {@code ?format=} or else by {@code Accept}; refused when there is none. */
    private static ConNeg.Choice offer(HttpAction action, List<Format> offers) {
        String format = null;
        for (String parameter : FORMAT_PARAMETERS) {
            format = format != null ? format : action.getRequestParameter(parameter);
        }
        try {
            return ConNeg.choice(null, format, action.getRequestHeader(HttpNames.hAccept), offers);
        } catch (BadRequest e) {
            throw Refusals.of(e);
        }
    }

    /** A complete answer: status 200, its type, its exact length, and the body unless the request is a HEAD. */
    private static void send(HttpAction action, ConNeg.Choice choice, CappedBuffer body) {
        ServletOps.success(action);
        List<Reply.Header> headers = new java.util.ArrayList<>();
        headers.add(new Reply.Header("Vary", choice.format() == Format.HTML ? "Accept, " + PageLanguage.VARY
                : "Accept"));
        Reply reply = new Reply(200, choice.contentType(), body.asBody(), null, null, headers);
        if (choice.format() == Format.HTML) {
            reply = Reply.asPage(reply);
        }
        try {
            reply.send(action.getRequest(), action.getResponse(), !isHead(action));
        } catch (IOException e) {
            IO.exception(e);
        }
    }

    private static boolean isHead(HttpAction action) {
        return HttpNames.METHOD_HEAD.equals(action.getRequestMethod());
    }

    /** A timeout or an over-cap result, wherever in the writing it surfaced, as its refusal; anything else as is. */
    private RuntimeException refusal(RuntimeException e, HttpAction action) {
        String dumps = publicUrl + dumpsPath;
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

    /** The pages for this request: the query, and for GET links to the result in the other formats. */
    private SparqlPages pages(HttpAction action, Prologue prologue, List<Format> offers) {
        String query = (String) action.getRequest().getAttribute(QUERY_TEXT);
        List<SparqlPages.Link> alternates = List.of();
        if (query != null && HttpNames.METHOD_GET.equals(action.getRequestMethod())) {
            String link = "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&format=";
            alternates = offers.stream().filter(f -> f != Format.HTML)
                    .map(f -> new SparqlPages.Link(link + f.fileSuffix(), f.mediaType())).toList();
        }
        return new SparqlPages(templates, PageLanguage.of(action.getRequest()), query, prologue.getPrefixMapping(),
                alternates);
    }

    /** A request with neither a query nor an update: an update goes on to be refused as a request without a query. */
    private static boolean asksForDescription(HttpAction action) {
        return action.getRequestParameter(HttpNames.paramQuery) == null
                && action.getRequestParameter(HttpNames.paramUpdate) == null;
    }
}
