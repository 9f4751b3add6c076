package no.policylod.source.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.policylod.config.Settings.FetchSettings;
import no.policylod.source.SourceEntry;

/**
 * GET over HTTP the way a polite crawler does it: robots.txt asked first and obeyed, a host asked again only
 * {@code delayMillis} (or its longer Crawl-delay) after its last answer ended, 429 and 5xx and network failures retried with growing waits that honour
 * {@code Retry-After}, redirects followed here one hop at a time (each hop http(s) only, allowed by robots.txt, paced),
 * the body capped in size and the whole request in time.
 *
 * <pre>
 * HttpFetcher http = new HttpFetcher(settings.fetch(), "policy-lod/1.0 (+mailto:me@example.org)");
 * HttpFetcher.Response r = http.get(URI.create("https://www.regjeringen.no/en/id4/"), Map.of());
 * </pre>
 *
 * Every way a page cannot be had is a {@link Failure} whose message is one line. One fetcher is used by one thread.
 */
public final class HttpFetcher {

    /** The product token robots.txt groups are matched against. */
    public static final String AGENT = "policy-lod";
    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/xml;q=0.8,"
            + "text/xml;q=0.8,*/*;q=0.1";
    private static final long MAX_ROBOTS_BYTES = 512 * 1024;

    private final FetchSettings settings;
    private final String userAgent;
    private final HttpClient client;
    private final Map<String, HostRobots> robotsByOrigin = new HashMap<>();
    private final Map<String, Long> lastRequestByHost = new HashMap<>();

    /** A final answer (no redirect): where it came from, its status, headers and body. */
    public record Response(URI url, int status, HttpHeaders headers, byte[] body) {
        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** Why a URL could not be had, in one line; {@link #byRobots()} when robots.txt disallows it. */
    public static final class Failure extends Exception {
        private final boolean byRobots;

        public Failure(String reason) {
            this(reason, false);
        }

        Failure(String reason, boolean byRobots) {
            super(reason, null, false, false);
            this.byRobots = byRobots;
        }

        public boolean byRobots() {
            return byRobots;
        }
    }

    /** What a host's robots.txt says, or why the host is not asked at all in this run. */
    private record HostRobots(RobotsRules rules, String refusal) {
    }

    public HttpFetcher(FetchSettings settings, String userAgent) {
        this.settings = settings;
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(settings.connectTimeoutMillis())).build();
    }

    /** The page at the URL, after redirects; {@code headers} (conditional ones) go with every hop. */
    public Response get(URI url, Map<String, String> headers) throws Failure {
        return follow(url, headers, true);
    }

    private Response follow(URI start, Map<String, String> headers, boolean obeyRobots) throws Failure {
        List<URI> hops = new ArrayList<>();
        URI url = checkScheme(start, "not an http or https URL");
        while (true) {
            hops.add(url);
            if (obeyRobots) {
                checkRobots(url);
            }
            Response r = withRetries(url, headers);
            if (!isRedirect(r.status())) {
                return r;
            }
            url = next(r, hops);
        }
    }

