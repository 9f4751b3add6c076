package no.policylod.convert.extract;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.Amount;
import no.policylod.convert.model.AmountContext;

/**
 * What a sentence says about an amount it states: the year, "annually", "around", an increase or a cut, a floor or a
 * ceiling, read by the rules of the labelling guide from the words next to the amount, in English, bokmål and
 * nynorsk. The words are language data ({@code qualifiers.json}: hedges, floors, ceilings, annual words, change
 * words, the prepositions that introduce a change or a level, and the phrases that tie a year to something else).
 *
 * <pre>
 * AmountContext c = Qualifiers.of(text, amount);
 * c.year();        // Optional[2017] for "from NOK 175 million in 2017 to ..."
 * c.approximate(); // true for "around NOK 3.6 billion"
 * c.increase();    // true for "increase ... by NOK 274 million", false for "increase the framework to NOK 135 billion"
 * </pre>
 *
 * Reading order: the words just before the amount are taken off one by one (hedges, bounds, fillers such as "a total
 * of") to find what introduces it; a level ("to", "from", "til") is never a change; a change word earlier in the
 * sentence counts when the amount is introduced by "by"/"with"/"med"/"på", and a change word or an "additional"
 * right before it counts always. A year counts when the amount's own time phrase names it, or when it is the one year
 * of the sentence that is not a baseline ("compared with 2014"), the start of a total ("since 2023") or the end of a
 * period ("to 2030"); a sentence about several years ties the amount to none.
 *
 */
public final class Qualifiers {

