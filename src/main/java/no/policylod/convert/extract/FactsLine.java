package no.policylod.convert.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Ministry;

/**
 * A line made only of facts about a document, in any order: a type label, a date (perhaps named "Dato:"), the
 * publishing ministries (named "Utgiver:" or not), a press-release number ("Nr.: 181/05"), a speaker beside a
 * ministry; the fields separated by bars, middle dots, commas or only white space. One reader serves the site's page
 * headers and the meta lines of its listings, whatever order a template puts the fields in. The field names are
 * language data ({@code fields.json}: date, publisher, number, updated).
 *
 * <pre>
 * FactsLine.read("Speech/statement | Date: 27/05/2025 | Ministry of Foreign Affairs");   // SPEECH, 2025-05-27, [ud]
 * FactsLine.read("Pressemelding 05.06.2023");                                           // PRESS_RELEASE, 2023-06-05
 * FactsLine.read("Underside | | Finansdepartementet");                                  // ARTICLE, [fin]
 * </pre>
 *
 * @param type       the type label's class
 * @param date       the date, unless it is named as the last update
 * @param publishers the ministries, in the order written
 * @param number     a ministry's own number for the document
 * @param named      whether a field was named ("Dato:", "Utgiver:", "Nr.:")
 * @param speaker    whether a speaker's name stands beside the ministry
 */
public record FactsLine(Optional<DocClass> type, Optional<LocalDate> date, List<Ministry> publishers,
                        Optional<String> number, boolean named, boolean speaker) {

    private static final int MAX_LENGTH = 240;
    private static final int MAX_PERSON_WORDS = 6;
    private static final Pattern SEPARATOR = Pattern.compile("[|·•]|,(?=\\s)|\\s[-–—]\\s");
    private static final Pattern DATE_NAME = names("date");
    private static final Pattern PUBLISHER_NAME = names("publisher");
    private static final Pattern UPDATED = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("updated")
            + ")\\s*:\\s*[^|]*");
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("number")
            + ")\\s*:?\\s*(\\d{1,4}/\\d{2,4})(?!\\d)");
    private static final Pattern PERSON = Pattern.compile("^\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'-]*|av|von"
            + "|van|de|\\(\\p{Lu}+\\)))*$");

    private static final int RECENT_LINES = 256;
    /**
     * The lines read last on this thread: the readers ask about the same line several times while they place it
     * (its kind, whether it is a header, an entry's meta line, a caption), and a page's lines are few.
     */
    private static final ThreadLocal<Map<String, Optional<FactsLine>>> RECENT = ThreadLocal.withInitial(
            () -> new LinkedHashMap<>(RECENT_LINES * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<FactsLine>> eldest) {
                    return size() > RECENT_LINES;
                }
            });
    public FactsLine {
        publishers = List.copyOf(publishers);
    }

    /**
     * The facts of a line that holds nothing else and says enough to be a line of facts (a type, a named field, a
     * date with a ministry, or a speaker with a ministry); empty for any other line.
     */
    public static Optional<FactsLine> read(String line) {
        return fields(line).filter(f -> f.type().isPresent() || f.named() || f.date().isPresent()
                && !f.publishers().isEmpty() || f.speaker());
    }

    /** The facts of a text made only of fields, however few (a lone date, a lone ministry); else empty. */
    public static Optional<FactsLine> fields(String line) {
        Map<String, Optional<FactsLine>> recent = RECENT.get();
        Optional<FactsLine> known = recent.get(line);
        if (known == null) {
            known = parse(line);
            recent.put(line, known);
        }
        return known;
    }

    private static Optional<FactsLine> parse(String line) {
        if (line.length() > MAX_LENGTH || line.isBlank()) {
            return Optional.empty();
        }
        String s = UPDATED.matcher(line).replaceAll(" | ");
        List<Dates.Found> dates = Dates.find(s);
        if (dates.size() > 1) {
            return Optional.empty();
        }
        boolean named = false;
        if (!dates.isEmpty()) {
            Dates.Found d = dates.get(0);
            s = s.substring(0, d.start()) + " | " + s.substring(d.end());
        }
        Matcher number = NUMBER.matcher(s);
        Optional<String> no = Optional.empty();
        if (number.find()) {
            no = Optional.of(number.group(1));
            s = s.substring(0, number.start()) + " | " + s.substring(number.end());
            named = true;
        }
        Matcher field = DATE_NAME.matcher(s);
        named |= field.find();
        s = field.replaceAll(" | ");
        field = PUBLISHER_NAME.matcher(s);
        named |= field.find();
        s = field.replaceAll(" | ");
        return fields(s, dates, no, named);
    }

    /** Reads the fields left once dates, numbers and field names are taken out: ministries, a type, a speaker. */
    private static Optional<FactsLine> fields(String rest, List<Dates.Found> dates, Optional<String> number,
                                              boolean named) {
        List<Ministry> publishers = new ArrayList<>();
        StringBuilder s = new StringBuilder(rest);
        List<Ministries.Found> found = Ministries.get().findAll(rest);
        for (int i = found.size() - 1; i >= 0; i--) {
            s.replace(found.get(i).start(), found.get(i).end(), " | ");
        }
        found.forEach(f -> {
            if (!publishers.contains(f.ministry())) {
                publishers.add(f.ministry());
            }
        });
        Optional<DocClass> type = Optional.empty();
        boolean person = false;
        for (String part : SEPARATOR.split(s)) {
            String f = part.strip();
            if (f.isEmpty()) {
                continue;
            }
            Optional<DocClass> label = TypeLabels.get().classOf(f);
            if (label.isPresent() && type.isEmpty()) {
                type = label;
            } else if (!person && !publishers.isEmpty() && isPerson(f)) {
                person = true;
            } else {
                return Optional.empty();
            }
        }
        Optional<LocalDate> date = dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date());
        return Optional.of(new FactsLine(type, date, publishers, number, named, person));
    }

    /** A speaker's name: a few capitalised words ("Sveinung Rotevatn", "Jonas Gahr Støre (Ap)"). */
    private static boolean isPerson(String field) {
        return TextShape.words(field) <= MAX_PERSON_WORDS && PERSON.matcher(field).matches();
    }

    private static Pattern names(String key) {
        return Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives(key) + ")\\s*:");
    }

    private static String alternatives(String key) {
        return String.join("|", LanguageData.merged("fields").getOrDefault(key, List.of()));
    }
}
