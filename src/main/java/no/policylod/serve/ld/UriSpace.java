package no.policylod.serve.ld;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import no.policylod.serve.http.BadRequest;
import no.policylod.vocab.PL;

/**
 * The URI space the server answers for, and how its URIs map onto local paths and back. Pure: no I/O.
 *
 * <pre>
 * UriSpace space = UriSpace.of(URI.create("https://w3id.org/policy-lod"));
 * Target t = space.target("/id/doc/x").orElseThrow();       // ID, IRI https://w3id.org/policy-lod/id/doc/x
 * space.target("/policy-lod/doc/doc/x.ttl");               // DOC of the same IRI, Turtle, behind a reverse proxy
 * space.href("https://w3id.org/policy-lod/id/topic/id1", "");  // "/doc/topic/id1"
 * </pre>
 *
 * <p>A request path may start with the base URI's own path ({@code /policy-lod}), as when a reverse proxy forwards
 * {@code https://w3id.org/policy-lod/id/...} unchanged; links on the pages keep that prefix. The ontology and the
 * shapes have fixed IRIs under {@value #ONTOLOGY_HOME}, whatever the base, and are mapped from that prefix.
 */
public record UriSpace(String base, String basePath) {

    /** The fixed prefix of the ontology and shapes IRIs. */
    public static final String ONTOLOGY_HOME = "https://w3id.org/policy-lod";
    static final String ONTOLOGY_HOME_PATH = "/policy-lod";

    /** Characters a decoded path may hold: RFC 3987 unreserved (letters and digits of any script), sub-delims, ":@/". */
    private static final Pattern SAFE_PATH = Pattern.compile("[\\p{L}\\p{N}\\-._~!$&'()*+,;=:@/]*");

    /** The space of a base URI such as {@code https://w3id.org/policy-lod} (no trailing slash). */
    public static UriSpace of(URI baseUri) {
        String base = baseUri.toString().replaceAll("/+$", "");
        String path = Optional.ofNullable(URI.create(base).getRawPath()).orElse("");
        return new UriSpace(base, path);
    }

    /**
     * What a request path (as sent, percent-encoded, without query) asks for; empty when the path is none of ours.
     *
     * @throws BadRequest when the path is malformed: bad percent-encoding, dot or empty segments, unsafe characters
     */
    public Optional<Target> target(String rawPath) {
        String path = decode(rawPath);
        String prefix = prefixOf(path);
        return Target.parse(prefix, path.substring(prefix.length()))
                .filter(t -> prefix.equals(basePath) || prefix.isEmpty() || t.kind().isOntology());
    }

    /** The IRI a target names. */
    public String iri(Target target) {
        return switch (target.kind()) {
            case ID, DOC -> base + "/id/" + target.rest();
            case GRAPH -> base + "/graph/" + target.rest();
            case ONTOLOGY -> PL.ONTOLOGY_IRI;
            case SHAPES -> PL.SHAPES_IRI;
        };
    }

    /**
     * Where a page served under {@code prefix} links to show an IRI: a local path for the IRIs this server
     * describes, the IRI itself for other http(s) IRIs, and null for IRIs that cannot be followed ({@code ni:},
     * {@code urn:}).
     */
    public String href(String iri, String prefix) {
        if (iri.startsWith(base + "/id/")) {
            return prefix + "/doc/" + iri.substring(base.length() + 4);
        }
        if (iri.startsWith(base + "/graph/")) {
            return prefix + iri.substring(base.length());
        }
        if (iri.startsWith(PL.ONTOLOGY_IRI) || iri.startsWith(PL.SHAPES_IRI)) {
            return ontologyPrefix(prefix) + iri.substring(ONTOLOGY_HOME.length());
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    /** The local path prefix of the ontology for a page served under {@code prefix}. */
    String ontologyPrefix(String prefix) {
        return prefix.equals(ONTOLOGY_HOME_PATH) ? prefix : "";
    }

    private String prefixOf(String path) {
        for (String candidate : new String[] {basePath, ONTOLOGY_HOME_PATH}) {
            if (!candidate.isEmpty() && path.startsWith(candidate + "/")) {
                return candidate;
            }
        }
        return "";
    }

    /** Decodes percent-encoding strictly (UTF-8) and checks the result is a safe, normal path. */
    static String decode(String rawPath) {
        String path = percentDecode(rawPath);
        if (!path.startsWith("/") || !SAFE_PATH.matcher(path).matches()) {
            throw new BadRequest("The path " + rawPath + " holds characters that cannot be part of a policy-lod URI.");
        }
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new BadRequest("The path " + rawPath + " has an empty, '.' or '..' segment.");
            }
        }
        return path;
    }

    private static String percentDecode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length()) {
            if (raw.charAt(i) == '%') {
                bytes.write(hexByte(raw, i));
                i += 3;
            } else {
                int codePoint = raw.codePointAt(i);
                bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(codePoint);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("The path " + raw + " is not percent-encoded UTF-8.");
        }
    }

    private static int hexByte(String raw, int at) {
        if (at + 2 >= raw.length()) {
            throw new BadRequest("The path " + raw + " ends in an incomplete percent-escape.");
        }
        int hi = Character.digit(raw.charAt(at + 1), 16);
        int lo = Character.digit(raw.charAt(at + 2), 16);
        if (hi < 0 || lo < 0) {
            throw new BadRequest("The path " + raw + " has a malformed percent-escape at '"
                    + raw.substring(at, at + 3) + "'.");
        }
        return hi * 16 + lo;
    }
}
