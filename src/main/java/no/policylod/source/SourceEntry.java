package no.policylod.source;

/**
 * One entry of a folder's {@code sources.json}: which URL a page file was taken from, and when.
 *
 * @param file      the page file's name in that folder
 * @param url       the address the page was taken from, or null
 * @param retrieved when it was taken ({@code YYYY-MM-DD} or an ISO date-time), or null
 */
public record SourceEntry(String file, String url, String retrieved) {
}
