package no.policylod.serve.http;

/**
 * A request this server cannot answer, with the HTTP status and a message saying what was wrong and how to ask
 * instead; the servlets turn it into a 4xx response with an HTML or plain-text body.
 *
 * <pre>
 * throw new BadRequest("?page must be a whole number from 1 to 1000, not 'x'.");            // 400
 * throw BadRequest.notFound("No resource https://.../id/doc/x is described here.");          // 404
 * </pre>
 */
public class BadRequest extends RuntimeException {

    private final int status;

    public BadRequest(String message) {
        this(400, message);
    }

    private BadRequest(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public static BadRequest notFound(String message) {
        return new BadRequest(404, message);
    }

    public static BadRequest notAcceptable(String message) {
        return new BadRequest(406, message);
    }

    public int status() {
        return status;
    }
}
