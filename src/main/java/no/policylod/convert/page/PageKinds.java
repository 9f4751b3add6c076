package no.policylod.convert.page;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import no.policylod.convert.model.DocClass;

/**
 * The kind of a page where its text states none: from the words of its address (regjeringen.no paths name the
 * section a page lives in), and from what a speech's text looks like.
 *
 * <pre>
 * PageKinds.fromUrl("https://www.regjeringen.no/no/dokumenter/nou-2023-17/id2982767/");   // OFFICIAL_REPORT
 * </pre>
 */
final class PageKinds {

    private static final Pattern TOPIC = pathPattern("/(?:topics|tema|tema-og-tenester)/");
    private static final Pattern FRONT_PAGE = pathPattern("/(?:dep/[a-z]+|id4)/?(?:id\\d+/?)?$|/dep/[a-z]+/id\\d+/?$");
    private static final Pattern REPORT = pathPattern("/(?:meld[.-]|st-?meld|stmeld|meld-st)");
    private static final Pattern PROPOSITION = pathPattern("/(?:prop[.-]|st-?prp|ot-?prp|stprp|otprp)");
    private static final Pattern OFFICIAL_REPORT = pathPattern("/nou-");
    private static final Pattern STRATEGY = pathPattern("(?:strategi|strategy|handlingsplan|action-?plan|roadmap|veikart)");
    private static final Pattern CONSULTATION = pathPattern("/(?:horing|hoering|hoyring|consultation)");
    private static final Pattern SPEECH = pathPattern("(?:/taler|taler-og-|tale_|tale-|/speech|speeches|innlegg|redegjorelse"
            + "|/address)");
    private static final Pattern PRESS_RELEASE = pathPattern("(?:pressemelding|press-release|pressrelease)");
    private static final Pattern NEWS = pathPattern("(?:/nyheter|/nyheiter|/news|/aktuelt/)");
    private static final Pattern SPEECH_TITLE = Pattern.compile("(?iu)(?<!\\p{L})(?:tale|talen|innlegg|innlegget"
            + "|redegjørelse|redegjørelsen|utgreiing|innledning|innleiing|foredrag|address|speech|remarks"
            + "|opening statement|introductory statement|nyttårstale|new year speech)(?!\\p{L})");
    private static final Pattern SPEECH_LEAD = Pattern.compile("(?iu)\\p{L}+(?:['’]s|s)\\s+(?:address|speech"
            + "|remarks|statement|tale|innlegg|foredrag|redegjørelse|utgreiing|innledning|innleiing)(?!\\p{L})");
    private static final Pattern SPEECH_OPENING = Pattern.compile("(?iu)^(?:(?:Mr|Madam|Mister) President|President"
            + "|Kjære|Dear|Ladies and gentlemen|Excellenc|Deres Majest|Your Majest|Ærede|Good morning|God morgen)"
            + "(?!\\p{L}).{0,60}[,!:.]?$");

    private PageKinds() {
    }

    /** The kind the address names, if it names one. */
    static Optional<DocClass> fromUrl(String url) {
        String path = path(url);
        if (TOPIC.matcher(path).find()) {
            return Optional.of(DocClass.TOPIC);
        }
        if (FRONT_PAGE.matcher(path).find()) {
            return Optional.of(DocClass.LISTING);
        }
        return documentKind(path);
    }

    private static Optional<DocClass> documentKind(String path) {
        if (OFFICIAL_REPORT.matcher(path).find()) {
            return Optional.of(DocClass.OFFICIAL_REPORT);
        }
        if (REPORT.matcher(path).find()) {
            return Optional.of(DocClass.REPORT);
        }
        if (PROPOSITION.matcher(path).find()) {
            return Optional.of(DocClass.PROPOSITION);
        }
        if (CONSULTATION.matcher(path).find()) {
            return Optional.of(DocClass.CONSULTATION);
        }
        if (STRATEGY.matcher(path).find()) {
            return Optional.of(DocClass.STRATEGY);
        }
        if (SPEECH.matcher(path).find()) {
            return Optional.of(DocClass.SPEECH);
        }
        if (PRESS_RELEASE.matcher(path).find()) {
            return Optional.of(DocClass.PRESS_RELEASE);
        }
        return NEWS.matcher(path).find() ? Optional.of(DocClass.NEWS_STORY) : Optional.empty();
    }

    /** Whether a page's title reads like a speech's ("…s innlegg på …", "Address to …", "Remarks by …"). */
    static boolean isSpeechTitle(String title) {
        return SPEECH_TITLE.matcher(title).find();
    }

    /** Whether a lead names the text as someone's speech ("The minister's address to …", "Statsministerens tale …"). */
    static boolean isSpeechLead(String lead) {
        return SPEECH_LEAD.matcher(lead).find();
    }

    /** Whether a line opens a speech ("President,", "Kjære alle sammen!", "Ladies and gentlemen"). */
    static boolean isSpeechOpening(String line) {
        return SPEECH_OPENING.matcher(line.strip()).matches();
    }

    /** The path of an address, lower case, without host, query and fragment. */
    static String path(String url) {
        String s = url.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("[?#].*$", "");
        return s.toLowerCase(Locale.ROOT);
    }

    /** Whether the address is a chapter of a long document ({@code ?ch=N}). */
    static boolean isChapter(String url) {
        return url.matches(".*[?&]ch=\\d+.*");
    }

    private static Pattern pathPattern(String regex) {
        return Pattern.compile(regex);
    }
}
