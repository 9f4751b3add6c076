package no.policylod.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what {@link java.net.http.HttpClient} will not send (a raw {@code ..}, two
 * {@code Content-Length}s, a request from another loopback address such as {@code 127.0.0.2}, which the server sees
 * as another client).
 *
 * <pre>
 * RawHttp.Answer a = RawHttp.from("127.0.0.2", server.port()).send("GET /%2e%2e/etc/passwd HTTP/1.1\r\nHost: x\r\n"
 *         + "Connection: close\r\n\r\n");
 * a.status();   // 400
 * </pre>
 */
final class RawHttp {

    private final String localAddress;
    private final int port;

    private RawHttp(String localAddress, int port) {
        this.localAddress = localAddress;
        this.port = port;
    }

    /** Requests to 127.0.0.1:port sent from the given loopback address. */
    static RawHttp from(String localAddress, int port) {
        return new RawHttp(localAddress, port);
    }

    /** A GET of a raw request target, closing the connection after the answer. */
    Answer get(String target, String... headers) {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        return send(request.append("Connection: close\r\n\r\n").toString());
    }

    /** Sends the bytes as they are and reads the answer until the server closes (or 20 s pass). */
    Answer send(String request) {
        try (Socket socket = open()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return Answer.parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connected socket from the local address, reads timing out after 20 s. */
    Socket open() throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived is the answer
        }
        return bytes.toByteArray();
    }

    /** The first answer on a connection: status, header lines, body (as sent, chunked or not). */
    record Answer(int status, List<String> headers, String body) {

        static Answer parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return new Answer(0, List.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            String[] statusLine = lines[0].split(" ");
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Answer(Integer.parseInt(statusLine[1]), headers, text.substring(end + 4));
        }

        /** The first value of a header, or null. */
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst().orElse(null);
        }
    }
}
