package no.policylod.convert.lang;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.policylod.config.Json;
import no.policylod.convert.model.Lang;

/**
 * The one loader of the converter's knowledge of the site and its languages, kept as data: one JSON file per
 * language and concern under {@code policylod/convert/lang/{tag}/{concern}.json} (type labels, header fields,
 * headings, months, number words, scales, currencies, qualifier words, abbreviations), and the site's own
 * conventions, which hold in every language, under {@code policylod/convert/site/{concern}.json}.
 *
 * <pre>
 * Map&lt;String, List&lt;String&gt;&gt; scales = LanguageData.table("scales", Lang.NB);   // {"1000000": ["millioner", ...]}
 * Map&lt;String, List&lt;String&gt;&gt; all = LanguageData.merged("qualifiers");          // en, nb and nn together
 * </pre>
 *
 * Every file is an object whose values are lists of strings (words, phrases or regular expressions, as the file's
 * concern says). Adding a word, a label or a language is adding data. Files are read once and cached; a file that
 * is missing for one language is an empty table, a malformed one fails loudly at start-up.
 */
public final class LanguageData {

    private static final Map<String, Map<String, List<String>>> CACHE = new ConcurrentHashMap<>();

    private LanguageData() {
    }

    /** The table of one concern in one language; empty when the language has no file for it. */
    public static Map<String, List<String>> table(String concern, Lang lang) {
        return load("/policylod/convert/lang/" + lang.tag() + "/" + concern + ".json");
    }

    /** The tables of one concern in every language, merged key by key (English first, then bokmål, nynorsk). */
    public static Map<String, List<String>> merged(String concern) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        for (Lang lang : Lang.values()) {
            table(concern, lang).forEach((key, values) -> merged.computeIfAbsent(key, k -> new ArrayList<>())
                    .addAll(values));
        }
        merged.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(merged);
    }

    /** A table of the site's own conventions, the same in every language (address words, page templates). */
    public static Map<String, List<String>> site(String concern) {
        return load("/policylod/convert/site/" + concern + ".json");
    }

    private static Map<String, List<String>> load(String resource) {
        return CACHE.computeIfAbsent(resource, LanguageData::read);
    }

    private static Map<String, List<String>> read(String resource) {
        try (InputStream in = LanguageData.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Map.of();
            }
            Map<String, List<String>> table = Json.MAPPER.readValue(in, new TypeReference<LinkedHashMap<String,
                    List<String>>>() {
            });
            return java.util.Collections.unmodifiableMap(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
