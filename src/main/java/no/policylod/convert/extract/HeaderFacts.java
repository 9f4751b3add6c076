package no.policylod.convert.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Rule;
import no.policylod.convert.model.Rules;
import no.policylod.convert.extract.Dates;
import no.policylod.convert.extract.Ministries;
import no.policylod.convert.model.Ministry;
import no.policylod.convert.extract.TypeLabels;

/**
 * Recognises the site's metadata lines: the header line ({@code Speech/statement | Date: 27/05/2025 | Ministry of
 * Foreign Affairs}), {@code Utgiver:}/{@code Publisher}, {@code Publisert under:}, {@code Date:}/{@code Dato:},
 * {@code No.: 181/05}, {@code Press release, 20.12.2013}, datelines ({@code Stortinget, 9. oktober 2017}),
 * {@code Tilråding frå … 5. april 2019}, archive markers and "check against delivery" notes.
 *
 * <pre>
 * Optional&lt;HeaderFacts.Fact&gt; fact = HeaderFacts.read("Tale/innlegg | Dato: 15.12.2025 | Statsministerens kontor");
 * </pre>
 */
public final class HeaderFacts {

    /** What a metadata line says; a field is empty where the line says nothing of it. */
    public record Fact(Kind kind, Optional<DocClass> docClass, Optional<LocalDate> date, List<Ministry> publishers,
                Optional<String> identifier) {
    }

    /** The kinds of metadata line. */
    public enum Kind {
        /** A header with type, date and publisher, or any part of them. */
        HEADER,
        /** "Historisk arkiv" / "Historical archive": the page is in the archive of an earlier government. */
        ARCHIVE,
        /** "Sjekkes mot fremføring" / "Check against delivery": the page is a speech. */
        SPEECH_NOTE,
        /** A line of the template that says nothing the data needs ("Publisert under:", "Av:", "Sted:"). */
        OTHER
    }

    private static final String DATE = "(\\d{1,2}[./]\\d{1,2}[./]\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4})";
    /** A publisher field whose value names no known ministry: a template line, no fact. */
    private static final Pattern PUBLISHER_FIELD = Pattern.compile(
            "(?iu)^(?:Utgiver|Utgjevar|Publisher|Published by)\\s*:?\\s+\\S");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DATELINE = Pattern.compile("^(\\p{Lu}[\\p{L} .'-]{1,40}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,40}){0,3}),\\s*"
            + DATE + "\\.?$", Pattern.UNICODE_CASE);
    /** A byline: a speaker, a comma, the occasion and its date ("Forsvarsminister X, årsmøtet i Y 31. mai 2006"). */
    private static final Pattern BYLINE = Pattern.compile("^(\\p{Lu}[\\p{L} .'-]{1,60},\\s*[\\p{L}\\d .'-]{1,60}?)\\s+"
            + DATE + "\\.?$", Pattern.UNICODE_CASE);
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "^Tilråding\\s+fr[aå]\\s+(.+?)\\s+" + DATE + ",.*$", Pattern.UNICODE_CASE);
    private static final Pattern ARCHIVE = Pattern.compile("^(?:Historisk arkiv|Historical archive)$",
            Pattern.CASE_INSENSITIVE);
    /** A speech's note that the text was checked against what was said ({@code speech-cues.json}, notes). */
    private static final Pattern SPEECH_NOTE = Pattern.compile("^\\(?(?:" + String.join("|",
            LanguageData.merged("speech-cues").getOrDefault("notes", List.of())) + ")(?:\\s*\\([^)]{0,60}\\))?"
            + "\\.?\\)?\\.?$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TEMPLATE = Pattern.compile(
            "^(?:Publisert under|Published under|Av|By|Sted|Place|Location|Stad|Báiki|Sist oppdatert|Oppdatert"
                    + "|Sist endret|Last updated|Updated)\\s*:.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private HeaderFacts() {
    }

    /** What the line says, if it is one of the site's metadata lines. */
    public static Optional<Fact> read(String line) {
        return read(line, Rules.all());
    }

    /** What the line says, reading only the forms in force. */
    public static Optional<Fact> read(String line, Rules rules) {
        String s = line.strip();
        if (ARCHIVE.matcher(s).matches()) {
            return Optional.of(simple(Kind.ARCHIVE));
        }
        if (SPEECH_NOTE.matcher(s).matches()) {
            return Optional.of(simple(Kind.SPEECH_NOTE));
        }
        if (TEMPLATE.matcher(s).matches()) {
            return Optional.of(simple(Kind.OTHER));
        }
        for (HeaderForm form : HeaderForm.values()) {
            Optional<Fact> fact = rules.on(form) ? form.read(s) : Optional.empty();
            if (fact.isPresent()) {
                return fact;
            }
        }
        return Optional.empty();
    }

    /** The named forms of the site's header lines, tried in this order. */
    public enum HeaderForm implements Rule {
        /**
         * A line of facts in any order: "Type | Date: DD/MM/YYYY | Ministry", "Utgiver: …", "Dato: …",
         * "No.: 181/05", "Press release, 20.12.2013", "Minister| Ministry", "Underside | | Ministry".
         */
        FACTS(HeaderFacts::facts),
        /** "Tilråding frå … 5. april 2019, …". */
        RECOMMENDATION(HeaderFacts::recommendation),
        /** "Stortinget, 9. oktober 2017" and a speaker's byline ending with the occasion's date. */
        DATELINE(HeaderFacts::dateline);

        private final java.util.function.Function<String, Optional<Fact>> reader;

        HeaderForm(java.util.function.Function<String, Optional<Fact>> reader) {
            this.reader = reader;
        }

        Optional<Fact> read(String line) {
            return reader.apply(line);
        }
    }

    /** A line of facts (see {@link FactsLine}); a lone type label is left to the page header's placement rules. */
    private static Optional<Fact> facts(String s) {
        Optional<FactsLine> facts = FactsLine.read(s).filter(f -> f.named() || f.date().isPresent()
                || !f.publishers().isEmpty());
        if (facts.isEmpty()) {
            return PUBLISHER_FIELD.matcher(s).lookingAt() ? Optional.of(simple(Kind.OTHER)) : Optional.empty();
        }
        FactsLine f = facts.get();
        boolean says = f.type().isPresent() || f.date().isPresent() || !f.publishers().isEmpty() || f.number().isPresent();
        return Optional.of(says ? new Fact(Kind.HEADER, f.type(), f.date(), f.publishers(), f.number())
                : simple(Kind.OTHER));
    }

    private static Optional<Fact> recommendation(String s) {
        Matcher m = RECOMMENDATION.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Fact(Kind.HEADER, Optional.empty(), Dates.parse(m.group(2)), ministries(m.group(1)),
                Optional.empty()));
    }

    private static Optional<Fact> dateline(String s) {
        Matcher m = DATELINE.matcher(s);
        if (!m.matches()) {
            m = BYLINE.matcher(s);
        }
        if (!m.matches() || SPACES.split(s).length > 10) {
            return Optional.empty();
        }
        return Dates.parse(m.group(2)).map(d -> new Fact(Kind.HEADER, Optional.empty(), Optional.of(d), List.of(),
                Optional.empty()));
    }

    /** The ministries named in a list of names ("Ministry of Foreign Affairs, Ministry of Climate and Environment"). */
    public static List<Ministry> ministries(String names) {
        List<Ministry> found = new ArrayList<>();
        Ministries.get().findAll(names).forEach(f -> {
            if (!found.contains(f.ministry())) {
                found.add(f.ministry());
            }
        });
        return found;
    }

    private static Fact simple(Kind kind) {
        return new Fact(kind, Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }
}
