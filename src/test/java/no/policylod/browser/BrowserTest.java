package no.policylod.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import no.policylod.serve.site.SiteFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site as a person sees it: Debian's headless Chromium, driven through chromedriver, on a real server with the
 * site and the linked-data pages over the 65-page corpus. Screenshots go to {@code target/screenshots/}.
 *
 * <pre>
 * mvn -o test -Dtest='no.policylod.browser.**'
 * </pre>
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} ({@code .ci/run} installs them): without them
 * the test is skipped locally and fails when {@code CI=true}. Selenium Manager is never asked for anything: the
 * driver and browser paths are given explicitly.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    private static SiteFixture site;
    private static Path profile;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        requireBrowser();
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        site = SiteFixture.shared();
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        wait = new WebDriverWait(driver, WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Skips when the browser is missing, unless on CI, where that is a broken build. */
    private static void requireBrowser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String message = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver)";
        if (!present && "true".equals(System.getenv("CI"))) {
            fail(message + "; CI=true, so they must run");
        }
        Assumptions.assumeTrue(present, message + "; skipped");
    }

    @Test
    @Order(1)
    void landingPageShowsTheDataset() {
        open(site.landingPath());
        assertEquals("Norwegian government policy documents as linked data", text(By.cssSelector("h1")));
        assertTrue(driver.getTitle().startsWith("Norwegian government policy documents"), driver.getTitle());
        assertFalse(driver.findElements(By.cssSelector("ol.latest > li")).isEmpty());
        assertFalse(driver.findElements(By.cssSelector("svg.amount-chart rect.bar")).isEmpty());
        WebElement stylesLoaded = driver.findElement(By.cssSelector(".stat-value"));
        assertEquals("700", stylesLoaded.getCssValue("font-weight"), "the site's stylesheet is applied");
        screenshot("landing.png", true);
        driver.manage().window().setSize(new Dimension(400, 900));
        screenshot("landing-narrow.png", true);
        driver.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    @Order(2)
    void followsTheLatestNewsStoryToItsPage() {
        open(site.landingPath());
        WebElement item = driver.findElements(By.cssSelector("ol.latest > li")).stream()
                .filter(li -> li.findElement(By.cssSelector(".kind")).getText().equals("News story"))
                .findFirst().orElseThrow(() -> new AssertionError("no news story among the latest documents"));
        WebElement link = item.findElement(By.tagName("a"));
        String title = link.getText();
        String date = item.findElement(By.tagName("time")).getDomAttribute("datetime");
        link.click();
        wait.until(ExpectedConditions.urlContains("/doc/"));
        String page = text(By.tagName("main"));
        assertEquals(title, text(By.tagName("h1")));
        assertTrue(page.toLowerCase().contains("news story"), "the kind is shown: " + page);
        assertTrue(page.contains(date) || page.contains(humanDate(date)), "the date " + date + " is shown: " + page);
        screenshot("news-story.png", true);
    }

    @Test
    @Order(3)
    void searchBoxFindsANewsStoryWithItsBudgetAmount() {
        open(site.landingPath());
        WebElement box = driver.findElement(By.cssSelector("header #site-search"));
        box.sendKeys("humanitarian allocates", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.results")));
        assertTrue(driver.getCurrentUrl().contains("/search?q=humanitarian+allocates"), driver.getCurrentUrl());
        screenshot("search.png", true);
        driver.findElement(By.linkText("Norway allocates a further NOK 38.2 million to humanitarian efforts")).click();
        wait.until(ExpectedConditions.urlContains("/doc/doc/id2701821"));
        String page = text(By.tagName("main"));
        assertTrue(page.toLowerCase().contains("news story"), page);
        assertTrue(page.contains("NOK 38.2 million"), "the amount as written: " + page);
        assertTrue(page.contains("The Government has therefore proposed increasing the humanitarian budget by "
                + "NOK 38.2 million"), "the amount's sentence: " + page);
        screenshot("news-story-with-amount.png", true);
    }

    @Test
    @Order(4)
    void runsAnExampleQueryInTheQueryEditor() {
        open(site.landingPath());
        driver.findElement(By.cssSelector("a[data-query='amounts-by-year-and-ministry']")).click();
        wait.until(ExpectedConditions.urlContains("/query?example=amounts-by-year-and-ministry"));
        WebElement editor = driver.findElement(By.id("query-text"));
        String opened = editor.getDomProperty("value");
        assertTrue(opened.startsWith("# Money amounts by year"), opened);
        Select examples = new Select(driver.findElement(By.id("example")));
        examples.selectByValue("documents-by-type-and-year");
        wait.until(d -> d.findElement(By.id("query-text")).getDomProperty("value")
                .contains("Documents by type and year"));
        assertEquals("html", new Select(driver.findElement(By.id("output"))).getFirstSelectedOption()
                .getDomAttribute("value"), "the script offers a table on the page");
        driver.findElement(By.id("run-query")).click();
        By rows = By.cssSelector("#results-body table tbody tr");
        wait.until(d -> d.findElements(rows).stream().anyMatch(r -> r.getText().contains("NewsStory")));
        assertTrue(driver.findElements(rows).size() > 3, "rows: " + driver.findElements(rows).size());
        assertTrue(text(By.id("results-status")).matches("\\d+ rows"), text(By.id("results-status")));
        assertTrue(driver.getCurrentUrl().endsWith("/query?example=documents-by-type-and-year"),
                "the address names the example shown: " + driver.getCurrentUrl());
        screenshot("query-editor.png", true);
    }

    @Test
    @Order(5)
    void theQueryEditorOffersNoWriteOrAdminControls() {
        open("/query");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("run-query")));
        assertTrue(driver.findElements(By.cssSelector("input[type=file]")).isEmpty(), "no upload");
        List<String> actions = driver.findElements(By.tagName("form")).stream()
                .map(f -> java.net.URI.create(f.getDomProperty("action")).getPath()).toList();
        assertEquals(List.of("/search", "/query", "/sparql"), actions, "searching, picking an example, querying");
        String controls = driver.findElements(By.cssSelector("button, a, select option, input[type=submit]")).stream()
                .map(e -> e.getText().toLowerCase(java.util.Locale.ROOT)).reduce("", (a, b) -> a + " | " + b);
        for (String word : List.of("upload", "add data", "backup", "new dataset", "delete", "edit", "manage",
                "update")) {
            assertFalse(java.util.regex.Pattern.compile("(?<![a-z])" + word + "(?![a-z])").matcher(controls).find(),
                    "'" + word + "' among the controls: " + controls);
        }
        WebElement run = driver.findElement(By.id("run-query"));
        assertTrue(run.isDisplayed() && run.isEnabled());
    }

    @Test
    @Order(6)
    void aChosenLanguageSticksFromPageToPage() {
        open(site.landingPath());
        driver.findElement(By.cssSelector("nav.languages a[data-lang=nn]")).click();
        wait.until(d -> "nn".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertEquals("Framside", driver.findElement(By.cssSelector("header.site nav a[href='/']")).getText());
        screenshot("landing-nn.png", true);
        element(By.cssSelector("figure.chart"), "chart-nn.png");
        driver.findElement(By.cssSelector("ol.latest > li > a")).click();
        wait.until(ExpectedConditions.urlContains("/doc/"));
        assertFalse(driver.getCurrentUrl().contains("lang="), "a plain link: " + driver.getCurrentUrl());
        assertEquals("nn", driver.findElement(By.tagName("html")).getDomAttribute("lang"), "still nynorsk");
        assertEquals("Om", text(By.cssSelector("h2#about")));
        screenshot("document-nn.png", true);
        driver.findElement(By.cssSelector("header.site nav a[href='/query']")).click();
        wait.until(ExpectedConditions.urlContains("/query"));
        assertEquals("nn", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("Køyr spørjinga", text(By.id("run-query")));
        driver.findElement(By.cssSelector("header.site nav a[href='/feed.atom']")).click();
        wait.until(ExpectedConditions.urlContains("/feed.atom"));
        assertEquals("nn", driver.findElement(By.tagName("html")).getDomAttribute("lang"));
        driver.findElement(By.cssSelector("nav.languages a[data-lang=en]")).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getDomAttribute("lang")));
        open(site.landingPath());
        assertEquals("en", driver.findElement(By.tagName("html")).getDomAttribute("lang"), "back to English");
    }

    @Test
    @Order(100)
    void markupInATitleOrASearchRendersAsTextAndNeverRuns(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String payload = "<script>window.xssRan = 1</script><img src=x onerror=\"window.xssRan = 2\">"
                + "\"><svg onload=\"window.xssRan = 3\">";
        org.apache.jena.sparql.core.DatasetGraph data = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        org.apache.jena.graph.Node doc = org.apache.jena.graph.NodeFactory
                .createURI("https://w3id.org/policy-lod/id/doc/en/hostile-title");
        org.apache.jena.graph.Node graph = org.apache.jena.graph.NodeFactory
                .createURI("https://w3id.org/policy-lod/graph/hostile");
        data.add(graph, doc, org.apache.jena.vocabulary.RDF.type.asNode(), no.policylod.vocab.PL.NewsStory.asNode());
        data.add(graph, doc, org.apache.jena.vocabulary.DCTerms.title.asNode(),
                org.apache.jena.graph.NodeFactory.createLiteralLang(payload, "en"));
        Path dumps = Files.createDirectories(dir.resolve("dumps"));
        no.policylod.config.Settings settings = no.policylod.config.Settings.defaults();
        try (no.policylod.store.Store store = no.policylod.store.Store.open(dir.resolve("store"));
             no.policylod.store.TextIndex index = no.policylod.store.TextIndex.open(
                     no.policylod.store.TextIndex.folderFor(store.directory()))) {
            store.replaceGraphs(data, (fmt, args) -> { });
            index.rebuild(store.dataset());
            no.policylod.serve.PolicyLodServer.Builder builder = no.policylod.serve.PolicyLodServer.builder()
                    .settings(settings).host("127.0.0.1").port(0).dataset(index.wrap(store.dataset())).dumps(dumps);
            builder.module(new no.policylod.serve.site.SiteModule(settings, store.dataset(), dumps, index));
            builder.module(new no.policylod.serve.ld.LinkedData(settings, store.dataset()));
            try (no.policylod.serve.PolicyLodServer server = builder.build().start()) {
                checkShownAsText(server, payload);
            }
        }
    }

    /** The document page and a search for the payload: nothing of it runs or becomes an element; it shows as text. */
    private static void checkShownAsText(no.policylod.serve.PolicyLodServer server, String payload) {
        String base = "http://127.0.0.1:" + server.port();
        for (String path : List.of("/doc/doc/en/hostile-title", "/search?q="
                + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8))) {
            driver.get(base + path);
            wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            Object ran = ((JavascriptExecutor) driver).executeScript(
                    "return window.xssRan === undefined ? null : window.xssRan");
            assertEquals(null, ran, path + ": the payload ran");
            String shown = driver.findElement(By.tagName("body")).getText();
            assertTrue(shown.contains("<script>window.xssRan"), path + ": the payload is shown as text: "
                    + shown.substring(0, Math.min(600, shown.length())));
            assertTrue(driver.findElements(By.cssSelector("img[src='x'], svg[onload]")).isEmpty(),
                    path + ": no element came from the payload");
        }
    }

    private static void open(String path) {
        driver.get(site.baseUrl().resolve(path).toString());
    }

    private static String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    private static String humanDate(String isoDate) {
        java.time.LocalDate d = java.time.LocalDate.parse(isoDate);
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                java.util.Locale.ENGLISH) + " " + d.getYear();
    }

    /** Saves one element as a PNG under {@code target/screenshots/}. */
    private static void element(By by, String name) {
        Path file = driver.findElement(by).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the window (the whole page when asked) as a PNG under {@code target/screenshots/}. */
    private static void screenshot(String name, boolean fullPage) {
        Dimension original = driver.manage().window().getSize();
        if (fullPage) {
            Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollHeight");
            driver.manage().window().setSize(new Dimension(original.getWidth(), Math.min(height.intValue() + 140, 8000)));
        }
        Path file = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(file, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(original);
        }
    }
}
