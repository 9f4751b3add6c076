package no.policylod.convert.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentence around a position in running text, without taking abbreviations ("kr.", "mill.", "St.", "nr.")
 * or decimal points for sentence ends.
 *
 * <pre>
 * String s = Sentences.around(text, mention.start(), mention.end());
 * </pre>
 */
public final class Sentences {

    /** A stop, then white space and the start of a sentence: a capital or digit, maybe after a quote or a dash. */
    private static final Pattern END = Pattern.compile(
            "[.!?…]+['’”»)]*(?=[\\s\u00a0]+(?:['‘“«]|[–—\\-][\\s\u00a0]*)?[\\p{Lu}\\d])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:kr|mill|mrd|nr|no|st|meld|prop|ca|bl\\.a|f\\.eks|dvs|mv|osv|pst|jf|kap|mr|mrs|ms|dr"
                    + "|prof|vs|etc|e\\.g|i\\.e|approx|inkl|ekskl|ref|jan|feb|aug|sep|sept|okt|oct|nov|des|dec"
                    + "|\\p{Lu})$");

    private Sentences() {
    }

    /** The sentence that contains the span [start, end), white space collapsed. */
    public static String around(String text, int start, int end) {
        int from = 0;
        int to = text.length();
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (isAbbreviation(text, m.start())) {
                continue;
            }
            if (m.end() <= start) {
                from = m.end();
            } else if (m.start() >= end) {
                to = m.end();
                break;
            }
        }
        return text.substring(from, to).replaceAll("[\\s\u00a0]+", " ").strip();
    }

    /** The offset where the sentence containing {@code position} starts. */
    public static int startOf(String text, int position) {
        int from = 0;
        Matcher m = END.matcher(text);
        while (m.find() && m.end() <= position) {
            if (!isAbbreviation(text, m.start())) {
                from = m.end();
            }
        }
        return from;
    }

    /** The offset where the sentence containing {@code position} ends. */
    public static int endOf(String text, int position) {
        Matcher m = END.matcher(text);
        while (m.find()) {
            if (m.start() >= position && !isAbbreviation(text, m.start())) {
                return m.end();
            }
        }
        return text.length();
    }

    private static boolean isAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int from = Math.max(0, dot - 12);
        return ABBREVIATION.matcher(text.substring(from, dot)).find();
    }
}
