package no.policylod.convert.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.lang.LanguageData;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.DocClass;

/**
 * The kind of a page where its text states none: from the words of its address (regjeringen.no paths name the
 * section a page lives in: {@code site/addresses.json}), and from what a speech's text looks like (the title words,
 * lead phrases and opening words of speeches: {@code speech-cues.json} of every language).
 *
 * <pre>
 * PageKinds.fromUrl("https://www.regjeringen.no/no/dokumenter/nou-2023-17/id2982767/");   // OFFICIAL_REPORT
 * </pre>
 */
final class PageKinds {

    private record AddressRule(DocClass kind, Pattern pattern) {
    }

    private static final List<AddressRule> ADDRESSES = addressRules();
    private static final Pattern CHAPTER = Pattern.compile(String.join("|",
            LanguageData.site("addresses").get("chapter")));
    private static final Map<String, List<String>> CUES = LanguageData.merged("speech-cues");
    private static final Pattern SPEECH_TITLE = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("titles")
            + ")(?!\\p{L})");
    private static final Pattern SPEECH_LEAD = Pattern.compile("(?iu)\\p{L}+(?:['’]s|s)\\s+(?:"
            + alternatives("leads") + ")(?!\\p{L})");
    /** A lead telling that someone gave a speech ("… holdt i dag foredrag på …", "… delivered a speech at …"). */
    private static final Pattern SPEECH_GIVEN = Pattern.compile("(?iu)(?<!\\p{L})(?:" + alternatives("lead-verbs")
            + ")(?:\\s+\\p{L}+){0,3}?\\s+(?:" + alternatives("lead-nouns") + ")(?!\\p{L})");
    private static final Pattern SPEECH_OPENING = Pattern.compile("(?iu)^(?:" + alternatives("openings")
            + ")(?!\\p{L}).{0,60}[,!:.]?$");

    private PageKinds() {
    }

    /** The kind the address names, if it names one: the first of the site's address rules that matches. */
    static Optional<DocClass> fromUrl(String url) {
        String path = path(url);
        return ADDRESSES.stream().filter(r -> r.pattern().matcher(path).find()).map(AddressRule::kind).findFirst();
    }

    /** Whether a page's title reads like a speech's ("…s innlegg på …", "Address to …", "Remarks by …"). */
    static boolean isSpeechTitle(String title) {
        return SPEECH_TITLE.matcher(title).find();
    }

    /** Whether a line opens a speech ("President,", "Kjære alle sammen!", "Ladies and gentlemen"). */
    static boolean isSpeechOpening(String line) {
        return SPEECH_OPENING.matcher(line.strip()).matches();
    }

    /** A speech's opening words ("President,", "Kjære alle sammen!") or a lead that names it as a speech. */
    static boolean opensLikeASpeech(List<Block> blocks, int bodyStart) {
        List<Block> opening = blocks.stream().skip(Math.max(bodyStart, 0)).limit(4).toList();
        return opening.stream().anyMatch(b -> isSpeechOpening(b.text()))
                || opening.stream().filter(Shapes::paragraph).findFirst()
                .map(b -> SPEECH_LEAD.matcher(b.text()).find() || SPEECH_GIVEN.matcher(b.text()).find())
                .orElse(false);
    }

    /** The path of an address, lower case, without host and fragment; the query is kept (it names listings). */
    static String path(String url) {
        String s = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("#.*$", "");
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether the address is a chapter of a long document ({@code ?ch=N}). */
    static boolean isChapter(String url) {
        return CHAPTER.matcher(url).find();
    }

    private static List<AddressRule> addressRules() {
        List<AddressRule> rules = new ArrayList<>();
        LanguageData.site("addresses").forEach((kind, regexes) -> {
            if (!"chapter".equals(kind)) {
                regexes.forEach(r -> rules.add(new AddressRule(DocClass.byLocalName(kind), Pattern.compile(r))));
            }
        });
        return List.copyOf(rules);
    }

    private static String alternatives(String key) {
        return String.join("|", CUES.getOrDefault(key, List.of()));
    }
}
