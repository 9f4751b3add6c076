package no.policylod.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

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
            try (SortedLines sorted = new SortedLines(inMemory)) {
                lines.forEach(sorted::add);
                sorted.forEachSorted(out::add);
            }
            assertEquals(expected, out, "in memory up to " + inMemory);
        }
    }
}
