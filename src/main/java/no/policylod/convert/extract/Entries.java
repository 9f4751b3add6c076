package no.policylod.convert.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Identifiers;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.model.Ministry;
import no.policylod.convert.extract.TypeLabels;

/**
 * Reads the lines listings are made of: an inline entry ({@code Meld. St. 5 (2023–2024) - Title Report to the
 * Storting 24/11/2023}) and a meta line under a title ({@code 02/12/2021 News story Ministry of Defence} followed,
 * often glued, by the teaser; {@code Pressemelding 05.06.2023}; a lone type label such as {@code Press release}).
 *
 * <pre>
 * Entries.meta("14/10/2023 Press release Ministry of Foreign AffairsNorway is now providing ...");
 *   // Meta[PRESS_RELEASE, 2023-10-14, [ud], teaser "Norway is now providing ..."]
 * </pre>
 */
public final class Entries {

    /** What a meta line says of the entry above it, and the teaser text glued to its end, if any. */
    public record Meta(Optional<DocClass> docClass, Optional<LocalDate> issued, List<Ministry> publishers,
                Optional<String> teaser) {
    }

    /** An inline entry: title, and what the line says of it. */
    public record Inline(String title, Optional<DocClass> docClass, Optional<LocalDate> issued, Optional<String> identifier) {
    }

    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{1,2}[./]\\d{1,2}[./]\\d{4})[\\s\u00a0]*");
    private static final Pattern LEADING_COMMAS = Pattern.compile("^[\\s\u00a0,]+");
    private static final Pattern AFTER_SPACE = Pattern.compile("(?<=\\s)");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",$");
    private static final Pattern SEPARATOR = Pattern.compile("^[\\s\u00a0]*[-–—:][\\s\u00a0]+");
    private static final int LONGEST_LABEL_WORDS = 6;

    private Entries() {
    }

    /**
     * Reads a meta line. Two layouts: the listing's "date, type label, ministries" with the teaser often glued to
     * its end; and fields in any order (type label, date, ministries), separated by white space, "|", "·" or
     * commas, a date perhaps named "Dato:"/"Date:". A line of fields needs a type label, or a date and a ministry.
     */
    public static Optional<Meta> meta(String line) {
        String s = line.strip();
        Matcher date = LEADING_DATE.matcher(s);
        if (date.find()) {
            Optional<LocalDate> issued = Dates.parse(date.group(1));
            String rest = s.substring(date.end());
            Optional<Label> label = labelAtStart(rest);
            if (issued.isPresent() && label.isPresent()) {
                return Optional.of(withMinistries(label.get().docClass(), issued,
                        rest.substring(label.get().end())));
            }
        }
        return fields(s);
    }

    /** A line of facts (see {@link FactsLine}) with a type label, or a date and a ministry. */
    private static Optional<Meta> fields(String line) {
        return FactsLine.read(line).filter(f -> f.type().isPresent() || f.date().isPresent() && !f.publishers().isEmpty())
                .map(f -> new Meta(f.type(), f.date(), f.publishers(), Optional.empty()));
    }

    /**
     * Whether the text is made only of meta fields (a type label, one date, ministries), even too few to make a
     * meta line of their own: a lone date or a lone ministry, as markup puts them in elements of their own.
     */
    public static boolean isFields(String text) {
        return FactsLine.fields(text.strip()).filter(f -> f.type().isPresent() || f.date().isPresent()
                || !f.publishers().isEmpty()).isPresent();
    }

    /** Reads an inline list entry; empty when the line names neither a kind, a date nor an identifier. */
    public static Optional<Inline> inline(String entry) {
        String rest = entry.strip();
        Optional<LocalDate> issued = Optional.empty();
        List<Dates.Found> dates = Dates.find(rest);
        if (!dates.isEmpty() && dates.get(dates.size() - 1).end() == rest.length()) {
            Dates.Found last = dates.get(dates.size() - 1);
            issued = Optional.of(last.date());
            rest = rest.substring(0, last.start()).strip();
        }
        Optional<TypeLabels.Found> label = TypeLabels.get().atEnd(rest);
        Optional<DocClass> docClass = label.map(TypeLabels.Found::docClass);
        if (label.isPresent()) {
            rest = rest.substring(0, label.get().start()).strip();
        }
        Optional<Inline> numbered = numbered(rest);
        Optional<String> identifier = numbered.flatMap(Inline::identifier);
        if (numbered.isPresent()) {
            docClass = docClass.or(() -> numbered.get().docClass());
            rest = numbered.get().title();
        }
        if (rest.isEmpty() || (issued.isEmpty() && docClass.isEmpty() && identifier.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Inline(rest, docClass, issued, identifier));
    }

    /**
     * A title that opens with a document number and a dash ({@code Meld. St. 21 (2023–2024) - Title}): the title
     * after the dash (perhaps empty), the number, and the class the number names.
     */
    public static Optional<Inline> numbered(String title) {
        String rest = title.strip();
        Optional<Identifiers.Found> id = Identifiers.atStart(rest);
        Matcher sep = SEPARATOR.matcher(id.map(i -> rest.substring(i.end())).orElse(""));
        if (id.isEmpty() || !sep.find()) {
            return Optional.empty();
        }
        return Optional.of(new Inline(rest.substring(id.get().end() + sep.end()).strip(), id.get().docClass(),
                Optional.empty(), Optional.of(id.get().text())));
    }

    private static Meta withMinistries(DocClass docClass, Optional<LocalDate> issued, String rest) {
        List<Ministry> publishers = new ArrayList<>();
        String s = rest;
        while (true) {
            s = LEADING_COMMAS.matcher(s).replaceFirst("");
            Optional<Named> named = ministryAtStart(s);
            if (named.isEmpty()) {
                break;
            }
            publishers.add(named.get().ministry());
            s = s.substring(named.get().length());
        }
        String teaser = s.strip();
        return new Meta(Optional.ofNullable(docClass), issued, publishers, teaser.isEmpty() ? Optional.empty()
                : Optional.of(teaser));
    }

    private record Label(DocClass docClass, int end) {
    }

    private record Named(Ministry ministry, int length) {
    }

    /**
     * The ministry whose name (any language, current or older) the text starts with; the name may run straight into
     * the next word, as the extracts glue a listing's ministry to its teaser ("Ministry of DefenceThe …").
     */
    private static Optional<Named> ministryAtStart(String text) {
        Optional<Named> best = Optional.empty();
        for (Ministry m : Ministries.get().all()) {
            List<String> names = new ArrayList<>(m.names().values());
            m.altNames().values().forEach(names::addAll);
            for (String name : names) {
                if (text.startsWith(name) && best.map(b -> b.length() < name.length()).orElse(true)) {
                    best = Optional.of(new Named(m, name.length()));
                }
            }
        }
        return best;
    }

    /** The longest type label the text starts with, ending at a word boundary. */
    private static Optional<Label> labelAtStart(String text) {
        String[] words = AFTER_SPACE.split(text, -1);
        StringBuilder prefix = new StringBuilder();
        Optional<Label> best = Optional.empty();
        for (int i = 0; i < Math.min(words.length, LONGEST_LABEL_WORDS); i++) {
            prefix.append(words[i]);
            String candidate = TRAILING_COMMA.matcher(prefix.toString().strip()).replaceFirst("");
            Optional<DocClass> c = TypeLabels.get().classOf(candidate);
            if (c.isPresent()) {
                best = Optional.of(new Label(c.get(), prefix.toString().stripTrailing().length()));
            }
        }
        return best.or(() -> gluedLabelAtStart(text));
    }

    /**
     * A label run straight into the next field, as extracts glue a listing's fields ("Norwegian Official Report
     * (NOU)Ministry of …"): the longest label the text starts with, followed by a capital letter.
     */
    private static Optional<Label> gluedLabelAtStart(String text) {
        return TypeLabels.get().atStart(text).filter(f -> f.end() < text.length()
                && Character.isUpperCase(text.codePointAt(f.end()))).map(f -> new Label(f.docClass(), f.end()));
    }
}
