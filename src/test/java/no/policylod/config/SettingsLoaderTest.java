package no.policylod.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {

    @TempDir
    Path dir;

    @Test
    void missingKeysTakeTheDocumentedDefaults() throws IOException {
        Settings s = SettingsLoader.load(Files.writeString(dir.resolve("c.json"), "{\"port\": 8080}"));
        assertEquals(8080, s.port());
        assertEquals(URI.create("https://w3id.org/policy-lod"), s.baseUri());
        assertEquals(Path.of("store"), s.store());
        assertEquals(Path.of("dumps"), s.dumps());
        assertEquals("localhost", s.host());
        assertEquals(30, s.queryTimeoutSeconds());
        assertEquals(256 * 1024, s.maxRequestBytes());
        assertEquals(100_000, s.maxResultRows());
        assertEquals(64L * 1024 * 1024, s.maxResultBytes());
        assertEquals(URI.create("https://data.norge.no/nlod/no/2.0"), s.dataset().licence());
    }

    @Test
    void everyKeyIsRead() throws IOException {
        Settings s = SettingsLoader.load(Files.writeString(dir.resolve("c.json"), """
                {"baseUri": "https://data.example.org/lod/", "store": "/var/lib/pl/store", "dumps": "out",
                 "host": "0.0.0.0", "port": 9000, "queryTimeoutSeconds": 5, "maxRequestBytes": 1000,
                 "maxResultRows": 500, "maxResultBytes": 2000000,
                 "dataset": {"title": {"en": "T"}, "description": {"en": "D"},
                             "publisher": {"name": "P", "uri": "https://example.org/p"},
                             "licence": "https://creativecommons.org/licenses/by/4.0/", "contactEmail": "a@b.c"}}
                """));
        assertEquals("https://data.example.org/lod", s.base(), "a trailing slash is dropped");
        assertEquals(Path.of("/var/lib/pl/store"), s.store());
        assertEquals(9000, s.port());
        assertEquals(1000, s.maxRequestBytes());
        assertEquals(500, s.maxResultRows());
        assertEquals(2_000_000, s.maxResultBytes());
        assertEquals("P", s.dataset().publisher().name());
        assertEquals("T", s.dataset().title().get("en"));
    }

    @Test
    void serverSettingsAreReadWithTheirDefaultsAndAMisspeltOneIsRefused() throws IOException {
        Settings.ServerSettings defaults = SettingsLoader.load(Files.writeString(dir.resolve("d.json"), "{}")).server();
        assertEquals(new Settings.ServerSettings(32, 16, 2, 8, 5, 30, 10, 30, Path.of("logs"), 30, 2000, 2,
                List.of()), defaults);
        Settings.ServerSettings s = SettingsLoader.load(Files.writeString(dir.resolve("c.json"), """
                {"server": {"maxConnectionsPerClient": 8, "maxRequestsPerClient": 4, "maxQueriesPerClient": 1,
                            "maxQueries": 2, "queryQueueSeconds": 1, "idleTimeoutSeconds": 20,
                            "headerTimeoutSeconds": 5, "bodyTimeoutSeconds": 15, "logs": "/var/log/pl", "logDays": 7,
                            "longQueryMillis": 500, "maxLongQueries": 2,
                            "trustedProxies": ["10.0.0.0/8", "192.0.2.7"]}}
                """)).server();
        assertEquals(new Settings.ServerSettings(8, 4, 1, 2, 1, 20, 5, 15, Path.of("/var/log/pl"), 7, 500, 2,
                List.of("10.0.0.0/8", "192.0.2.7")), s);
        Path misspelt = Files.writeString(dir.resolve("e.json"), "{\"server\": {\"maxQuerys\": 3}}");
        SettingsLoader.ConfigException e = assertThrows(SettingsLoader.ConfigException.class,
                () -> SettingsLoader.load(misspelt));
        assertTrue(e.getMessage().contains("maxQuerys"), e.getMessage());
    }

    @Test
    void fetchSettingsAreReadWithTheirDefaultsAndAMisspeltOneIsRefused() throws IOException {
        Settings.FetchSettings defaults = SettingsLoader.load(Files.writeString(dir.resolve("d.json"), "{}")).fetch();
        assertEquals(new Settings.FetchSettings("mailto:policy-lod@example.org", 1000, 60_000, 10_000, 60_000,
                20L * 1024 * 1024, 4, 1000, 60_000, 5), defaults);
        Settings s = SettingsLoader.load(Files.writeString(dir.resolve("c.json"), """
                {"maxPageBytes": 4096, "dataset": {"contactEmail": "ops@example.org"},
                 "fetch": {"delayMillis": 2000, "maxTries": 2}}
                """));
        assertEquals(new Settings.FetchSettings("mailto:ops@example.org", 2000, 60_000, 10_000, 60_000, 4096, 2, 1000,
                60_000, 5), s.fetch(), "the body cap follows maxPageBytes; the contact, the dataset's e-mail");
        Path misspelt = Files.writeString(dir.resolve("e.json"), "{\"fetch\": {\"delayMilis\": 3}}");
        SettingsLoader.ConfigException e = assertThrows(SettingsLoader.ConfigException.class,
                () -> SettingsLoader.load(misspelt));
        assertTrue(e.getMessage().contains("delayMilis"), e.getMessage());
    }

    @Test
    void portZeroMeansAFreePortAndNoPortMeansTheDefault() throws IOException {
        assertEquals(0, SettingsLoader.load(Files.writeString(dir.resolve("c.json"), "{\"port\": 0}")).port());
        assertEquals(3030, SettingsLoader.load(Files.writeString(dir.resolve("d.json"), "{}")).port());
        assertEquals(0, Settings.defaults().withPort(0).port());
        assertEquals(3030, Settings.defaults().port());
    }

    @Test
    void misspeltKeyNamesTheKeyAndTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"baseURI\": \"https://x.org\"}");
        var e = assertThrows(SettingsLoader.ConfigException.class, () -> SettingsLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ": unknown setting 'baseURI'"), e.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\n  \"port\": 80,,\n}");
        var e = assertThrows(SettingsLoader.ConfigException.class, () -> SettingsLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
    }

    @Test
    void relativeBaseUriIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"baseUri\": \"lod\"}");
        var e = assertThrows(SettingsLoader.ConfigException.class, () -> SettingsLoader.load(file));
        assertTrue(e.getMessage().contains("base URI must be an absolute http(s) URI"), e.getMessage());
    }
}
