package no.policylod.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the error stream for steps that take long; drawn only when a person is watching
 * (a console is attached), so logs and tests see only the summaries.
 */
final class Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String label;
    private final int total;
    private final boolean enabled;
    private int shown;

    Progress(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.enabled = System.console() != null && total > 1;
    }

    /** Shows {@code done} steps of the total; safe to call from several threads (a count lower than shown is skipped). */
    synchronized void step(int done) {
        if (!enabled || done <= shown) {
            return;
        }
        shown = done;
        int filled = (int) ((long) WIDTH * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
    }

    synchronized void done() {
        if (enabled) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 20) + "\r");
            err.flush();
        }
    }
}
