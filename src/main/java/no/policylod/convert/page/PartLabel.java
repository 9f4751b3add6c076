package no.policylod.convert.page;

import java.util.List;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;

/**
 * A line that only numbers a part or chapter of a long document ("Del 1", "Part 2", "Kapittel 3"): the title is
 * that line and the heading under it. The words are language data ({@code template.json}, key {@code parts}).
 *
 * <pre>
 * PartLabel.is("Del 1");   // true
 * </pre>
 */
final class PartLabel {

    private static final Pattern PART = Pattern.compile("(?iu)^(?:" + String.join("|",
            LanguageData.merged("template").getOrDefault("parts", List.of())) + ")\\s+(?:\\d+|[IVXLC]+)\\.?$");

    private PartLabel() {
    }

    static boolean is(String line) {
        return PART.matcher(line.strip()).matches();
    }
}
