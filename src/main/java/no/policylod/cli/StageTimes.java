package no.policylod.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Wall time spent in each stage of a command, for {@code --timings}: a stage runs from {@link #start} to the next
 * {@code start} or {@link #stop}; a stage run twice adds up.
 *
 * <pre>
 * times.start("convert"); ...; times.start("validate"); ...; times.stop();
 * times.print(err);   // "timing convert 12.345 s" per stage, then "timing total ..."
 * </pre>
 */
final class StageTimes {

    private final long created = System.nanoTime();
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String running;
    private long since;

    /** Adds time measured elsewhere (a stage that ran on another thread). */
    synchronized void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    synchronized void start(String stage) {
        stop();
        running = stage;
        since = System.nanoTime();
    }

    synchronized void stop() {
        if (running != null) {
            nanos.merge(running, System.nanoTime() - since, Long::sum);
            running = null;
        }
    }

    /** One line per stage, in the order first started, then the total since this object was made. */
    synchronized void print(PrintWriter to) {
        stop();
        nanos.forEach((stage, ns) -> to.println(line(stage, ns)));
        to.println(line("total", System.nanoTime() - created));
        to.flush();
    }

    private static String line(String stage, long ns) {
        return String.format(Locale.ROOT, "timing %-9s %9.3f s", stage, ns / 1e9);
    }
}
