package no.policylod.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.policylod.dump.CanonicalRdf;
import no.policylod.dump.DumpWriter;
import no.policylod.format.Format;
import no.policylod.vocab.Namespaces;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Times the release dumps of a store one format at a time, as a release writes them: the store read and put in
 * canonical order once (blank nodes skolemized), then each format streamed from that list by {@link DumpWriter}.
 *
 * <pre>
 * DumpTimes.Report r = DumpTimes.measure(store.dataset(), Path.of("target/bench/dumps"), base, Format.dumps());
 * r.canonicalSeconds();                  // reading and sorting, shared by every format
 * r.dumps().get(0).bytes();              // policy-lod.nq.gz
 * </pre>
 */
public final class DumpTimes {

    /** One dump written: its format, its size and the seconds spent writing it (checksum included). */
    public record Dump(Format format, Path file, long bytes, double seconds) {
    }

    /** What was measured: the shared canonical sort, then every dump. */
    public record Report(long quads, double canonicalSeconds, List<Dump> dumps) {
    }

    private DumpTimes() {
    }

    /** Writes the given dump formats of the dataset into {@code folder}, timing each. */
    public static Report measure(Dataset dataset, Path folder, String base, List<Format> formats) {
        long t0 = System.nanoTime();
        List<Quad> quads = Txn.calculateRead(dataset, () -> CanonicalRdf.skolemized(dataset.asDatasetGraph(), base));
        double canonical = seconds(t0);
        List<Dump> dumps = new ArrayList<>();
        for (Format format : formats) {
            long start = System.nanoTime();
            DumpWriter.Dump d = DumpWriter.builder(folder).prefixes(Namespaces.prefixes(base))
                    .formats(List.of(format)).build().writeSorted(quads).get(0);
            dumps.add(new Dump(format, d.file(), d.bytes(), seconds(start)));
        }
        return new Report(quads.size(), canonical, dumps);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
