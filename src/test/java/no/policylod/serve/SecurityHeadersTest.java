package no.policylod.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import no.policylod.serve.site.SiteFixture;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the security headers, HTML above all: pages, linked-data pages, error pages of our own, of
 * Fuseki, of Jetty's servlet layer (HTML) and of Jetty itself (a request refused before any handler sees it),
 * redirects. Walks a table of requests
 * against the full site, as the CLI wires it.
 */
class SecurityHeadersTest {

    private static final String HTML = "text/html";
    private static final String SELECT = "SELECT * WHERE { ?s ?p ?o } LIMIT 2";

    /** A request line and headers, the status it is expected to get, and whether that answer is HTML. */
    private record Route(String method, String target, String accept, int status, boolean html) {
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        List<Route> routes = List.of(
                new Route("GET", "/", HTML, 200, true),
                new Route("GET", "/search?q=forsvar", HTML, 200, true),
                new Route("GET", "/query", HTML, 200, true),
                new Route("GET", "/doc/topic/id1111", HTML, 200, true),
                new Route("GET", "/doc/topic/id1111.ttl", HTML, 200, false),
                new Route("GET", "/id/topic/id1111", HTML, 303, false),
                new Route("GET", "/ontology", HTML, 200, true),
                new Route("GET", "/dumps/", HTML, 200, true),
                new Route("GET", "/sparql", HTML, 200, true),
                new Route("GET", "/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8), HTML, 200, true),
                new Route("GET", "/sparql?query=" + URLEncoder.encode(SELECT, StandardCharsets.UTF_8),
                        "application/sparql-results+json", 200, false),
                new Route("GET", "/ui/", HTML, 301, false),
                new Route("GET", "/ui/index.html", HTML, 301, false),
                new Route("GET", "/static/no-such.css", HTML, 404, false),
                new Route("GET", "/no/such/page", HTML, 404, true),
                new Route("GET", "/doc/topic/no-such-topic", HTML, 404, true),
                new Route("GET", "/$/server", HTML, 404, true),
                new Route("GET", "/sparql?query=SELECT+%3Fs+WHERE", HTML, 400, false),
                new Route("GET", "/search?q=%ZZ", HTML, 400, true),
                new Route("GET", "/doc/%ZZ", HTML, 400, false),
                new Route("GET", "/a/%00/b", HTML, 400, false),
                new Route("PUT", "/sparql", HTML, 405, false),
                new Route("GET", "/dumps/" + "x".repeat(300_000), HTML, 414, false));
        SiteFixture site = SiteFixture.shared();
        RawHttp client = RawHttp.from("127.0.0.1", site.baseUrl().getPort());
        List<String> problems = new ArrayList<>();
        for (Route route : routes) {
            RawHttp.Answer answer = client.send(route.method() + " " + route.target() + " HTTP/1.1\r\nHost: localhost"
                    + "\r\nAccept: " + route.accept() + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            check(route.method() + " " + abbreviated(route.target()), answer, route.status(), route.html(), problems);
        }
        RawHttp.Answer noHost = client.send("GET / HTTP/1.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        check("GET / without Host", noHost, 400, false, problems);
        RawHttp.Answer badLine = client.send("GET /a b c HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n\r\n");
        check("a malformed request line", badLine, 400, false, problems);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void check(String what, RawHttp.Answer answer, int status, boolean html, List<String> problems) {
        String type = String.valueOf(answer.header("Content-Type"));
        if (answer.status() != status) {
            problems.add(what + ": status " + answer.status() + ", expected " + status);
        }
        if (html != type.startsWith(HTML)) {
            problems.add(what + ": Content-Type " + type);
        }
        expect(what, answer, "Content-Security-Policy", "default-src 'self'", problems);
        expect(what, answer, "Content-Security-Policy", "frame-ancestors 'none'", problems);
        expect(what, answer, "X-Content-Type-Options", "nosniff", problems);
        expect(what, answer, "Referrer-Policy", "same-origin", problems);
        expect(what, answer, "X-Frame-Options", "DENY", problems);
        long csp = answer.headers().stream().filter(h -> h.toLowerCase().startsWith("content-security-policy:"))
                .count();
        if (csp > 1) {
            problems.add(what + ": " + csp + " Content-Security-Policy headers");
        }
    }

    private static void expect(String what, RawHttp.Answer answer, String name, String part, List<String> problems) {
        String value = answer.header(name);
        if (value == null || !value.contains(part)) {
            problems.add(what + ": " + name + " is " + value);
        }
    }

    private static String abbreviated(String target) {
        return target.length() > 80 ? target.substring(0, 80) + "…" : target;
    }

    @Test
    void theSecurityHeadersAreTheOnesEveryPageDeclares() {
        assertEquals(no.policylod.serve.http.Reply.CONTENT_SECURITY_POLICY,
                SecurityHeaders.HEADERS.get("Content-Security-Policy"));
    }
}
