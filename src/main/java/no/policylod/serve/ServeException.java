package no.policylod.serve;

import java.net.BindException;

/**
 * A server problem the person running it can fix, with a one-line message saying what and how.
 *
 * <pre>
 * try {
 *     server.start();
 * } catch (ServeException e) {
 *     err.println(e.getMessage());      // "port 3030 is already in use (set --port)"
 * }
 * </pre>
 */
public class ServeException extends RuntimeException {

    public ServeException(String message) {
        super(message);
    }

    public ServeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Explains why Jetty could not start listening on {@code host:port}. */
    static ServeException cannotListen(String host, int port, Throwable failure) {
        BindException bind = findBindException(failure);
        if (bind != null && String.valueOf(bind.getMessage()).contains("in use")) {
            return new ServeException("port " + port + " is already in use (set --port)", failure);
        }
        if (bind != null) {
            return new ServeException("cannot listen on " + host + ":" + port + ": " + bind.getMessage()
                    + " (check --host and --port)", failure);
        }
        return new ServeException("the server failed to start: " + failure.getMessage(), failure);
    }

    private static BindException findBindException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }
}
