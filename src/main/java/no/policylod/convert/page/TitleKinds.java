package no.policylod.convert.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.DocClass;

/**
 * The words a document's title opens with when they name its kind ("Melding til Stortinget om …", "Høring om …",
 * "Strategi for …"), as language data ({@code title-kinds.json}: class to title openings, regular expressions).
 *
 * <pre>
 * TitleKinds.of("Strategi for havnene i nord");   // Optional[STRATEGY]
 * </pre>
 */
final class TitleKinds {

    private record Opening(DocClass kind, Pattern pattern) {
    }

    private static final List<Opening> OPENINGS = openings();

    private TitleKinds() {
    }

    static Optional<DocClass> of(String title) {
        return OPENINGS.stream().filter(o -> o.pattern().matcher(title).lookingAt()).map(Opening::kind).findFirst();
    }

    private static List<Opening> openings() {
        List<Opening> all = new ArrayList<>();
        LanguageData.merged("title-kinds").forEach((kind, regexes) -> regexes.forEach(r -> all.add(
                new Opening(DocClass.byLocalName(kind), Pattern.compile("(?iu)^(?:" + r + ")(?!\\p{L})")))));
        return List.copyOf(all);
    }
}
