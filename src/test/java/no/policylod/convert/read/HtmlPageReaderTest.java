package no.policylod.convert.read;

import no.policylod.convert.model.PageHints;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.policylod.convert.model.Block;
import no.policylod.convert.model.Block.Kind;
import no.policylod.convert.model.DocClass;
import no.policylod.convert.model.Lang;
import no.policylod.convert.model.PageContent;
import no.policylod.convert.model.PageContent.Caption;
import no.policylod.convert.model.PageContent.ListedItem;
import no.policylod.convert.model.PageContent.StatedAmount;
import no.policylod.source.PageSnapshot;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlPageReader} with the real structure reader, on hand-written pages shaped like the site's CMS
 * output: head with meta, Open Graph and JSON-LD, cookie banner, site header and navigation, breadcrumbs, main
 * content, related links and footer ({@code src/test/resources/html/}, described in its README).
 */
class HtmlPageReaderTest {

    private static final no.policylod.convert.Converter READER = new no.policylod.convert.Converter(new no.policylod.convert.rdf.UriPolicy("https://w3id.org/policy-lod"));

    private static final Block MARK = new Block(Kind.ENTRY_MARK, "-", 0);

    /** Text of the fixtures' chrome (cookie banners, menus, breadcrumbs, forms, footers): never content. */
    private static final List<String> CHROME = List.of("cookie", "informasjonskapsl", "skip to main content",
            "hopp til hovedinnhold", "accept all", "godta", "only necessary", "bare nødvendige", "main menu",
            "hovedmeny", "find document", "departementa", "search government.no", "you are here", "framside",
            "forside", "filter by ministry", "show results", "previous", "contact us", "kontakt oss",
            "official website", "felles nettsted", "felles nettstaden", "privacy", "personvern", "related",
            "relatert", "til toppen", "sist oppdatert");

    /** A listed document as the assertions compare it; publishers by their ministry key. */
    record Entry(String title, Optional<DocClass> docClass, Optional<LocalDate> issued, Optional<String> identifier,
                 List<String> publishers) {
        static Entry of(ListedItem item) {
            return new Entry(item.title(), item.docClass(), item.issued(), item.identifier(),
                    item.publishers().stream().map(m -> m.key()).toList());
        }
    }

    /** An amount as the gold labels write it: whole currency units and ISO code. */
    record Amount(String value, String currency) {
        static Amount of(StatedAmount a) {
            return new Amount(a.mention().value().stripTrailingZeros().toPlainString(), a.mention().currency());
        }
    }