    private URI next(Response r, List<URI> hops) throws Failure {
        String location = r.header("location").orElseThrow(() -> new Failure("HTTP " + r.status()
                + " redirect without a Location"));
        URI target;
        try {
            target = withoutFragment(r.url().resolve(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new Failure("redirect to a malformed Location '" + shorten(location) + "'");
        }
        checkScheme(target, "redirect to " + shorten(target.toString()) + " refused: http and https only");
        if (hops.contains(target)) {
            throw new Failure("redirect loop: " + String.join(" -> ", hops.subList(hops.indexOf(target), hops.size())
                    .stream().map(URI::toString).toList()) + " -> " + target);
        }
        if (hops.size() > settings.maxRedirects()) {
            throw new Failure("more than " + settings.maxRedirects() + " redirects (fetch.maxRedirects)");
        }
        return target;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI checkScheme(URI url, String refusal) throws Failure {
        if (!SourceEntry.isWebUrl(url)) {
            throw new Failure(refusal);
        }
        return url;
    }

    static URI withoutFragment(URI url) {
        if (url.getRawFragment() == null) {
            return url;
        }
        String s = url.toString();
        return URI.create(s.substring(0, s.indexOf('#')));
    }

    private void checkRobots(URI url) throws Failure {
        HostRobots robots = robotsByOrigin.computeIfAbsent(origin(url), o -> readRobots(url));
        if (robots.refusal() != null) {
            throw new Failure(robots.refusal());
        }
        if (!robots.rules().allows(url)) {
            throw new Failure("robots.txt of " + origin(url) + " disallows " + AGENT + " here; not fetched", true);
        }
    }

    private HostRobots readRobots(URI url) {
        URI robots = URI.create(origin(url) + "/robots.txt");
        try {
            Response r = follow(robots, Map.of(), false);
            if (r.status() >= 400 && r.status() < 500) {
                return new HostRobots(RobotsRules.ALLOW_ALL, null);
            }
            if (r.status() < 200 || r.status() >= 300) {
                return unreadable(robots, "HTTP " + r.status());
            }
            RobotsRules rules = RobotsRules.parse(new String(r.body(), StandardCharsets.UTF_8), AGENT);
            Duration delay = rules.crawlDelay().orElse(Duration.ZERO);
            if (delay.toMillis() > settings.maxCrawlDelayMillis()) {
                return new HostRobots(rules, robots + " asks for a Crawl-delay of " + delay.toSeconds()
                        + " s, more than fetch.maxCrawlDelayMillis (" + settings.maxCrawlDelayMillis()
                        + " ms); the host is not fetched");
            }
            return new HostRobots(rules, null);
        } catch (Failure e) {
            return unreadable(robots, e.getMessage());
        }
    }

    private static HostRobots unreadable(URI robots, String why) {
        return new HostRobots(RobotsRules.ALLOW_ALL, robots + " could not be read (" + why
                + "); the host is not fetched in this run");
    }

    private static String origin(URI url) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean usual = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + (usual ? "" : ":" + port);
    }

    /** One hop, tried up to {@code maxTries} times on 429, 5xx and network failures. */
    private Response withRetries(URI url, Map<String, String> headers) throws Failure {
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt >= settings.maxTries();
            pace(url);
            Response r;
            try {
                r = timed(url, headers);
            } catch (CappedBody.TooLarge e) {
                throw new Failure(e.getMessage());
            } catch (HttpTimeoutException | TimeoutException e) {
                throw new Failure("no complete answer within " + settings.requestTimeoutMillis()
                        + " ms (fetch.requestTimeoutMillis)");
            } catch (IOException e) {
                if (last) {
                    throw new Failure("network failure after " + attempt + " tries: " + reason(e));
                }
                sleep(backoff(attempt));
                continue;
            }
            if (r.status() != 429 && r.status() < 500) {
                return r;
            }
            if (last) {
                throw new Failure("HTTP " + r.status() + " after " + attempt + " tries");
            }
            Duration wait = r.header("retry-after").flatMap(HttpFetcher::retryAfter).orElse(backoff(attempt));
            if (wait.toMillis() > settings.maxRetryWaitMillis()) {
                throw new Failure("HTTP " + r.status() + " asking to wait " + wait.toSeconds() + " s (Retry-After), "
                        + "more than fetch.maxRetryWaitMillis (" + settings.maxRetryWaitMillis() + " ms)");
            }
            sleep(wait);
        }
    }

    /** One request; the host's pace counts from its end, so a slow answer does not shorten the next wait. */
    private Response timed(URI url, Map<String, String> headers) throws IOException, TimeoutException, Failure {
        try {
            return once(url, headers);
        } finally {
            lastRequestByHost.put(host(url), System.nanoTime());
        }
    }

    private Response once(URI url, Map<String, String> headers) throws IOException, TimeoutException, Failure {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET()
                .timeout(Duration.ofMillis(settings.requestTimeoutMillis()))
                .header("User-Agent", userAgent).header("Accept", ACCEPT);
        headers.forEach(request::header);
        long cap = url.getPath() != null && url.getPath().equals("/robots.txt")
                ? Math.min(MAX_ROBOTS_BYTES, settings.maxBodyBytes()) : settings.maxBodyBytes();
        CompletableFuture<java.net.http.HttpResponse<byte[]>> answer =
                client.sendAsync(request.build(), info -> new CappedBody(cap, info));
        try {
            var r = answer.get(settings.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
            return new Response(url, r.statusCode(), r.headers(), r.body());
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpConnectTimeoutException c) {
                throw new java.net.ConnectException("no connection within " + settings.connectTimeoutMillis()
                        + " ms: " + c.getMessage());
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(reason(cause), cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    private static String host(URI url) {
        return url.getHost().toLowerCase(Locale.ROOT);
    }

    /** Waits until this host may be asked again: {@code delayMillis} after the last request, or its Crawl-delay. */
    private void pace(URI url) throws Failure {
        String host = host(url);
        long delay = settings.delayMillis();
        HostRobots robots = robotsByOrigin.get(origin(url));
        if (robots != null) {
            delay = Math.max(delay, robots.rules().crawlDelay().orElse(Duration.ZERO).toMillis());
        }
        Long lastEnd = lastRequestByHost.get(host);
        if (lastEnd != null) {
            long waitNanos = lastEnd + TimeUnit.MILLISECONDS.toNanos(delay) - System.nanoTime();
            if (waitNanos > 0) {
                sleep(Duration.ofNanos(waitNanos));
            }
        }
    }

    /** {@code backoffMillis} doubled for each try so far, half of it random, at most {@code maxRetryWaitMillis}. */
    private Duration backoff(int attempt) {
        long full = Math.min(settings.maxRetryWaitMillis(), (long) settings.backoffMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(full / 2 + ThreadLocalRandom.current().nextLong(full / 2 + 1));
    }

    /** A {@code Retry-After} value: seconds, or an HTTP date (a date past is no wait). */
    static Optional<Duration> retryAfter(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
        }
        try {
            Duration d = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v,
                    DateTimeFormatter.RFC_1123_DATE_TIME));
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void sleep(Duration d) throws Failure {
        try {
            Thread.sleep(d.toMillis(), (int) (d.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
    }

    /**
     * What went wrong, in words: a host name that does not resolve, else the first message down the chain of causes,
     * else what the failure's kind means (the JDK's client leaves a refused connection without a message).
     */
    static String reason(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < 10; t = t.getCause()) {
            chain.add(t);
        }
        if (chain.stream().anyMatch(t -> t instanceof java.nio.channels.UnresolvedAddressException
                || t instanceof java.net.UnknownHostException)) {
            return "the host name does not resolve";
        }
        return chain.stream().map(Throwable::getMessage).filter(m -> m != null && !m.isBlank()).findFirst()
                .map(m -> m.replaceAll("\\s+", " "))
                .orElseGet(() -> chain.stream().anyMatch(t -> t instanceof java.net.ConnectException)
                        ? "cannot connect (refused or unreachable)"
                        : chain.stream().anyMatch(t -> t instanceof java.nio.channels.ClosedChannelException
                                || t instanceof java.io.EOFException) ? "the connection was closed"
                        : e.getClass().getSimpleName());
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
