package no.policylod.serve.sparql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Content negotiation on {@code Accept} as a pure function: which of the server's offers the client likes best.
 *
 * <pre>
 * Negotiation.choose("text/html,application/xhtml+xml,application/xml;q=0.9,*&#47;*;q=0.8", Offer.TABLE);
 * // the HTML offer; Optional.empty() means 406 Not Acceptable
 * </pre>
 *
 * <p>Each offer takes the quality of the most specific range that includes it (RFC 9110 section 12.5.1), so
 * {@code text/html;q=0, *}{@code /*} excludes HTML. The best offer has the highest quality, then the more specific
 * matching range, then the earlier place in the server's list. A missing or wholly malformed header counts as
 * {@code *}{@code /*}; malformed entries in an otherwise good header are skipped.
 */
final class Negotiation {

    private static final List<MediaRange> ANYTHING = List.of(new MediaRange("*/*"));

    private Negotiation() {
    }

    /** The offer the client prefers, or empty when it accepts none of them. */
    static Optional<Offer> choose(String acceptHeader, List<Offer> offers) {
        List<MediaRange> ranges = ranges(acceptHeader);
        Offer best = null;
        MediaRange bestRange = null;
        for (Offer offer : offers) {
            MediaRange range = decisiveRange(ranges, MediaType.create(offer.mediaType()));
            if (range != null && range.get_q() > 0 && better(range, bestRange)) {
                best = offer;
                bestRange = range;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(MediaRange range, MediaRange than) {
        if (than == null) {
            return true;
        }
        if (range.get_q() != than.get_q()) {
            return range.get_q() > than.get_q();
        }
        return specificity(range) > specificity(than);
    }

    /** The most specific range that includes the offer (of equally specific ones, the highest quality), or null. */
    private static MediaRange decisiveRange(List<MediaRange> ranges, MediaType offer) {
        MediaRange decisive = null;
        for (MediaRange range : ranges) {
            if (!range.accepts(offer)) {
                continue;
            }
            if (decisive == null || specificity(range) > specificity(decisive)
                    || specificity(range) == specificity(decisive) && range.get_q() > decisive.get_q()) {
                decisive = range;
            }
        }
        return decisive;
    }

    /** 2 for {@code type/subtype}, 1 for {@code type/*}, 0 for {@code *}{@code /*}. */
    private static int specificity(MediaRange range) {
        if ("*".equals(range.getType())) {
            return 0;
        }
        return "*".equals(range.getSubType()) ? 1 : 2;
    }

    private static List<MediaRange> ranges(String acceptHeader) {
        if (acceptHeader == null || acceptHeader.isBlank()) {
            return ANYTHING;
        }
        List<MediaRange> ranges = new ArrayList<>();
        for (String entry : acceptHeader.split(",")) {
            parse(entry.trim()).ifPresent(ranges::add);
        }
        return ranges.isEmpty() ? ANYTHING : ranges;
    }

    private static Optional<MediaRange> parse(String entry) {
        if (entry.isEmpty() || !entry.contains("/") || entry.startsWith(";")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MediaRange(entry));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
