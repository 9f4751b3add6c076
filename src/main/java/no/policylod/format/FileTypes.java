package no.policylod.format;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of every kind of file the server sends, by file ending: the RDF formats from {@link Format}, the
 * rest (checksums, the change feed, the site's own files) here.
 *
 * <pre>
 * FileTypes.mediaTypeOf("policy-lod.ttl");      // "text/turtle"
 * FileTypes.mediaTypeOf("policy-lod.nq.gz");    // "application/gzip": sent as the bytes on disk
 * FileTypes.mediaTypeOf("x.unknown");           // "application/octet-stream"
 * </pre>
 */
public final class FileTypes {

    private static final Map<String, String> TYPES = types();

    private FileTypes() {
    }

    /** The media type of a file name, without parameters. */
    public static String mediaTypeOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            return "application/gzip";
        }
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** The {@code Content-Type} of a file name: its media type, with UTF-8 named for the text formats. */
    public static String contentTypeOf(String fileName) {
        String type = mediaTypeOf(fileName);
        boolean text = type.startsWith("text/") || type.endsWith("+xml") || type.endsWith("json")
                || type.equals("application/n-triples") || type.equals("application/n-quads")
                || type.equals("application/trig") || type.equals("application/sparql-query");
        return text && !type.equals("application/ld+json") ? type + ";charset=utf-8" : type;
    }

    private static Map<String, String> types() {
        Map<String, String> m = new HashMap<>();
        for (Format f : Format.describing()) {
            m.put(f.fileSuffix(), f.mediaType());
        }
        m.put("htm", "text/html");
        m.put("css", "text/css");
        m.put("js", "text/javascript");
        m.put("mjs", "text/javascript");
        m.put("json", "application/json");
        m.put("map", "application/json");
        m.put("svg", "image/svg+xml");
        m.put("png", "image/png");
        m.put("ico", "image/x-icon");
        m.put("woff", "font/woff");
        m.put("woff2", "font/woff2");
        m.put("ttf", "font/ttf");
        m.put("eot", "application/vnd.ms-fontobject");
        m.put("txt", "text/plain");
        m.put("rq", "application/sparql-query");
        m.put("sha256", "text/plain");
        m.put("atom", "application/atom+xml");
        m.put("xml", "application/xml");
        m.put("xsl", "application/xslt+xml");
        m.put("rdfp", "application/rdf-patch");
        return Map.copyOf(m);
    }
}
