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
}
