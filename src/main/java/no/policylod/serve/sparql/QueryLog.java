package no.policylod.serve.sparql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.eclipse.jetty.server.RequestLogWriter;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per SPARQL query answered or refused, in {@code query-YYYY_MM_DD.log} of the log folder (a new file each
 * day, UTC; files older than the days kept are deleted): who asked, when, which query, how it ended, how long it took.
 *
 * <pre>
 * 127.0.0.2 [2026-12-03T23:46:53.370Z] q:3fa2c1d0e9b8a7f6 503 30012ms "SELECT ?s WHERE { ?s ?p ?o FILTER(REGEX(…"
 * </pre>
 *
 * The query is named by the first 64 bits of the SHA-256 of its text (the same query, the same name, so repeats are
 * found with {@code grep}), followed by its first {@value #EXCERPT} characters on one line, quotes and backslashes
 * escaped. Started and stopped with the server (a bean of Jetty's server).
 */
public final class QueryLog extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(QueryLog.class);
    static final int EXCERPT = 300;

    private final RequestLogWriter writer;

    /** A log in the folder, which must exist, keeping {@code days} days of files. */
    public QueryLog(Path folder, int days) {
        writer = new RequestLogWriter(folder.resolve("query-yyyy_mm_dd.log").toString());
        writer.setRetainDays(days);
        writer.setAppend(true);
        writer.setTimeZone("UTC");
    }

    @Override
    protected void doStart() throws Exception {
        writer.start();
    }

    @Override
    protected void doStop() throws Exception {
        writer.stop();
    }

    /** Writes the line of one query; a failure to write is logged, never passed on to the client. */
    void record(String client, String query, int status, Duration took) {
        if (!isRunning()) {
            return;
        }
        String line = client + " [" + Instant.now().truncatedTo(ChronoUnit.MILLIS) + "] q:" + hash(query) + " "
                + status + " " + took.toMillis() + "ms \"" + excerpt(query) + "\"";
        try {
            writer.write(line);
        } catch (IOException e) {
            LOG.warn("Cannot write the query log {}: {}", writer.getFileName(), e.getMessage());
        }
    }

    /** The first 16 hex digits of the SHA-256 of the query text. */
    static String hash(String query) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The query on one line, runs of white space as one space, cut after {@value #EXCERPT} characters. */
    static String excerpt(String query) {
        String flat = query.strip().replaceAll("\\s+", " ");
        String cut = flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "…" : flat;
        return cut.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
