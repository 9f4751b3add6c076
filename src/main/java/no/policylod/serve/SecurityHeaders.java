package no.policylod.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import no.policylod.serve.http.Reply;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every answer, whoever writes it: our pages, Fuseki, and Jetty's own error answers.
 *
 * <pre>
 * SecurityHeaders.install(jettyServer);
 * </pre>
 *
 * <p>A connector customizer puts them on every response before any handler runs (a handler may only add to them);
 * Jetty's error handler, which answers requests refused before any handler sees them (a malformed request line, a
 * missing {@code Host}), puts them on its answers too and writes one line of plain text instead of an HTML page. The
 * policy is {@link Reply#CONTENT_SECURITY_POLICY}: nothing loaded from elsewhere, no framing; on a non-HTML answer
 * it does no harm.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", Reply.CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            "X-Frame-Options", "DENY");

    /** Adds the customizer to every connector and replaces the server's error handler. */
    static void install(Server server) {
        for (Connector connector : server.getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().addCustomizer(new SecurityHeaders());
            }
        }
        server.setErrorHandler(new PlainErrors());
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        HEADERS.forEach(responseHeaders::put);
        return request;
    }

    /** Jetty's error answers as one line of plain text with the security headers; never an HTML page. */
    static final class PlainErrors extends ErrorHandler {

        PlainErrors() {
            setShowStacks(false);
            setShowCauses(false);
            setShowMessageInTitle(false);
            setShowOrigin(false);
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            HEADERS.forEach(response.getHeaders()::put);
            return super.handle(request, response, callback);
        }

        @Override
        protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
                                                     String contentType, List<Charset> charsets, int code,
                                                     String message, Throwable cause) throws IOException {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            response.write(true, ByteBuffer.wrap(line(code, message).getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            HEADERS.forEach(fields::put);
            fields.put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
            return ByteBuffer.wrap(line(status, reason).getBytes(StandardCharsets.UTF_8));
        }

        private static String line(int status, String message) {
            String reason = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
            return status + " " + reason.replaceAll("[\\r\\n<>]", " ") + "\n";
        }
    }
}
