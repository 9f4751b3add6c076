package no.policylod.serve.ld;

import java.util.Optional;
import no.policylod.format.Format;

/**
 * What one request path asks for, after the optional prefix: a resource ({@code /id/...}), its description
 * ({@code /doc/...}), a named graph ({@code /graph/...}), the ontology or the shapes, perhaps with a format suffix.
 *
 * <pre>
 * Target.parse("", "/doc/doc/x.ttl");   // Optional[Target[DOC, "", "doc/x", TURTLE]]
 * Target.parse("", "/ontology");        // Optional[Target[ONTOLOGY, "", "", null]]
 * </pre>
 *
 * @param kind   which part of the URI space
 * @param prefix the path prefix the request came under ("" or the base URI's path), kept on every local link
 * @param rest   the path after {@code /id/}, {@code /doc/} or {@code /graph/}, without suffix; for the ontology and
 *               the shapes, the version asked for ({@code /ontology/0.1.0}) or ""
 * @param suffix the format a suffix such as {@code .ttl} asks for, or null
 */
public record Target(Kind kind, String prefix, String rest, Format suffix) {

    /** The parts of the URI space. */
    public enum Kind {
        ID("/id/"), DOC("/doc/"), GRAPH("/graph/"), ONTOLOGY("/ontology"), SHAPES("/shapes");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** Whether the kind is one of the fixed documents under {@link UriSpace#ONTOLOGY_HOME}. */
        public boolean isOntology() {
            return this == ONTOLOGY || this == SHAPES;
        }

        /** The path of this kind under a prefix: {@code /policy-lod/doc/}. */
        public String path(String prefix) {
            return prefix + path;
        }
    }

    static Optional<Target> parse(String prefix, String path) {
        for (Kind kind : Kind.values()) {
            if (kind.path.endsWith("/") && path.startsWith(kind.path) && path.length() > kind.path.length()) {
                return Optional.of(withSuffix(kind, prefix, path.substring(kind.path.length())));
            }
            if (kind.isOntology() && path.startsWith(kind.path + "/") && path.length() > kind.path.length() + 1) {
                Target t = withSuffix(kind, prefix, path.substring(kind.path.length() + 1));
                return t.rest().contains("/") ? Optional.empty() : Optional.of(t);
            }
            if (!kind.path.endsWith("/") && (path.equals(kind.path) || path.startsWith(kind.path + "."))) {
                Target t = withSuffix(kind, prefix, path.substring(1));
                return t.rest().equals(kind.path.substring(1)) ? Optional.of(new Target(kind, prefix, "", t.suffix()))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Target withSuffix(Kind kind, String prefix, String rest) {
        int dot = rest.lastIndexOf('.');
        if (kind != Kind.ID && dot > rest.lastIndexOf('/') && dot > 0) {
            Optional<Format> format = Format.byName(rest.substring(dot + 1));
            if (format.isPresent()) {
                return new Target(kind, prefix, rest.substring(0, dot), format.get());
            }
        }
        return new Target(kind, prefix, rest, null);
    }

    /** The generic local path of the description, without suffix: {@code /doc/doc/x}, {@code /ontology}. */
    public String genericPath() {
        Kind shown = kind == Kind.ID ? Kind.DOC : kind;
        return shown.path(prefix) + (kind.isOntology() && !rest.isEmpty() ? "/" : "") + rest;
    }

    /** The local path of one representation: {@code /doc/doc/x.ttl}. */
    public String pathOf(Format format) {
        return genericPath() + "." + format.fileSuffix();
    }
}
