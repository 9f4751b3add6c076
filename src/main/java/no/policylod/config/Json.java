package no.policylod.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The project's one configured Jackson mapper: records in, unknown keys rejected.
 *
 * <pre>
 * List&lt;SourceEntry&gt; entries = Json.MAPPER.readValue(file.toFile(), new TypeReference&lt;&gt;() {});
 * </pre>
 */
public final class Json {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }
}
