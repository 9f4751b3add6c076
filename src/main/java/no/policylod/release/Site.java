package no.policylod.release;

import java.util.Objects;
import no.policylod.config.Settings;
import no.policylod.format.Format;

/**
 * Where and by whom the data is published: the base URI the catalogue's resources are named under, the public URL
 * the server answers at (downloads, SPARQL endpoint, feed), and the dataset's titles, publisher and licence.
 *
 * <pre>
 * Site site = Site.of(settings);                                  // public URL = base URI
 * Site local = site.withPublicUrl("http://localhost:3030");       // links for a local server
 * site.download("2026-11-21.1", "policy-lod.ttl");   // {public}/dumps/releases/2026-11-21.1/policy-lod.ttl
 * </pre>
 *
 * <p>The base URI names things ({@code {base}/dataset}, {@code {base}/dataset/2026-11-21.1}, {@code {base}/catalog});
 * the public URL locates files. By default they are the same: the base URI resolves to the server's root, as it
 * does for {@code {base}/id/...}.
 */
public record Site(String base, String publicUrl, Settings.DatasetInfo info) {

    public Site {
        base = trimSlash(Objects.requireNonNull(base, "base"));
        publicUrl = trimSlash(Objects.requireNonNull(publicUrl, "publicUrl"));
        Objects.requireNonNull(info, "info");
    }

    /** The site of an installation: base URI, public URL and dataset description from the settings. */
    public static Site of(Settings settings) {
        return new Site(settings.base(), settings.publicBase(), settings.dataset());
    }

    /** The same site served at another public URL. */
    public Site withPublicUrl(String url) {
        return new Site(base, url, info);
    }

    /** The catalogue, {@code {base}/catalog}. */
    public String catalog() {
        return base + "/catalog";
    }

    /** The dataset across its versions, {@code {base}/dataset}. */
    public String dataset() {
        return base + "/dataset";
    }

    /** One release, {@code {base}/dataset/{name}}. */
    public String version(String release) {
        return dataset() + "/" + release;
    }

    /** One dump of one release, {@code {base}/dataset/{name}/distribution/nq-gz}. */
    public String distribution(String release, Format format) {
        return version(release) + "/distribution/" + format.dump().orElseThrow().distributionId();
    }

    /** The SPARQL endpoint as a data service, {@code {base}/catalog#sparql}. */
    public String dataService() {
        return catalog() + "#sparql";
    }

    /** Where a file of a release is downloaded. */
    public String download(String release, String file) {
        return publicUrl + ReleaseLayout.RELEASES_PATH + release + "/" + file;
    }

    /** A path on the server as a public URL; the path starts with a slash. */
    public String url(String path) {
        return publicUrl + path;
    }

    private static String trimSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }
}
