package no.policylod.convert.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.DocClass;

/**
 * The labels the site prints for a document's kind ("Speech/statement", "Pressemelding", "Plans/strategy"), read
 * from the language data ({@code type-labels.json} of every language), and the class each stands for.
 *
 * <pre>
 * TypeLabels.get().classOf("Report to the Storting");                        // Optional[REPORT]
 * TypeLabels.get().atEnd("Finland and Norway sign a MoU News story");        // label "News story" at 34
 * </pre>
 */
public final class TypeLabels {

    /** A label found at the end of a text: the class, and where the label starts. */
    public record Found(DocClass docClass, String label, int start) {
    }

    private static final TypeLabels INSTANCE = new TypeLabels(LanguageData.merged("type-labels"));
    private static final TypeLabels SECTIONS = new TypeLabels(LanguageData.merged("section-labels"));

    private final Map<String, DocClass> byLabel = new HashMap<>();
    private final Pattern atEnd;
    private final Pattern atStart;

    /**
     * At the end of a line a label is matched as the table writes it: the site prints labels capitalised ("Plans/
     * strategy"), and a title may end with the same word in lower case ("international cyber strategy").
     */
    private TypeLabels(Map<String, List<String>> table) {
        table.forEach((cls, labels) -> labels.forEach(l -> byLabel.put(l.toLowerCase(Locale.ROOT),
                DocClass.byLocalName(cls))));
        List<String> labels = table.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(String::length).reversed()).map(Pattern::quote).toList();
        atEnd = Pattern.compile("(?<=\\s)(" + String.join("|", labels) + ")$");
        atStart = Pattern.compile("(" + String.join("|", labels) + ")");
    }

    public static TypeLabels get() {
        return INSTANCE;
    }

    /**
     * The names of the site's listing sections ("News and press releases", "Taler og artikler") and the class of
     * the documents each lists ({@code section-labels.json}).
     */
    public static TypeLabels sections() {
        return SECTIONS;
    }

    /** The class a whole label stands for. */
    public Optional<DocClass> classOf(String label) {
        return Optional.ofNullable(byLabel.get(label.strip().toLowerCase(Locale.ROOT)));
    }

    /** A label found at the start of a text: the class, and where the label ends. */
    public record Start(DocClass docClass, int end) {
    }

    /** The longest known label the text starts with, whatever follows it. */
    public Optional<Start> atStart(String text) {
        Matcher m = atStart.matcher(text);
        return m.lookingAt() ? Optional.of(new Start(byLabel.get(m.group(1).toLowerCase(Locale.ROOT)), m.end(1)))
                : Optional.empty();
    }

    /** The longest known label that ends the text, after white space. */
    public Optional<Found> atEnd(String text) {
        Matcher m = atEnd.matcher(text.stripTrailing());
        return m.find() ? Optional.of(new Found(byLabel.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(1),
                m.start(1))) : Optional.empty();
    }

}