    @Test
    void englishNewsStory() {
        PageContent page = read("en-news-story.html",
                "https://www.regjeringen.no/en/aktuelt/norway-strengthens-support-for-clean-oceans-in-east-africa/id3104417/");
        assertAll(
                () -> assertEquals(DocClass.NEWS_STORY, page.docClass()),
                () -> assertEquals(Optional.of("Norway strengthens support for clean oceans in East Africa"),
                        page.title()),
                () -> assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), page.issued()),
                () -> assertEquals(List.of("ud"), publishers(page)),
                () -> assertEquals(Optional.empty(), page.identifier()),
                () -> assertEquals(Optional.of("id3104417"), page.pageId()),
                () -> assertEquals(Lang.EN, page.lang()),
                () -> assertEquals(List.of(), page.items()),
                () -> assertEquals(List.of(nok("150000000"), nok("40000000")), amounts(page)),
                () -> assertChromeFree(page));
    }

    @Test
    void aNorwegianAltTextInAnEnglishPageIsACaptionNotAnItem() {
        PageContent page = read("en-news-story.html", null);
        String alt = "Utviklingsministeren snakker med fiskere på stranden i Mombasa";
        assertTrue(page.captions().stream().anyMatch(c -> c.text().equals(alt) && c.lang().isNorwegian()),
                () -> "captions: " + page.captions());
        assertFalse(page.body().orElse("").contains(alt));
        assertEquals(Optional.of("Norway strengthens support for clean oceans in East Africa"), page.title());

        PageContent topic = read("en-topic.html", null);
        String teaserAlt = "Fiskebåt ved kaia i Ålesund en tidlig morgen";
        assertTrue(topic.captions().stream().map(Caption::text).anyMatch(teaserAlt::equals));
        assertTrue(topic.items().stream().noneMatch(i -> i.title().equals(teaserAlt)
                || i.kicker().filter(teaserAlt::equals).isPresent()));
    }

    @Test
    void bokmalPressRelease() {
        PageContent page = read("nb-press-release.html",
                "https://www.regjeringen.no/no/aktuelt/regjeringen-styrker-rassikringen-langs-fylkesveiene/id3099870/");
        assertAll(
                () -> assertEquals(DocClass.PRESS_RELEASE, page.docClass()),
                () -> assertEquals(Optional.of("Regjeringen styrker rassikringen langs fylkesveiene"), page.title()),
                () -> assertEquals(Optional.of(LocalDate.of(2025, 2, 14)), page.issued()),
                () -> assertEquals(List.of("sd"), publishers(page)),
                () -> assertEquals(Optional.empty(), page.identifier()),
                () -> assertEquals(Lang.NB, page.lang(), "<html lang=\"no\"> on a bokmål page"),
                () -> assertEquals(List.of(), page.items()),
                () -> assertEquals(List.of(nok("2800000000"), nok("1100000000"), nok("150000")), amounts(page)),
                () -> assertChromeFree(page));
    }

    @Test
    void aNonBreakingSpaceInsideANumberIsKeptAndOneBetweenWordsIsNot() {
        List<Block> press = blocks("nb-press-release.html");
        assertTrue(press.stream().anyMatch(b -> b.is(Kind.PARAGRAPH) && b.text().contains("inntil 150\u00a0000 kroner")),
                press::toString);
        assertTrue(blocks("en-news-story.html").stream().anyMatch(b -> b.text().contains("NOK 150 million over")));
    }

    @Test
    void nynorskSpeech() {
        PageContent page = read("nn-speech.html",
                "https://www.regjeringen.no/nn/aktuelt/kommunane-ma-ha-rom-til-a-skape/id3071190/");
        assertAll(
                () -> assertEquals(DocClass.SPEECH, page.docClass()),
                () -> assertEquals(Optional.of("Kommunane må ha rom til å skape"), page.title()),
                () -> assertEquals(Optional.of(LocalDate.of(2024, 11, 4)), page.issued()),
                () -> assertEquals(List.of("kdd"), publishers(page)),
                () -> assertEquals(Lang.NN, page.lang()),
                () -> assertEquals(List.of(), page.items()),
                () -> assertEquals(List.of(nok("500000000"), nok("75000000")), amounts(page)),
                () -> assertChromeFree(page));
    }

    @Test
    void speechHeaderFieldsWithoutSeparatorsBecomeOneMetaBlock() {
        assertTrue(blocks("nn-speech.html").contains(
                block(Kind.META, "Tale/innlegg | Dato: 04.11.2024 | Kommunal- og distriktsdepartementet")));
    }

    @Test
    void englishTopicPage() {
        PageContent page = read("en-topic.html",
                "https://www.regjeringen.no/en/topics/climate-and-environment/ocean-policy/id2345678/");
        List<Entry> expected = List.of(
                untyped("Integrated ocean management"),
                untyped("Marine litter and microplastics"),
                untyped("Ocean knowledge"),
                listed("Opening address at the international ocean science conference", DocClass.SPEECH,
                        LocalDate.of(2025, 3, 20)),
                listed("Norway strengthens support for clean oceans in East Africa", DocClass.NEWS_STORY,
                        LocalDate.of(2025, 3, 12)),
                listed("Government proposes new marine protected areas along the coast", DocClass.PRESS_RELEASE,
                        LocalDate.of(2025, 2, 27)),
                new Entry("Clean and rich seas – integrated management plans for the Norwegian sea areas",
                        Optional.of(DocClass.REPORT), Optional.of(LocalDate.of(2024, 4, 26)),
                        Optional.of("Meld. St. 21 (2023–2024)"), List.of()),
                listed("Blue opportunities – the Government's updated ocean strategy", DocClass.STRATEGY,
                        LocalDate.of(2023, 6, 5)));
        assertAll(
                () -> assertEquals(DocClass.TOPIC, page.docClass()),
                () -> assertEquals(Optional.of("Ocean policy"), page.title()),
                () -> assertEquals(Optional.empty(), page.issued()),
                () -> assertEquals(List.of(), publishers(page)),
                () -> assertEquals(Optional.of("id2345678"), page.pageId()),
                () -> assertEquals(Lang.EN, page.lang()),
                () -> assertEquals(expected, page.items().stream().map(Entry::of).toList()),
                () -> assertEquals(List.of(nok("200000000")), page.items().get(1).amounts().stream()
                        .map(Amount::of).toList()),
                () -> assertEquals(List.of(), amounts(page)),
                () -> assertChromeFree(page));
    }

    @Test
    void whatsNewEntriesBecomeAnEntryMarkATitleAndTheirMetaFields() {
        List<Block> blocks = blocks("en-topic.html");
        assertContainsInOrder(blocks, block(Kind.HEADING, "What's new"), MARK,
                block(Kind.TITLE, "Opening address at the international ocean science conference"),
                block(Kind.META, "Speech/statement | 20/03/2025"), MARK,
                block(Kind.TITLE, "Norway strengthens support for clean oceans in East Africa"),
                block(Kind.META, "News story | 12/03/2025"), MARK,
                block(Kind.TITLE, "Government proposes new marine protected areas along the coast"),
                block(Kind.META, "Press release | 27/02/2025"));
        assertContainsInOrder(blocks, MARK, block(Kind.CAPTION, "Fiskebåt ved kaia i Ålesund en tidlig morgen"),
                block(Kind.TITLE, "Integrated ocean management"));
        assertContainsInOrder(blocks, block(Kind.LIST_ENTRY, "Fisheries and aquaculture"),
                block(Kind.LIST_ENTRY, "Shipping and ports"));
    }

    @Test
    void aDateOnlyATimeElementStatesJoinsTheEntrysMetaFields() {
        String html = "<main><h1>Nyheiter</h1><ul><li><h2><a href=/a/id1/>Ny ordning for kaianlegg</a></h2>"
                + "<p class=meta><span>Nyheit</span><time datetime=2025-10-03T09:00:00+02:00></time></p>"
                + "<p>Kommunar langs kysten kan søkje om pengar til nye kaiar.</p></li></ul></main>";
        assertEquals(List.of(block(Kind.TITLE, "Nyheiter"), MARK, block(Kind.TITLE, "Ny ordning for kaianlegg"),
                        block(Kind.META, "Nyheit | 03.10.2025"),
                        block(Kind.PARAGRAPH, "Kommunar langs kysten kan søkje om pengar til nye kaiar.")),
                HtmlPageReader.parse(html, "").blocks());
    }

    @Test
    void bokmalReportToTheStorting() {
        PageContent page = read("nb-report.html",
                "https://www.regjeringen.no/no/dokumenter/meld.-st.-14-20232024/id3031402/");
        assertAll(
                () -> assertEquals(DocClass.REPORT, page.docClass()),
                () -> assertEquals(Optional.of("Kystberedskap i en ny tid"), page.title()),
                () -> assertEquals(Optional.of(LocalDate.of(2024, 4, 12)), page.issued()),
                () -> assertEquals(List.of("jd"), publishers(page)),
                () -> assertEquals(Optional.of("Meld. St. 14 (2023–2024)"), page.identifier()),
                () -> assertEquals(Lang.NB, page.lang()),
                () -> assertEquals(List.of(), page.items()),
                () -> assertEquals(List.of(nok("1200000000")), amounts(page)),
                () -> assertChromeFree(page));
    }

    @Test
    void englishNewsListing() {
        PageContent page = read("en-news-listing.html",
                "https://www.regjeringen.no/en/whatsnew/news-and-press-releases/id2006120/?page=2");
        List<Entry> expected = List.of(
                new Entry("New agreement on defence materiel cooperation with Finland",
                        Optional.of(DocClass.NEWS_STORY), Optional.of(LocalDate.of(2025, 3, 21)), Optional.empty(),
                        List.of("fd")),
                new Entry("Additional humanitarian support for the Sahel region", Optional.of(DocClass.PRESS_RELEASE),
                        Optional.of(LocalDate.of(2025, 3, 19)), Optional.empty(), List.of("ud")),
                new Entry("‘Dialogue is the only way forward’", Optional.of(DocClass.SPEECH),
                        Optional.of(LocalDate.of(2025, 3, 17)), Optional.empty(), List.of("smk")),
                new Entry("Changes in coastal fishing quotas for 2025", Optional.of(DocClass.PRESS_RELEASE),
                        Optional.of(LocalDate.of(2025, 3, 14)), Optional.empty(), List.of("nfd")));
        assertAll(
                () -> assertEquals(DocClass.LISTING, page.docClass()),
                () -> assertEquals(Optional.of("id2006120"), page.pageId()),
                () -> assertEquals(Lang.EN, page.lang()),
                () -> assertEquals(expected, page.items().stream().map(Entry::of).toList()),
                () -> assertEquals(List.of(nok("75000000")), page.items().get(1).amounts().stream()
                        .map(Amount::of).toList()),
                () -> assertChromeFree(page));
    }

    @Test
    void listingEntriesBecomeTitleMetaAndTeaserWithTheFieldsInTheMarkupsOrder() {
        List<Block> blocks = blocks("en-news-listing.html");
        int title = blocks.indexOf(block(Kind.TITLE, "Additional humanitarian support for the Sahel region"));
        assertTrue(title > 0, blocks::toString);
        assertEquals(MARK, blocks.get(title - 1));
        assertEquals(block(Kind.META, "Press release | Ministry of Foreign Affairs | 19.03.2025"),
                blocks.get(title + 1));
        assertTrue(blocks.get(title + 2).is(Kind.PARAGRAPH)
                && blocks.get(title + 2).text().startsWith("The Government is providing an additional NOK 75 million"));
        assertTrue(blocks.contains(block(Kind.META, "21/03/2025 | News story | Ministry of Defence")), blocks::toString);
    }

    @Test
    void malformedJsonLdIsIgnoredAndTheCanonicalUrlGivesThePageItsIdentity() {
        PageContent page = assertDoesNotThrow(() -> read("nn-news-malformed-jsonld.html", null));
        assertAll(
                () -> assertEquals(DocClass.NEWS_STORY, page.docClass()),
                () -> assertEquals(Optional.of("Ny tilskotsordning for kaianlegg i distrikta"), page.title()),
                () -> assertEquals(Optional.of(LocalDate.of(2025, 10, 3)), page.issued()),
                () -> assertEquals(List.of("nfd"), publishers(page)),
                () -> assertEquals(Optional.of("id3118844"), page.pageId()),
                () -> assertEquals(Lang.NN, page.lang()),
                () -> assertEquals(List.of(nok("45000000")), amounts(page)),
                () -> assertChromeFree(page));
    }

    @Test
    void theSnapshotUrlWinsOverTheCanonicalUrl() {
        PageContent page = read("en-news-story.html", "https://www.regjeringen.no/id3104400.xhtml");
        assertEquals(Optional.of("id3104400"), page.pageId());
    }

    @Test
    void aRemoteJsonLdContextIsNeverFetched() {
        List<URI> asked = new CopyOnWriteArrayList<>();
        ProxySelector before = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                asked.add(uri);
                throw new IllegalStateException("the reader tried to reach " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        try {
            String html = "<html lang=en><head><script type=\"application/ld+json\">{\"@context\": "
                    + "\"https://schema.invalid/never-fetched.jsonld\", \"@type\": \"NewsArticle\", \"headline\": "
                    + "\"Remote contexts stay remote\", \"datePublished\": \"2025-01-02\"}</script></head><body><main>"
                    + "<h1>Remote contexts stay remote</h1><p>Nothing on this page is fetched from anywhere, not "
                    + "even the context of its JSON-LD block.</p></main></body></html>";
            PageContent page = assertDoesNotThrow(() -> READER.read(PageSnapshot.of("remote.html", html, null, null)));
            assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), page.issued());
            assertEquals(DocClass.NEWS_STORY, page.docClass());
            assertDoesNotThrow(() -> read("en-news-story.html", null));
        } finally {
            ProxySelector.setDefault(before);
        }
        assertEquals(List.of(), asked);
    }

    @Test
    void htmlLangNoIsBokmalUnlessTheTextIsNynorsk() {
        String bokmal = "<html lang=\"no\"><body><main><h1>Ny ordning for skoleskyss</h1><p>Regjeringen vil at "
                + "flere elever skal få gratis skoleskyss, og foreslår derfor at grensen for rett til skyss senkes "
                + "fra fire til tre kilometer.</p></main></body></html>";
        String nynorsk = "<html lang=\"no\"><body><main><h1>Ny ordning for skuleskyss</h1><p>Regjeringa vil at "
                + "fleire elevar skal få gratis skuleskyss, og foreslår difor at grensa for rett til skyss blir "
                + "senka frå fire til tre kilometer. Det er ikkje rimeleg at dei minste må gå så langt.</p>"
                + "</main></body></html>";
        assertEquals(Optional.of(Lang.NB), HtmlPageReader.parse(bokmal, "").hints().lang());
        assertEquals(Optional.of(Lang.NN), HtmlPageReader.parse(nynorsk, "").hints().lang());
        assertEquals(Lang.NB, READER.read(PageSnapshot.of("no.html", bokmal, null, null)).lang());
    }

    @Test
    void hintsComeFromTheMarkup() {
        PageHints hints = HtmlPageReader.parse(resource("en-news-story.html"), "").hints();
        assertAll(
                () -> assertEquals(Optional.of("Norway strengthens support for clean oceans in East Africa"),
                        hints.title()),
                () -> assertEquals(Optional.of(LocalDate.of(2025, 3, 12)), hints.issued()),
                () -> assertEquals(Optional.of("News story"), hints.typeLabel()),
                () -> assertEquals(List.of("Ministry of Foreign Affairs"), hints.publisherNames(),
                        "the ministry, not the site name in <meta name=author>"),
                () -> assertEquals(Optional.of(Lang.EN), hints.lang()),
                () -> assertEquals(Optional.of("https://www.regjeringen.no/en/aktuelt/norway-strengthens-support-"
                        + "for-clean-oceans-in-east-africa/id3104417/"), hints.canonicalUrl()));
        PageHints press = HtmlPageReader.parse(resource("nb-press-release.html"), "").hints();
        assertEquals(List.of("Samferdselsdepartementet"), press.publisherNames());
        assertEquals(Optional.of("Pressemelding"), press.typeLabel());
        PageHints listing = HtmlPageReader.parse(resource("en-news-listing.html"), "").hints();
        assertEquals(Optional.empty(), listing.typeLabel(), "an entry's type is not the listing's");
        assertEquals(Optional.empty(), listing.issued(), "an entry's date is not the listing's");
    }

    @Test
    void contentWrappedInAFormOrAHiddenWrapperIsKeptAndChromeInsideItIsNot() {
        String html = "<html lang=no><body><form id=aspnetForm><div class=wrapper aria-hidden=true>"
                + "<header><nav><a href=/no/tema/>Tema</a></nav></header>"
                + "<h1>Nye regler for fiskekvoter</h1><p>Departementet endrer reglene for kvoter i kystfisket fra "
                + "nyttår, etter en lang høring.</p><div class=cookie-bar>Vi bruker informasjonskapsler.</div>"
                + "</div></form></body></html>";
        assertEquals(List.of(block(Kind.TITLE, "Nye regler for fiskekvoter"), block(Kind.PARAGRAPH,
                        "Departementet endrer reglene for kvoter i kystfisket fra nyttår, etter en lang høring.")),
                HtmlPageReader.parse(html, "").blocks());
    }

    @Test
    void blocksAreTypedByTheirMarkupAndInlineMarkupStaysInItsBlock() {
        String html = "<main><h2>Tiltak</h2><p>Fylket får <strong>12&nbsp;mill.</strong> kroner<img src=i.svg alt=''>"
                + " til <a href=/x>nye</a> ferjer.<br>Ny linje.</p><table><tr><th>Post</th><th>Beløp</th></tr>"
                + "<tr><td>01</td><td>kr 1&nbsp;500</td></tr></table><dl><dt>Utgiver:</dt><dd>Finansdepartementet"
                + "</dd><dt>Dokumenttype</dt><dd>Proposisjon</dd></dl><ul><li><p>første punkt</p></li></ul></main>";
        assertEquals(List.of(block(Kind.TITLE, "Tiltak"),
                block(Kind.PARAGRAPH, "Fylket får 12 mill. kroner til nye ferjer."), block(Kind.PARAGRAPH, "Ny linje."),
                block(Kind.TITLE, "Post | Beløp"), block(Kind.TITLE, "01 | kr 1\u00a0500"),
                block(Kind.META, "Utgiver: Finansdepartementet"), block(Kind.META, "Dokumenttype: Proposisjon"),
                block(Kind.LIST_ENTRY, "første punkt")), HtmlPageReader.parse(html, "").blocks());
    }

    @Test
    void templateHeadingsFigureCaptionsAndMetaShapedParagraphsAreTypedSo() {
        String html = "<main><h1>Ny ordning</h1><p>Pressemelding | Dato: 14.02.2025 | Samferdselsdepartementet</p>"
                + "<figure><img src=a.jpg alt='Ferja ved kaia'><figcaption>Ferja ved kaia</figcaption></figure>"
                + "<figure><figcaption>The ferry at the quay</figcaption></figure><h2>Mer om samferdsel</h2></main>";
        assertEquals(List.of(block(Kind.TITLE, "Ny ordning"),
                block(Kind.META, "Pressemelding | Dato: 14.02.2025 | Samferdselsdepartementet"),
                block(Kind.CAPTION, "Ferja ved kaia"), block(Kind.CAPTION, "The ferry at the quay"),
                block(Kind.HEADING, "Mer om samferdsel")), HtmlPageReader.parse(html, "").blocks());
    }

    @Test
    void readingIsThreadSafe() {
        String html = resource("en-news-listing.html");
        PageContent once = READER.read(PageSnapshot.of("listing.html", html, null, null));
        List<PageContent> parallel = IntStream.range(0, 16).parallel()
                .mapToObj(i -> READER.read(PageSnapshot.of("listing.html", html, null, null))).toList();
        parallel.forEach(p -> assertEquals(once, p));
    }

    private static PageContent read(String fixture, String url) {
        return READER.read(PageSnapshot.of(fixture, resource(fixture), url, null));
    }

    private static List<Block> blocks(String fixture) {
        return HtmlPageReader.parse(resource(fixture), "").blocks();
    }

    private static Block block(Kind kind, String text) {
        return new Block(kind, text, 0);
    }

    /** The expected blocks stand in {@code blocks} one after the other, in this order. */
    private static void assertContainsInOrder(List<Block> blocks, Block... expected) {
        int at = blocks.indexOf(expected[0]);
        assertTrue(at >= 0, () -> expected[0] + " not in " + blocks);
        assertEquals(List.of(expected), blocks.subList(at, Math.min(blocks.size(), at + expected.length)));
    }

    private static String resource(String fixture) {
        try (InputStream in = HtmlPageReaderTest.class.getResourceAsStream("/html/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture html/" + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> publishers(PageContent page) {
        return page.publishers().stream().map(m -> m.key()).toList();
    }

    private static List<Amount> amounts(PageContent page) {
        return page.amounts().stream().map(Amount::of).toList();
    }

    private static Amount nok(String value) {
        return new Amount(value, "NOK");
    }

    private static Entry untyped(String title) {
        return new Entry(title, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    private static Entry listed(String title, DocClass docClass, LocalDate issued) {
        return new Entry(title, Optional.of(docClass), Optional.of(issued), Optional.empty(), List.of());
    }

    /** No text of the page's chrome in anything the reader kept: title, lead, body, captions or listed items. */
    private static void assertChromeFree(PageContent page) {
        List<String> kept = new ArrayList<>();
        page.title().ifPresent(kept::add);
        page.description().ifPresent(kept::add);
        page.body().ifPresent(kept::add);
        page.captions().forEach(c -> kept.add(c.text()));
        page.items().forEach(i -> Stream.of(Optional.of(i.title()), i.kicker(), i.teaser())
                .flatMap(Optional::stream).forEach(kept::add));
        for (String text : kept) {
            String lower = text.toLowerCase(Locale.ROOT);
            CHROME.forEach(c -> assertFalse(lower.contains(c), () -> "chrome '" + c + "' in: " + text));
        }
    }
}
