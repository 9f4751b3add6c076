package no.policylod.source;

/**
 * One thing wrong with one input, as the user will read it: {@code data/x.txt:12: empty file}.
 *
 * @param severity how bad it is
 * @param file     the file it is about, as the user named it
 * @param line     1-based line number, or 0 when no line applies
 * @param message  what is wrong and, where useful, how to fix it; one line
 */
public record Problem(Severity severity, String file, int line, String message) {

    /** How bad a problem is: an error stops one page, a warning does not. */
    public enum Severity { WARNING, ERROR }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    /**
     * Why something failed, on one line and without a stack trace: a stack overflow and running out of memory in
     * words, any other failure as its kind and the first line of its message (at most 200 characters).
     */
    public static String reason(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "too deeply nested to read (stack overflow)";
        }
        if (failure instanceof Refused) {
            return failure.getMessage();
        }
        if (failure instanceof OutOfMemoryError) {
            return "too large to read (out of memory)";
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage().strip().split("\\R", 2)[0];
        message = message.length() > 200 ? message.substring(0, 200) + "…" : message;
        return failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as one line: {@code file:line: message}, with a {@code warning: } prefix for warnings. */
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line : file;
        return (isError() ? "" : "warning: ") + where + ": " + message;
    }

    /** A page a stage will not read, for the reason its message gives on one line (a limit it is past). */
    public static final class Refused extends RuntimeException {
        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
