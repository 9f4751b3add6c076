package no.policylod.replica;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import no.policylod.config.Json;
import no.policylod.dump.Checksums;
import no.policylod.release.AtomFeed;
import no.policylod.release.Release;
import no.policylod.release.ReleaseLayout;
import no.policylod.release.ReleaseName;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A primary server as a replica reads it: only through what it publishes over HTTP, the change feed, each release's
 * {@code release.json} and {@code SHA256SUMS}, and the release files, never its folders on disk.
 *
 * <pre>
 * PrimarySite primary = PrimarySite.of(URI.create("http://primary:3030/feed.atom"));   // or the catalogue, or the root
 * PrimarySite.Feed feed = primary.feed();          // the releases it lists, oldest first
 * Release r = primary.release(feed.newest());      // its manifest
 * primary.download(r.name(), "changes.rdfp", r.patch().sha256(), Path.of("changes.rdfp"));   // checked on the way
 * </pre>
 *
 * Files of a release are read at {@code {primary}/dumps/releases/NAME/FILE} on the address followed, whatever public
 * URL the primary's feed states, so a replica can follow a primary on a private address.
 */
public final class PrimarySite {

    private static final Pattern TAIL = Pattern.compile("(/feed\\.atom|/catalog(\\.[a-z]+)?)?/*$");
    private static final Pattern ARCHIVE = Pattern.compile("archive-([1-9][0-9]{0,8})\\.atom$");
    private static final com.fasterxml.jackson.databind.ObjectReader MANIFEST = Json.MAPPER.readerFor(Release.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    private PrimarySite(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The primary at a URL: its feed ({@code /feed.atom}), its catalogue ({@code /catalog}) or its root. */
    public static PrimarySite of(URI url) {
        return of(url, Duration.ofSeconds(30));
    }

    /** The same, with a time limit for connecting and for each answer to start. */
    public static PrimarySite of(URI url, Duration timeout) {
        String scheme = url.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme) || url.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) URL of a primary: " + url);
        }
        String withoutQuery = url.toString().replaceFirst("[?#].*$", "");
        return new PrimarySite(TAIL.matcher(withoutQuery).replaceFirst(""), timeout);
    }

    /** The root followed, without a trailing slash. */
    public String base() {
        return base;
    }

    /**
     * The feed's subscription document as published, the releases it lists (sorted, oldest first) and the number of
     * its archive pages.
     */
    public record Feed(byte[] atom, List<String> releases, int archivePages) {
        /** The newest release the feed lists; empty when it lists none. */
        public java.util.Optional<String> newest() {
            return releases.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(releases.get(releases.size() - 1));
        }
    }

    /** Reads {@code /feed.atom}. */
    public Feed feed() {
        byte[] atom = bytes(ReleaseLayout.FEED_PATH);
        Document doc = parseXml(atom);
        List<ReleaseName> names = new ArrayList<>();
        NodeList entries = doc.getDocumentElement().getElementsByTagNameNS(AtomFeed.ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            String id = childText((Element) entries.item(i), "id");
            ReleaseName.tryParse(id.substring(id.lastIndexOf('/') + 1)).ifPresent(names::add);
        }
        names.sort(null);
        return new Feed(atom, names.stream().map(ReleaseName::toString).toList(), archivePages(doc));
    }

    /** An archive page of the feed, {@code /feed/archive-N.atom}, as published. */
    public byte[] archivePage(int page) {
        return bytes(ReleaseLayout.FEED_ARCHIVE_PATH + ReleaseLayout.archivePage(page));
    }

    /** A release's manifest, {@code release.json}, with its bytes. */
    public record Manifest(Release release, byte[] bytes) {
    }

    /** Reads a release's {@code release.json}; fields it does not know (a newer primary) are passed over. */
    public Manifest release(String name) {
        byte[] json;
        try {
            json = bytes(releasePath(name, Release.MANIFEST));
        } catch (FollowProblem p) {
            throw p.status() == 404 ? FollowProblem.brokenChain("the primary has no release " + name) : p;
        }
        try {
            Release release = MANIFEST.readValue(json);
            if (!release.name().equals(name)) {
                throw FollowProblem.brokenChain("release " + name + " has a manifest for " + release.name());
            }
            return new Manifest(release, json);
        } catch (IOException | IllegalArgumentException e) {
            throw FollowProblem.badDownload(base + releasePath(name, Release.MANIFEST) + ": not a release manifest: "
                    + e.getMessage());
        }
    }

    /** A release's {@code SHA256SUMS}, as published and as file name to checksum. */
    public record Sums(Map<String, String> byFile, byte[] bytes) {
        /** The checksum of a file; a file the list leaves out cannot be checked, so it is not taken. */
        public String of(String file) {
            String sum = byFile.get(file);
            if (sum == null) {
                throw FollowProblem.badDownload(Checksums.SHA256SUMS + " names no " + file);
            }
            return sum;
        }
    }

    /** Reads a release's {@code SHA256SUMS} ({@code HEX  NAME} lines, as sha256sum writes them). */
    public Sums sums(String name) {
        byte[] text = bytes(releasePath(name, Checksums.SHA256SUMS));
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : new String(text, StandardCharsets.UTF_8).split("\n")) {
            String[] parts = line.strip().split("\\s+\\*?", 2);
            if (parts.length == 2 && parts[0].matches("[0-9a-f]{64}")) {
                sums.put(parts[1], parts[0]);
            }
        }
        return new Sums(Map.copyOf(sums), text);
    }

    /** A small file of a release, checked against its SHA-256. */
    public byte[] releaseFile(String name, String file, String sha256) {
        byte[] bytes = bytes(releasePath(name, file));
        if (!Checksums.sha256(bytes).equals(sha256)) {
            throw FollowProblem.badDownload(base + releasePath(name, file) + " does not match its SHA-256 " + sha256);
        }
        return bytes;
    }

    /**
     * Downloads a release file to {@code target}, streaming, and puts it in place only when its SHA-256 is the one
     * given; otherwise nothing is left behind.
     */
    public void download(String name, String file, String sha256, Path target) {
        String path = releasePath(name, file);
        Path part = target.resolveSibling("." + target.getFileName() + ".download");
        HttpResponse<InputStream> response = send(path, HttpResponse.BodyHandlers.ofInputStream());
        try {
            String got;
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (InputStream body = response.body();
                 DigestInputStream in = new DigestInputStream(body, sha256Digest());
                 OutputStream out = Files.newOutputStream(part)) {
                in.transferTo(out);
                got = HexFormat.of().formatHex(in.getMessageDigest().digest());
            }
            if (!got.equals(sha256)) {
                throw FollowProblem.badDownload(base + path + " does not match its SHA-256 " + sha256);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw FollowProblem.unreachable(base + path + ": download broke off: " + describe(e));
        } finally {
            deleteQuietly(part);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a hidden leftover, overwritten by the next download
        }
    }

    /** The bytes at a path of the primary; an error status or no answer is {@link FollowProblem.Kind#UNREACHABLE}. */
    public byte[] bytes(String path) {
        return send(path, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private <T> HttpResponse<T> send(String path, HttpResponse.BodyHandler<T> handler) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/atom+xml, */*;q=0.5").GET().build();
        try {
            HttpResponse<T> response = http.send(request, handler);
            if (response.statusCode() != 200) {
                if (response.body() instanceof InputStream in) {
                    in.close();
                }
                throw FollowProblem.answered(base + path + " answered " + response.statusCode(),
                        response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw FollowProblem.unreachable(base + path + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw FollowProblem.unreachable(base + path + ": interrupted");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String releasePath(String name, String file) {
        return ReleaseLayout.RELEASES_PATH + name + "/" + file;
    }

    private static int archivePages(Document doc) {
        NodeList links = doc.getDocumentElement().getElementsByTagNameNS(AtomFeed.ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == doc.getDocumentElement() && "prev-archive".equals(link.getAttribute("rel"))) {
                Matcher m = ARCHIVE.matcher(link.getAttribute("href"));
                return m.find() ? Integer.parseInt(m.group(1)) : 0;
            }
        }
        return 0;
    }

    private static String childText(Element parent, String name) {
        NodeList children = parent.getElementsByTagNameNS(AtomFeed.ATOM, name);
        return children.getLength() == 0 ? "" : children.item(0).getTextContent().strip();
    }

    private Document parseXml(byte[] atom) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(atom));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw FollowProblem.badDownload(base + ReleaseLayout.FEED_PATH + ": not an Atom feed: " + e.getMessage());
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
