package no.policylod.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import no.policylod.config.Settings;
import no.policylod.release.Release;
import no.policylod.release.Releases;
import no.policylod.release.Site;
import no.policylod.serve.PolicyLodServer;
import no.policylod.serve.ld.LinkedData;
import no.policylod.serve.release.ReleaseWeb;
import no.policylod.store.Store;
import no.policylod.store.TextIndex;
import no.policylod.testing.Fixtures;

/**
 * One real server for the site tests: a TDB2 store of the 65-page corpus, its text index, a dump folder (no release
 * yet), and the server on a free loopback port with the site, the linked-data pages and the release servlets
 * installed, as the CLI wires them.
 * Built once per test JVM and stopped when it exits.
 *
 * <pre>
 * SiteFixture site = SiteFixture.shared();
 * HttpResponse&lt;String&gt; r = site.get("/search?q=forsvaret");
 * </pre>
 */
public final class SiteFixture {


    private static SiteFixture shared;

    private final Store store;
    private final TextIndex index;
    private final Path dumps;
    private Release release;
    private final PolicyLodServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private SiteFixture(Path dir) {
        this.store = Fixtures.store(dir.resolve("store"), "corpus/pages");
        this.index = TextIndex.open(TextIndex.folderFor(store.directory()));
        index.rebuild(store.dataset());
        this.dumps = writeDumps(dir.resolve("dumps"));
        Settings settings = Settings.defaults();
        PolicyLodServer.Builder builder = PolicyLodServer.builder().settings(settings).host("127.0.0.1").port(0)
                .dataset(index.wrap(store.dataset())).dumps(dumps);
        builder.module(new SiteModule(settings, store.dataset(), dumps, index));
        builder.module(new LinkedData(settings, store.dataset()));
        builder.module(new Crawlers(settings.withPublicUrl(URI.create("https://data.example.no/pl")), store.dataset()));
        builder.module(new ReleaseWeb(settings.withDumps(dumps), store.dataset()));
        this.server = builder.build().start();
    }

    /** The server every site test shares. */
    public static synchronized SiteFixture shared() {
        if (shared == null) {
            shared = new SiteFixture(Fixtures.tempDir("site"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public Store store() {
        return store;
    }

    public TextIndex index() {
        return index;
    }

    public Path dumps() {
        return dumps;
    }

    public URI baseUrl() {
        return server.baseUrl();
    }

    /** A GET, redirects not followed. */
    public HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl().resolve(path)).timeout(Duration.ofSeconds(20)).GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The landing page's path: {@code /} once the server no longer redirects the root to the query UI (the change
     * asked of {@code ServerPaths.redirectsToUi}), until then its alias {@code /index.html}.
     */
    public String landingPath() {
        return "/";
    }


    private void close() {
        server.stop();
        index.close();
        store.close();
    }

    /** A real release of the store in the folder, as {@code publish} makes it. */
    private Path writeDumps(Path folder) {
        release = Releases.of(folder, Site.of(Settings.defaults()), Clock.systemUTC()).publish(store.dataset())
                .release();
        return folder;
    }

    /** The release the fixture published. */
    public Release release() {
        return release;
    }

    /** The SHA-256 of a file, lower-case hex. */
    public static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
