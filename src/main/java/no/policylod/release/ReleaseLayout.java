package no.policylod.release;

import java.nio.file.Path;

/**
 * Where releases live on disk under the dumps folder, and at which paths the server publishes them.
 *
 * <pre>
 * dumps/
 *   policy-lod.nq.gz, policy-lod.trig (+ .sha256)   the latest release's, as before releases existed
 *   catalog.ttl, catalog.jsonld, void.ttl            the latest release's catalogue and VoID
 *   feed.atom, feed/archive-N.atom                   the change feed
 *   releases/
 *     latest.txt                                     the latest release's name: the "latest" pointer
 *     2026-11-21.1/                                  one folder per release, never changed once written
 *       policy-lod.{nq.gz,nt.gz,ttl,trig,jsonld}     the dumps, each with .sha256
 *       context.jsonld                               the JSON-LD context the JSON-LD dump refers to
 *       changes.rdfp                                 RDF Patch from the previous release
 *       changed-resources.txt                        subjects of the changed quads, one IRI a line
 *       catalog.ttl, catalog.jsonld, void.ttl        the catalogue and VoID as of this release
 *       release.json                                 the manifest
 *       SHA256SUMS                                   every file above
 * </pre>
 */
public final class ReleaseLayout {

    /** The folder of releases under the dumps folder. */
    public static final String RELEASES = "releases";
    /** The pointer file in the releases folder naming the latest release. */
    public static final String LATEST_POINTER = "latest.txt";
    /** The alias of the latest release in URLs: {@code /dumps/releases/latest/FILE} redirects to the release. */
    public static final String LATEST = "latest";
    /** The RDF Patch from the previous release. */
    public static final String PATCH = "changes.rdfp";
    /** The resources whose description changed, one IRI a line, sorted. */
    public static final String CHANGED_RESOURCES = "changed-resources.txt";
    /** The catalogue in Turtle. */
    public static final String CATALOG_TTL = "catalog.ttl";
    /** The catalogue in JSON-LD (context inline). */
    public static final String CATALOG_JSONLD = "catalog.jsonld";
    /** The VoID description in Turtle. */
    public static final String VOID_TTL = "void.ttl";
    /** The subscription document of the Atom feed. */
    public static final String FEED = "feed.atom";
    /** The folder of archived feed pages. */
    public static final String FEED_ARCHIVE = "feed";

    /** URL path of the release folders, under the existing {@code /dumps/}. */
    public static final String RELEASES_PATH = "/dumps/releases/";
    /** URL path of the catalogue (content negotiation); {@code /catalog.ttl} and {@code /catalog.jsonld} also. */
    public static final String CATALOG_PATH = "/catalog";
    /** URL path of the VoID description. */
    public static final String VOID_PATH = "/.well-known/void";
    /** URL path of the feed's subscription document. */
    public static final String FEED_PATH = "/feed.atom";
    /** URL path of the feed's archive pages: {@code /feed/archive-1.atom}, ... */
    public static final String FEED_ARCHIVE_PATH = "/feed/";
    /** URL path of the SPARQL endpoint. */
    public static final String SPARQL_PATH = "/sparql";

    private ReleaseLayout() {
    }

    /** The releases folder. */
    public static Path releases(Path dumps) {
        return dumps.resolve(RELEASES);
    }

    /** The folder of one release. */
    public static Path release(Path dumps, String name) {
        return releases(dumps).resolve(name);
    }

    /** The file name of archive page {@code n} (from 1, oldest first). */
    public static String archivePage(int n) {
        return "archive-" + n + ".atom";
    }
}
