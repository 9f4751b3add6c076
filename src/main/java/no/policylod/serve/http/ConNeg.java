package no.policylod.serve.http;

import no.policylod.format.Format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content negotiation on {@code Accept} as a pure function: which of the server's offers the client likes best.
 *
 * <pre>
 * Optional&lt;MediaType&gt; chosen = ConNeg.choose("text/turtle;q=0.9, *&#47;*;q=0.1", offers);
 * // Optional[text/turtle]; Optional.empty() means 406 Not Acceptable
 * </pre>
 *
 * <p>Each offer gets the quality of the most specific range that includes it ({@code type/subtype} over
 * {@code type/*} over {@code *}{@code /*}, RFC 9110 section 12.5.1). The best offer has the highest quality, then
 * the more specific matching range (so {@code text/turtle, *}{@code /*} gives Turtle, not the server's first
 * choice), then the earlier place in the server's list. Quality 0 excludes. A missing, blank or wholly malformed
 * header counts as {@code *}{@code /*}; malformed entries in an otherwise good header are skipped.
 */
public final class ConNeg {

    private static final Pattern QUALITY = Pattern.compile(";\\s*q\\s*=\\s*([^;\\s]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");
    private static final List<Range> ANYTHING = List.of(new Range(new MediaType("*", "*"), 1.0));

    private ConNeg() {
    }

    /** The offer the client prefers, or empty when the client accepts none of them. */
    public static Optional<MediaType> choose(String acceptHeader, List<MediaType> offers) {
        List<Range> ranges = ranges(acceptHeader);
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            score(offers.get(i), i, ranges).ifPresent(scored::add);
        }
        return scored.stream().filter(s -> s.quality() > 0).min(Scored.BEST_FIRST).map(Scored::offer);
    }

    /**
     * A format chosen, and the media type it is sent under: the one the client named, which may be an alias
     * ({@code application/json} for SPARQL JSON results).
     */
    public record Choice(Format format, String mediaType) {
        /** The {@code Content-Type} of the answer. */
        public String contentType() {
            return format.contentType(mediaType);
        }
    }

    /**
     * The format the client prefers among those offered (in the server's order of preference), each offered under
     * its media type and then its aliases; empty means 406 Not Acceptable.
     *
     * <pre>
     * ConNeg.choice("application/json", Format.describing());   // Choice[JSON_LD, application/json]
     * </pre>
     */
    public static Optional<Choice> choice(String acceptHeader, List<Format> offered) {
        List<MediaType> offers = new ArrayList<>();
        offered.forEach(f -> offers.add(MediaType.of(f.mediaType())));
        offered.forEach(f -> f.aliases().forEach(a -> offers.add(MediaType.of(a))));
        return choose(acceptHeader, offers).map(m -> {
            String type = m.toString();
            Format f = offered.stream().filter(o -> o.mediaType().equals(type) || o.aliases().contains(type))
                    .findFirst().orElseThrow();
            return new Choice(f, type);
        });
    }

    /** The format the client prefers among those offered; empty means 406 Not Acceptable. */
    public static Optional<Format> format(String acceptHeader, List<Format> offered) {
        return choice(acceptHeader, offered).map(Choice::format);
    }

    /**
     * The format of one request: a URL suffix (or null) wins over {@code ?format=} (or null), which wins over
     * {@code Accept}. An unknown or not offered {@code ?format=} value is a 400; an {@code Accept} header that no
     * offered format satisfies is a 406. Both messages say what to ask for instead.
     *
     * <pre>
     * ConNeg.format(null, null, "text/turtle", offered);          // TURTLE
     * ConNeg.format(Format.RDF_XML, null, "text/html", offered);  // RDF_XML: a suffix wins
     * ConNeg.format(null, "jsonld", null, offered);               // JSON_LD
     * </pre>
     */
    public static Format format(Format suffix, String formatParameter, String accept, List<Format> offered) {
        return choice(suffix, formatParameter, accept, offered).format();
    }

    /** As {@link #format(Format, String, String, List)}, with the media type to send it under. */
    public static Choice choice(Format suffix, String formatParameter, String accept, List<Format> offered) {
        if (suffix != null) {
            return new Choice(suffix, suffix.mediaType());
        }
        if (formatParameter != null) {
            String wanted = formatParameter.strip();
            return offered.stream().filter(f -> f.fileSuffix().equalsIgnoreCase(wanted)
                            || f.mediaType().equalsIgnoreCase(wanted)).findFirst()
                    .map(f -> new Choice(f, f.mediaType()))
                    .orElseThrow(() -> new BadRequest("?format=" + formatParameter + " is not offered here; use one of "
                            + names(offered) + "."));
        }
        return choice(accept, offered).orElseThrow(() -> BadRequest.notAcceptable("Nothing here matches Accept: "
                + accept + ". It is available as " + String.join(", ", offered.stream().map(Format::mediaType)
                .toList()) + ", or by ?format=" + names(offered).replace(", ", "|") + "."));
    }

    private static String names(List<Format> offered) {
        return String.join(", ", offered.stream().map(Format::fileSuffix).toList());
    }

    /** The ranges of an {@code Accept} header; {@code *}{@code /*} when there are none that parse. */
    static List<Range> ranges(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return ANYTHING;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : acceptHeader.split(",")) {
            Range.parse(entry).ifPresent(ranges::add);
        }
        return ranges.isEmpty() ? ANYTHING : ranges;
    }

    private static Optional<Scored> score(MediaType offer, int order, List<Range> ranges) {
        return ranges.stream()
                .filter(r -> r.range().includes(offer))
                .max(Comparator.comparingInt((Range r) -> r.range().specificity()).thenComparingDouble(Range::quality))
                .map(r -> new Scored(offer, r.quality(), r.range().specificity(), order));
    }

    /** One media range of the header with its quality. */
    record Range(MediaType range, double quality) {
        static Optional<Range> parse(String entry) {
            Optional<MediaType> type = MediaType.parse(entry);
            if (type.isEmpty() || entry.trim().startsWith(";")) {
                return Optional.empty();
            }
            Matcher q = QUALITY.matcher(entry);
            if (!q.find()) {
                return type.map(t -> new Range(t, 1.0));
            }
            String value = q.group(1);
            return QVALUE.matcher(value).matches()
                    ? type.map(t -> new Range(t, Double.parseDouble(value)))
                    : Optional.empty();
        }
    }

    private record Scored(MediaType offer, double quality, int specificity, int order) {
        static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::quality).reversed()
                .thenComparing(Comparator.comparingInt(Scored::specificity).reversed())
                .thenComparingInt(Scored::order);
    }
}
