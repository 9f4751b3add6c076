package no.policylod.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a folder's {@code sources.json}: which URL a page file was taken from, and when; for a page that
 * {@code policy-lod fetch} took, also what the server said of it, so that the next fetch can ask whether it changed.
 * Other keys a harvester adds are ignored, so that one unexpected key does not cost every page of the folder its
 * source.
 *
 * @param file         the page file's name in that folder
 * @param url          the address the page was taken from, or null
 * @param retrieved    when it was taken ({@code YYYY-MM-DD} or an ISO date-time), or null
 * @param contentType  the response's {@code Content-Type}, or null
 * @param charset      the character set the page was sent in (the file holds it as UTF-8), or null
 * @param etag         the response's {@code ETag}, or null
 * @param lastModified the response's {@code Last-Modified}, or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceEntry(String file, String url, String retrieved, String contentType, String charset, String etag,
                          String lastModified) {

    /** An entry with only the file, its URL and when it was taken, as a hand-made {@code sources.json} has. */
    public SourceEntry(String file, String url, String retrieved) {
        this(file, url, retrieved, null, null, null, null);
    }

    /** Whether a URL is one a page can come from: absolute, http or https (any case), with a host. */
    public static boolean isWebUrl(java.net.URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null;
    }

    /** The text as a {@link #isWebUrl web URL}, or empty when it is not one or does not parse. */
    public static java.util.Optional<java.net.URI> webUrl(String text) {
        try {
            java.net.URI url = new java.net.URI(text.strip());
            return isWebUrl(url) ? java.util.Optional.of(url) : java.util.Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
