package no.policylod.source.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import no.policylod.source.PageSnapshot;

/**
 * The file name a fetched page is stored under: host, a readable slug of the path and query, and a short hash of
 * the whole URL, so that the same URL always lands in the same file and two URLs never share one.
 *
 * <pre>
 * SnapshotNames.stem(URI.create("https://www.regjeringen.no/en/topics/id1111/?x=1"))
 *     // "www.regjeringen.no_en-topics-id1111-x-1_3b1f0c9a2d"
 * </pre>
 *
 * Only ASCII letters, digits, {@code .}, {@code _} and {@code -} appear, the name never starts with a dot, and it is
 * at most about 120 characters: nothing in the URL can name a folder or another file.
 */
public final class SnapshotNames {
    private static final int SLUG = 80;
    private static final int HOST = 60;

    private SnapshotNames() {
    }

    /** The name without its ending ({@code .html} or {@code .txt}, after the content type). */
    public static String stem(URI url) {
        String host = safe(url.getHost() == null ? "nohost" : url.getHost().toLowerCase(Locale.ROOT), HOST);
        if (url.getPort() != -1) {
            host += "-" + url.getPort();
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        String slug = safe(path + (url.getRawQuery() == null ? "" : "-" + url.getRawQuery()), SLUG);
        String hash = PageSnapshot.sha256(url.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 10);
        return host + "_" + (slug.isEmpty() ? "" : slug + "_") + hash;
    }

    /** Runs of characters other than letters, digits, dot and hyphen as one hyphen, trimmed of dots and hyphens. */
    private static String safe(String s, int max) {
        String t = s.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("^[.-]+|[.-]+$", "");
        return t.length() > max ? t.substring(0, max).replaceAll("[.-]+$", "") : t;
    }
}
