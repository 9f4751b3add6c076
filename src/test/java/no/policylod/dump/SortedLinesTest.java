package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedLinesTest {

    @Test
    void linesComeBackSortedAndOnceEachWhetherTheyStayInMemoryOrSpillToDisk() {
        List<String> lines = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            lines.add("<https://example.org/" + random.nextInt(1_500) + "> \"æ ø å " + "x".repeat(i % 7) + "\"");
        }
        lines.add("a line longer than writeUTF allows: " + "y".repeat(70_000));
        Collections.shuffle(lines, random);
        List<String> expected = new ArrayList<>(new TreeSet<>(lines));
        for (long inMemory : new long[] {100_000, 300}) {
            List<String> out = new ArrayList<>();
            try (SortedLines sorted = new SortedLines(inMemory, null)) {
                lines.forEach(sorted::add);
                sorted.forEachSorted(out::add);
            }
            assertEquals(expected, out, "in memory up to " + inMemory);
        }
    }

    @Test
    void spillFilesGoToTheGivenFolderHiddenAndAreRemovedOnClose(@TempDir Path folder) throws Exception {
        Path spill = folder.resolve("work");
        List<String> out = new ArrayList<>();
        try (SortedLines sorted = new SortedLines(10, spill)) {
            for (int i = 99; i >= 0; i--) {
                sorted.add("line " + i);
            }
            try (Stream<Path> files = Files.list(spill)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertFalse(names.isEmpty(), "spilled into " + spill);
                assertTrue(names.stream().allMatch(n -> n.startsWith(".") && n.endsWith(".tmp")), names.toString());
            }
            sorted.forEachSorted(out::add);
        }
        assertEquals(100, out.size());
        try (Stream<Path> files = Files.list(spill)) {
            assertEquals(List.of(), files.toList(), "spill files left after close");
        }
    }
}
