package no.policylod.convert.read;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.extract.TypeLabels;

/**
 * A teaser's meta line: a date with a few words (type, ministry), or only type labels and ministries.
 *
 * <pre>
 * HtmlTeaserMeta.parse("News story | 19.09.2025 | Ministry of Foreign Affairs");
 *   // Optional[HtmlTeaserMeta[date=Optional[2025-09-19], type=News story, others=Ministry of Foreign Affairs]]
 * HtmlTeaserMeta.parse("Pressemelding 05.06.2023");   // type "Pressemelding", others ""
 * </pre>
 *
 * @param date   the date the line states, if any
 * @param type   the type label, if the line has one ("News story"), else ""
 * @param others the other words beside the date, separators and "Dato:" removed (the ministry)
 */
record HtmlTeaserMeta(Optional<LocalDate> date, String type, String others) {
    private static final Pattern FIELD_NAME = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:dato|date|publisert|published)\\s*:");
    private static final int MAX_WORDS = 12;
    private static final int LONGEST_LABEL_WORDS = 6;

    /** The line as a meta line, or empty if it is text (several dates, many words, or a sentence). */
    static Optional<HtmlTeaserMeta> parse(String line) {
        List<Dates.Found> dates = Dates.find(line);
        if (dates.size() > 1) {
            return Optional.empty();
        }
        String rest = HtmlText.clean(FIELD_NAME.matcher(HtmlText.withoutDates(line)).replaceAll(" ")
                .replaceAll("[|·•]", " ")).replaceAll("^[-–,:\\s]+|[-–,:\\s]+$", "");
        if (dates.isEmpty()) {
            return onlyLabels(line) ? Optional.of(of(Optional.empty(), rest)) : Optional.empty();
        }
        boolean few = rest.isEmpty() || rest.split(" ").length <= MAX_WORDS && !rest.matches(".*[.!?]$");
        return few ? Optional.of(of(Optional.of(dates.get(0).date()), rest)) : Optional.empty();
    }

    /** Splits the words beside the date into the type label (at their start or end) and the rest. */
    private static HtmlTeaserMeta of(Optional<LocalDate> date, String rest) {
        Optional<TypeLabels.Found> atEnd = TypeLabels.get().atEnd(rest);
        if (atEnd.isPresent()) {
            return new HtmlTeaserMeta(date, atEnd.get().label(), rest.substring(0, atEnd.get().start()).strip());
        }
        String[] words = rest.split(" ");
        for (int n = Math.min(words.length, LONGEST_LABEL_WORDS); n > 0; n--) {
            String label = String.join(" ", Arrays.copyOf(words, n));
            if (TypeLabels.get().classOf(label).isPresent()) {
                return new HtmlTeaserMeta(date, label, String.join(" ", Arrays.copyOfRange(words, n, words.length)));
            }
        }
        return new HtmlTeaserMeta(date, "", rest);
    }

    /** Every field of the line is a type label or a ministry's name. */
    private static boolean onlyLabels(String line) {
        return Arrays.stream(line.split("\\|")).map(String::strip).filter(f -> !f.isEmpty())
                .allMatch(f -> TypeLabels.get().classOf(f).isPresent() || Ministries.get().byName(f).isPresent());
    }
}
