package no.policylod.convert.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;

/**
 * What a piece of text looks like, whatever its markup: running text, or a title. The abbreviations that do not
 * break a sentence ("Meld. St.", "nr.", "Mr.") are language data ({@code abbreviations.json}, key
 * {@code before-capital}).
 *
 * <pre>
 * TextShape.prose("The ministry gives NOK 20 million to the new harbour in the north.");   // true
 * TextShape.titleShaped("Security policy");                               // true
 * </pre>
 */
public final class TextShape {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(\\p{L}*\\p{Ll})[.!?] +\\p{Lu}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?…;][\"”’»)]?$");
    private static final Pattern FRAGMENT_END = Pattern.compile("(?s).*[,;.]$");
    private static final Pattern QUOTED = Pattern.compile("^['‘“«].*");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Set<String> ABBREVIATIONS = Set.copyOf(
            LanguageData.merged("abbreviations").getOrDefault("before-capital", List.of()));

    private TextShape() {
    }

    public static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : SPACES.split(s).length;
    }

    /**
     * Running text: very long, of some length and ending as a sentence does, or holding a sentence break.
     */
    public static boolean prose(String text) {
        int words = words(text);
        return words >= 30 || (words >= 7 && SENTENCE_END.matcher(text).matches())
                || (words >= 12 && hasSentenceBreak(text));
    }

    /** Short enough, and shaped like a heading or title: not ending mid-sentence with a comma or a period. */
    public static boolean titleShaped(String text) {
        return !text.isEmpty() && !prose(text) && text.length() <= 250 && !FRAGMENT_END.matcher(text).matches()
                && (Character.isLetterOrDigit(text.codePointAt(0)) || QUOTED.matcher(text).matches());
    }

    /** Whether the text holds a digit: a cheap test before looking for numbers, dates or document numbers. */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds four digits in a row (every date the site writes has its year so). */
    public static boolean hasYear(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text ends as a sentence does (a stop, perhaps inside closing quotes). */
    public static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).matches();
    }

    /** How many sentences the text holds, by its sentence breaks (abbreviations do not break). */
    public static int sentences(String text) {
        int n = 1;
        Matcher m = SENTENCE_BREAK.matcher(text);
        while (m.find()) {
            if (!ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** A full stop after a word that is not an abbreviation, then a capital. */
    private static boolean hasSentenceBreak(String text) {
        Matcher m = SENTENCE_BREAK.matcher(text);
        while (m.find()) {
            if (!ABBREVIATIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
