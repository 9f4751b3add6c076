package no.policylod.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.policylod.convert.Converter;
import no.policylod.convert.rdf.UriPolicy;
import no.policylod.source.PageSnapshot;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;

class SpeedTest {
    @Test
    void speed() throws Exception {
        if (!Boolean.getBoolean("speed")) return;
        List<PageSnapshot> pages = new ArrayList<>();
        try (var files = Files.list(Path.of("/work/shared/corpus/pages"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                pages.add(PageSnapshot.of(p.getFileName().toString(), Files.readString(p), null, null));
            }
        }
        Converter c = new Converter(new UriPolicy("https://w3id.org/policy-lod"));
        boolean readOnly = Boolean.getBoolean("readOnly");
        for (int round = 0; round < 6; round++) {
            long t0 = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - t0 < 3_000_000_000L) {
                for (PageSnapshot p : pages) {
                    if (readOnly) c.read(p); else c.convert(p, StreamRDFLib.sinkNull());
                    n++;
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d: %.0f pages/s (%s)%n", round, n / s, readOnly ? "read" : "convert");
        }
    }
}