    private static final Map<String, List<String>> WORDS = LanguageData.merged("qualifiers");
    private static final Pattern HEDGE = tail("hedges");
    private static final Pattern ALMOST = tail("almost");
    private static final Pattern FLOOR = tail("floors");
    private static final Pattern CEILING = tail("ceilings");
    private static final Pattern FILLER = tail("fillers");
    /** "annual" on the amount's own noun: "an annual NOK 5 million", "a total annual budget of", "årlig tilskudd på". */
    private static final Pattern ANNUAL_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("annual-before")
            + ")(?:\\s+\\p{L}+)?(?:\\s+(?:" + alternatives("of") + "))?\\s*$");
    private static final Pattern ANNUAL_NOUN = anywhere("annual-nouns");
    private static final Pattern ANNUAL_AFTER = head("annual-after", 2);
    private static final Pattern INCREASE = anywhere("increase-words");
    private static final Pattern INCREASE_ADJECTIVE = tail("increase-adjectives");
    private static final Pattern INCREASE_AFTER = head("increase-after", 0);
    private static final Pattern INCREASE_NOUN_AFTER = head("increase-words", 0);
    private static final Pattern DECREASE = anywhere("decrease-words");
    private static final Pattern DECREASE_AFTER = head("decrease-after", 0);
    private static final Pattern DECREASE_NOUN_AFTER = head("decrease-words", 0);
    private static final Pattern BY = tail("by");
    private static final Pattern OF = tail("of");
    private static final Pattern LEVEL = tail("level");
    private static final Pattern MULTI_YEAR = anywhere("multi-year");
    /** A year: four digits, not part of a session "2014–2015", an amount "2000 kroner" or a decimal. */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/–-])((?:19|20)\\d{2})(?![\\d]|[.,]\\d"
            + "|\\s*[–-]\\s*\\d|[\\s\u00a0]+(?:kroner|kr|NOK|USD|EUR|dollars?|euros?|mill\\p{L}*|mrd|bill\\p{L}*)"
            + "(?!\\p{L}))", Pattern.UNICODE_CASE);
    private static final Pattern AND_YEAR = Pattern.compile("^\\s*(?:and|og|or|eller|&|[–-])\\s*(?:19|20)\\d{2}");
    private static final Pattern SINCE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("since")
            + ")(?!\\p{L})[^,.;]*$");
    private static final Pattern UNTIL = tail("until");
    private static final Pattern BASELINE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("baseline")
            + ")(?!\\p{L})(?:\\s+\\S+){0,6}?\\s*$");
    private static final Pattern BASELINE_NEAR = tail("baseline-near");
    private static final Pattern YEAR_IN = tail("year-in");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("^-?\\s*(?:levels?|nivå\\p{L}*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern PREPOSITION_THEN_WORDS = Pattern.compile(
            "(?iu).*(?<!\\p{L})(?:to|for|til|på|in|i|of)(?!\\p{L}).*\\S.*");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[.;:!?]");
    private static final int WINDOW = 6;
    private static final int OWN_YEAR_WORDS = 7;

    private Qualifiers() {
    }

    /** Reads the context of a mention inside the text it was found in. */
    public static AmountContext of(String text, Amount mention) {
        int start = Sentences.startOf(text, mention.start());
        int end = Math.max(Sentences.endOf(text, mention.end() - 1), mention.end());
        String before = text.substring(start, mention.start());
        String after = text.substring(mention.end(), end);
        Lead lead = Lead.of(before);
        boolean level = LEVEL.matcher(lead.rest()).find();
        boolean increase = !level && changed(lead, after, INCREASE, INCREASE_ADJECTIVE, INCREASE_AFTER,
                INCREASE_NOUN_AFTER);
        boolean decrease = !level && changed(lead, after, DECREASE, null, DECREASE_AFTER, DECREASE_NOUN_AFTER);
        return new AmountContext(SPACES.matcher(text.substring(start, end)).replaceAll(" ").strip(),
                year(before, after, OF.matcher(lead.rest()).find() && (increase || decrease)), annual(before, after),
                lead.hedged(), increase, decrease,
                mention.rangeBound().or(lead::bound));
    }

    /**
     * What stands just before an amount: hedges, bounds and fillers taken off the end of the words before it, and
     * the rest, which ends with the word that introduces the amount.
     */
    private record Lead(String rest, boolean hedged, Optional<Amount.Bound> bound) {

        static Lead of(String before) {
            String rest = before.stripTrailing();
            boolean hedged = false;
            Optional<Amount.Bound> bound = Optional.empty();
            for (boolean more = true; more; ) {
                more = false;
                Matcher m;
                if ((m = ALMOST.matcher(rest)).find() || (m = HEDGE.matcher(rest)).find()) {
                    hedged = true;
                } else if (bound.isEmpty() && (m = FLOOR.matcher(rest)).find()) {
                    bound = Optional.of(Amount.Bound.LOWER);
                } else if (bound.isEmpty() && (m = CEILING.matcher(rest)).find()) {
                    bound = Optional.of(Amount.Bound.UPPER);
                } else if (!(m = FILLER.matcher(rest)).find()) {
                    break;
                }
                rest = rest.substring(0, m.start()).stripTrailing();
                more = true;
            }
            return new Lead(rest, hedged, bound);
        }
    }

    /** A change: its word or "additional" right before, a change word before "by"/"med", or a change word after. */
    private static boolean changed(Lead lead, String after, Pattern word, Pattern adjective, Pattern afterWords,
                                   Pattern nounAfter) {
        String rest = lead.rest();
        if (adjective != null && adjective.matcher(rest).find() || afterWords.matcher(after).find()
                || nounAfter.matcher(after).find()) {
            return true;
        }
        String near = lastWords(rest, WINDOW);
        if (BY.matcher(rest).find()) {
            return word.matcher(rest).find();
        }
        if (OF.matcher(rest).find()) {
            return word.matcher(near).find() || adjective != null && anywhereIn(adjective, near);
        }
        return word.matcher(near).find() && endsWithWord(near, word);
    }

    /** Whether words that a pattern finds at the end of a text stand anywhere in it. */
    private static boolean anywhereIn(Pattern atEnd, String text) {
        String[] words = SPACES.split(text);
        StringBuilder prefix = new StringBuilder();
        for (String w : words) {
            prefix.append(w).append(' ');
            if (atEnd.matcher(prefix.toString().stripTrailing()).find()) {
                return true;
            }
        }
        return false;
    }

    /** A change word among the last words, with nothing after it that starts another phrase ("to", "for"). */
    private static boolean endsWithWord(String near, Pattern word) {
        Matcher m = word.matcher(near);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        String tailWords = near.substring(last);
        return !PREPOSITION_THEN_WORDS.matcher(tailWords).matches()
                || tailWords.strip().isEmpty();
    }

    private static boolean annual(String before, String after) {
        return ANNUAL_BEFORE.matcher(Lead.of(before).rest()).find() || ANNUAL_AFTER.matcher(after).find()
                || ANNUAL_NOUN.matcher(lastWords(before, WINDOW)).find();
    }

    /** The year the sentence ties the amount to, by the labelling guide's rules; see the class comment. */
    private static Optional<Year> year(String before, String after, boolean changeNoun) {
        String sentence = before + " " + after;
        if (MULTI_YEAR.matcher(sentence).find()) {
            return Optional.empty();
        }
        Optional<Year> own = ownYear(after, changeNoun);
        if (own.isPresent()) {
            return own;
        }
        List<String> years = new ArrayList<>();
        collect(before, years, changeNoun);
        collect(after, years, changeNoun);
        return years.stream().distinct().count() == 1 ? Optional.of(Year.parse(years.get(0))) : Optional.empty();
    }

    /** The amount's own time phrase right after it: "NOK 175 million in 2017", "i revidert budsjett for 2016". */
    private static Optional<Year> ownYear(String after, boolean changeNoun) {
        Matcher m = YEAR.matcher(after);
        if (!m.find() || TextShape.words(after.substring(0, m.start())) > OWN_YEAR_WORDS) {
            return Optional.empty();
        }
        String lead = after.substring(0, m.start());
        boolean tied = YEAR_IN.matcher(lead).find() && !CLAUSE_MARK.matcher(lead).find();
        return tied && eligible(lead, after.substring(m.end()), changeNoun) ? Optional.of(Year.parse(m.group(1)))
                : Optional.empty();
    }

    /** Every year of a piece of the sentence that is not a baseline, a start, an end or one of several. */
    private static void collect(String part, List<String> years, boolean changeNoun) {
        Matcher m = YEAR.matcher(part);
        while (m.find()) {
            if (eligible(part.substring(0, m.start()), part.substring(m.end()), changeNoun)) {
                years.add(m.group(1));
            }
        }
    }

    /**
     * Whether a year may be the amount's: not the start of a total, the end of a period, a comparison's baseline
     * ("compared with the budget for 2013"; "from 2014" after a change stated as a noun, "an increase of X from
     * 2014"), one of several years or the base of a level ("2016-levels").
     */
    private static boolean eligible(String before, String after, boolean changeNoun) {
        return !SINCE.matcher(before).find() && !UNTIL.matcher(before).find() && !BASELINE.matcher(before).find()
                && !(changeNoun && BASELINE_NEAR.matcher(before).find())
                && !AND_YEAR.matcher(after).find() && !LEVEL_SUFFIX.matcher(after).find();
    }

    private static String lastWords(String text, int n) {
        String[] words = SPACES.split(text.strip());
        int from = Math.max(0, words.length - n);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static String alternatives(String key) {
        return String.join("|", WORDS.getOrDefault(key, List.of()).stream()
                .map(w -> w.replace(" ", "[\\s\u00a0]+")).toList());
    }

    /** The words at the end of a text. */
    private static Pattern tail(String key) {
        return Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives(key) + ")[\\s\u00a0]*$");
    }

    /** The words anywhere in a text. */
    private static Pattern anywhere(String key) {
        return Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives(key) + ")(?!\\p{L})");
    }

    /** The words at the start of a text, after up to {@code skip} other words. */
    private static Pattern head(String key, int skip) {
        return Pattern.compile("(?iu)^[\\s,]*(?:\\p{L}+\\s+){0," + skip + "}?(?:" + alternatives(key) + ")(?!\\p{L})");
    }
}
