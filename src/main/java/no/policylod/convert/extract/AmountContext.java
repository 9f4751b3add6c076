package no.policylod.convert.extract;

import java.time.Year;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence says about an amount it states: the year, "annually", "around", an increase or a cut, a floor or a
 * ceiling. Read from the words next to the amount, in English, bokmål and nynorsk.
 *
 * <pre>
 * AmountContext c = AmountContext.of(text, mention);
 * c.year();        // Optional[2017] for "from NOK 175 million in 2017 to ..."
 * c.approximate(); // true for "around NOK 3.6 billion"
 * </pre>
 *
 * @param sentence    the sentence that states the amount, white space collapsed
 * @param year        the year the sentence ties the amount to
 * @param annual      stated per year
 * @param approximate hedged ("around", "om lag")
 * @param increase    an increase or addition
 * @param decrease    a reduction or cut
 * @param bound       a floor ("more than", "minst") or ceiling ("up to", "inntil"), or an end of a range
 */
public record AmountContext(String sentence, Optional<Year> year, boolean annual, boolean approximate,
                            boolean increase, boolean decrease, Optional<Money.Bound> bound) {

    private static final int WORDS_BEFORE = 6;
    private static final Pattern APPROXIMATE = words("around|about|approximately|approx\\.|roughly|almost|nearly"
            + "|some|close to|circa|ca\\.|om lag|omlag|omkring|rundt|cirka|nesten|nærmere|nærare|anslagsvis|drøyt"
            + "|snaut|knapt");
    private static final Pattern FLOOR = words("more than|over|above|at least|upwards of|in excess of|minst"
            + "|mer enn|meir enn|i overkant av");
    private static final Pattern CEILING = words("up to|less than|under|at most|a maximum of|inntil|opptil"
            + "|høyst|maksimalt|mindre enn|i underkant av");
    private static final Pattern ANNUAL_BEFORE = words("annual|annually|yearly|årlig|årleg|årlige|årlege");
    private static final Pattern ANNUAL_AFTER = Pattern.compile("(?i)^[\\s,]*(?:\\p{L}+\\s+){0,2}?(?:annually|a year"
            + "|per year|each year|every year|per annum|a year|årlig|årleg|per år|i året|kvart år|hvert år|om året)"
            + "(?!\\p{L})");
    private static final Pattern INCREASE = words("increase|increases|increased|increasing|raise|raises|raising"
            + "|additional|extra|further|boost|boosts|boosting|top up|increment|økning|øke|øker|økt|økes|auke|aukar"
            + "|auka|aukast|ytterligere|ytterlegare|ekstra|styrke|styrker|styrkes|styrkjer|opptrapping|tilleggs\\p{L}*");
    private static final Pattern INCREASE_AFTER = Pattern.compile("(?i)^\\s*(?:increase|more|extra|økning|auke)"
            + "(?!\\p{L})");
    private static final Pattern DECREASE = words("decrease|decreases|reduce|reduces|reduced|reducing|reduction"
            + "|cut|cuts|lower|savings|kutt|kutte|kutter|redusere|reduserer|redusert|reduksjon|nedgang|lavere"
            + "|redusera|reduserast|innsparing");
    private static final Pattern DECREASE_AFTER = Pattern.compile("(?i)^\\s*(?:reduction|cut|less|decrease"
            + "|reduksjon|kutt|mindre)(?!\\p{L})");
    private static final Pattern YEAR_AFTER = Pattern.compile("(?i)^[\\s,]*(?:in|for|i|fra|frå|from|til|to)\\s+"
            + "(?:the\\s+year\\s+|året\\s+)?((?:19|20)\\d{2})(?![\\d–-])");
    /** A year: four digits, not part of a session "2014–2015" or of an amount "2000 kroner". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,/–-])((?:19|20)\\d{2})(?![\\d]|\\s*[–-]\\s*\\d"
            + "|[\\s\u00a0]+(?:kroner|kr|NOK|USD|EUR|dollars?|euros?|mill\\p{L}*|mrd|bill\\p{L}*)(?!\\p{L}))",
            Pattern.UNICODE_CASE);

    /** Reads the context of a mention inside the text it was found in. */
    public static AmountContext of(String text, Money.Mention mention) {
        int sentenceStart = Sentences.startOf(text, mention.start());
        int sentenceEnd = Math.max(Sentences.endOf(text, mention.end() - 1), mention.end());
        String before = text.substring(sentenceStart, mention.start());
        String after = text.substring(mention.end(), sentenceEnd);
        String lastWords = lastWords(before, WORDS_BEFORE);
        String nearWords = lastWords(before, 3);
        Optional<Money.Bound> bound = mention.rangeBound().or(() -> FLOOR.matcher(nearWords).find()
                ? Optional.of(Money.Bound.LOWER)
                : CEILING.matcher(nearWords).find() ? Optional.of(Money.Bound.UPPER) : Optional.empty());
        return new AmountContext(
                text.substring(sentenceStart, sentenceEnd).replaceAll("[\\s\u00a0]+", " ").strip(),
                year(text.substring(sentenceStart, mention.start()) + " ".repeat(mention.end() - mention.start())
                        + after, after),
                ANNUAL_BEFORE.matcher(nearWords).find() || ANNUAL_AFTER.matcher(after).find(),
                APPROXIMATE.matcher(nearWords).find(),
                (INCREASE.matcher(lastWords).find() && !FLOOR.matcher(nearWords).find())
                        || INCREASE_AFTER.matcher(after).find(),
                DECREASE.matcher(lastWords).find() || DECREASE_AFTER.matcher(after).find(),
                bound);
    }

    private static Optional<Year> year(String sentence, String after) {
        Matcher direct = YEAR_AFTER.matcher(after);
        if (direct.find()) {
            return Optional.of(Year.parse(direct.group(1)));
        }
        TreeSet<String> years = new TreeSet<>();
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years.size() == 1 ? Optional.of(Year.parse(years.first())) : Optional.empty();
    }

    private static String lastWords(String text, int n) {
        String[] words = text.strip().split("[\\s\u00a0]+");
        int from = Math.max(0, words.length - n);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)(?<!\\p{L})(?:" + alternatives + ")(?!\\p{L})", Pattern.UNICODE_CASE);
    }
}
