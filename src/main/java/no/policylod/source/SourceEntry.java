package no.policylod.source;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One entry of a folder's {@code sources.json}: which URL a page file was taken from, and when. Other keys a
 * harvester adds are ignored, so that one unexpected key does not cost every page of the folder its source.
 *
 * @param file      the page file's name in that folder
 * @param url       the address the page was taken from, or null
 * @param retrieved when it was taken ({@code YYYY-MM-DD} or an ISO date-time), or null
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceEntry(String file, String url, String retrieved) {
}
