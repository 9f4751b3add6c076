package no.policylod.convert.extract;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import no.policylod.config.Json;

/** Reads the converter's reference tables, which ship as JSON on the classpath. */
final class ClasspathJson {

    private ClasspathJson() {
    }

    static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = ClasspathJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return Json.MAPPER.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
