package no.policylod.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import no.policylod.serve.sparql.QueryLog;
import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.server.Server;

/**
 * The server's two logs in one folder, each a new file every day (UTC) and kept for a number of days: the access log
 * ({@code access-YYYY_MM_DD.log}, one line per HTTP request) and the query log ({@link QueryLog}).
 *
 * <pre>
 * ServerLogs logs = ServerLogs.in(Path.of("logs"), 30);
 * new SparqlQueryService(limits, gate, logs.queries(), ...);
 * logs.install(jettyServer);
 * </pre>
 *
 * An access log line: client address, time (UTC), request line, status, bytes of the response body, milliseconds
 * taken, user agent.
 * <pre>
 * 127.0.0.1 [2026-12-03T23:46:53.370Z] "GET /sparql?query=ASK%7B%7D HTTP/1.1" 200 312 4 "curl/8.5.0"
 * </pre>
 */
final class ServerLogs {

    static final String ACCESS_FORMAT =
            "%{client}a %{yyyy-MM-dd'T'HH:mm:ss.SSS'Z'|UTC}t \"%r\" %s %O %{ms}T \"%{User-Agent}i\"";

    private final Path folder;
    private final int days;
    private final QueryLog queries;

    private ServerLogs(Path folder, int days) {
        this.folder = folder;
        this.days = days;
        this.queries = new QueryLog(folder, days);
    }

    /** The logs of a folder, created if missing; a one-line {@link ServeException} when it cannot be. */
    static ServerLogs in(Path folder, int days) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ServeException("cannot create the log folder " + folder + ": " + e.getMessage()
                    + " (set server.logs)", e);
        }
        return new ServerLogs(folder, days);
    }

    QueryLog queries() {
        return queries;
    }

    /** Makes both logs start and stop with the server. */
    void install(Server jetty) {
        RequestLogWriter access = new RequestLogWriter(folder.resolve("access-yyyy_mm_dd.log").toString());
        access.setRetainDays(days);
        access.setAppend(true);
        access.setTimeZone("UTC");
        jetty.setRequestLog(new CustomRequestLog(access, ACCESS_FORMAT));
        jetty.addBean(queries);
    }
}
