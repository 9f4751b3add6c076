package no.policylod.serve.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A media type or media range without parameters, lower-cased: {@code text/turtle}, {@code application/*},
 * {@code *}{@code /*}.
 *
 * <pre>
 * MediaType turtle = MediaType.of("text/turtle");
 * MediaType.parse("Text/HTML; charset=utf-8");        // Optional[text/html]
 * MediaType.parse("text/").isEmpty();                 // true: malformed
 * </pre>
 */
public record MediaType(String type, String subtype) {

    /** RFC 9110 token characters. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    static final String WILDCARD = "*";

    public MediaType {
        type = type.toLowerCase(Locale.ROOT);
        subtype = subtype.toLowerCase(Locale.ROOT);
        if (!TOKEN.matcher(type).matches() || !TOKEN.matcher(subtype).matches()) {
            throw new IllegalArgumentException("not a media type: " + type + "/" + subtype);
        }
        if (type.equals(WILDCARD) && !subtype.equals(WILDCARD)) {
            throw new IllegalArgumentException("a wildcard type needs a wildcard subtype: " + type + "/" + subtype);
        }
    }

    /** A media type from its {@code type/subtype} text; throws on malformed text. */
    public static MediaType of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a media type: " + text));
    }

    /** The media type before any parameters, or empty when the text is not {@code type/subtype}. */
    public static Optional<MediaType> parse(String text) {
        String bare = text.split(";", 2)[0].trim();
        int slash = bare.indexOf('/');
        if (slash <= 0 || slash == bare.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MediaType(bare.substring(0, slash), bare.substring(slash + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How specific a range is: 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
    int specificity() {
        if (type.equals(WILDCARD)) {
            return 0;
        }
        return subtype.equals(WILDCARD) ? 1 : 2;
    }

    /** Whether this range (which may hold wildcards) includes the given concrete type. */
    boolean includes(MediaType concrete) {
        return switch (specificity()) {
            case 0 -> true;
            case 1 -> type.equals(concrete.type);
            default -> equals(concrete);
        };
    }

    @Override
    public String toString() {
        return type + "/" + subtype;
    }
}
