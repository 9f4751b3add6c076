package no.policylod.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The converter's packages import each other in one direction only: no cycles among {@code convert} and its
 * sub-packages, and no sub-package reaches back into the facade. Read from the sources.
 */
class PackageLayersTest {

    private static final Path ROOT = Path.of("src/main/java/no/policylod/convert");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?no\\.policylod\\.(convert(?:\\.[a-z]+)*)"
            + "\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void theConverterPackagesFormNoCycle() throws IOException {
        Map<String, Set<String>> uses = imports();
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            if (reaches(uses, start, start, new HashSet<>())) {
                cycles.add(start);
            }
        }
        assertEquals(List.of(), cycles, "packages on an import cycle: " + uses);
    }

    @Test
    void noSubPackageImportsTheFacade() throws IOException {
        List<String> back = new ArrayList<>();
        imports().forEach((pkg, used) -> {
            if (!pkg.equals("convert") && used.contains("convert")) {
                back.add(pkg);
            }
        });
        assertEquals(List.of(), back);
    }

    private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
        for (String next : uses.getOrDefault(from, Set.of())) {
            if (next.equals(target) || seen.add(next) && reaches(uses, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> uses = new HashMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = ROOT.getParent().relativize(f.getParent()).toString().replace('/', '.');
                Set<String> used = uses.computeIfAbsent(pkg, k -> new HashSet<>());
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        return uses;
    }
}
