package no.policylod.convert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.policylod.testing.Fixtures;

/**
 * The evidence for each named converter rule ({@code corpus/rule-evidence.json}): the corpus pages whose output the
 * rule changes, found by switching it off alone with and without the pages' addresses, or the site's or languages'
 * documented convention it rests on where fewer than two pages show it.
 *
 * <pre>
 * RuleEvidence evidence = RuleEvidence.load();
 * Set&lt;String&gt; ownOnly = evidence.onlyWithin(f -> RuleEvidence.half(f) == 0);
 * </pre>
 *
 * @param pages       rule name to supporting page files
 * @param conventions rule name to the documented convention it rests on
 */
record RuleEvidence(Map<String, List<String>> pages, Map<String, String> conventions) {

    static RuleEvidence load() throws IOException {
        JsonNode root = new ObjectMapper().readTree(Fixtures.resource("corpus/rule-evidence.json").toFile());
        Map<String, List<String>> pages = new LinkedHashMap<>();
        root.get("pages").fields().forEachRemaining(e -> {
            List<String> files = new ArrayList<>();
            e.getValue().forEach(f -> files.add(f.asText()));
            pages.put(e.getKey(), files);
        });
        Map<String, String> conventions = new LinkedHashMap<>();
        root.get("conventions").fields().forEachRemaining(e -> conventions.put(e.getKey(), e.getValue().asText()));
        return new RuleEvidence(pages, conventions);
    }

    /** Which half of the corpus a page belongs to: the parity of the first byte of its name's SHA-256. */
    static int half(String fileName) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(fileName.getBytes(StandardCharsets.UTF_8));
            return h[0] & 1;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rules (not resting on a convention) all of whose evidence pages satisfy {@code inside}. */
    List<String> onlyWithin(Predicate<String> inside) {
        List<String> names = new ArrayList<>();
        pages.forEach((rule, files) -> {
            if (!conventions.containsKey(rule) && files.stream().allMatch(inside)) {
                names.add(rule);
            }
        });
        return names;
    }
}
