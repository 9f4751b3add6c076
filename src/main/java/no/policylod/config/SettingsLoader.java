package no.policylod.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads {@link Settings} from a JSON file with the one configured mapper of the project.
 *
 * <pre>
 * Settings s = SettingsLoader.load(Path.of("policy-lod.json"));
 * </pre>
 *
 * A misspelt key fails with {@link ConfigException} naming the key and the file.
 */
public final class SettingsLoader {

    private SettingsLoader() {
    }

    public static Settings load(Path file) {
        try {
            return Json.MAPPER.readValue(Files.readString(file), Settings.class);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such config file");
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(file + ": unknown setting '" + e.getPropertyName() + "' (known: "
                    + e.getKnownPropertyIds() + ")");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ConfigException(file + where + ": " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** A config file that cannot be used; the message is one line naming the file. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
