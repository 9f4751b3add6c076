package no.policylod.source.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a host's {@code robots.txt} allows one crawler (RFC 9309), and the {@code Crawl-delay} it asks for.
 *
 * <pre>
 * RobotsRules rules = RobotsRules.parse(text, "policy-lod");
 * rules.allows(URI.create("https://example.org/private/x"));   // false under "Disallow: /private/"
 * rules.crawlDelay();                                           // Optional[PT2S] under "Crawl-delay: 2"
 * </pre>
 *
 * The groups whose {@code User-agent} is the crawler's product token are used (all of them, merged), else those of
 * {@code *}, else everything is allowed. Of the rules that match a path, the longest wins, an {@code Allow} over a
 * {@code Disallow} of the same length; {@code *} matches any characters and a final {@code $} the end of the path.
 * Lines that are not {@code key: value} are skipped, as the RFC asks.
 */
public final class RobotsRules {

    /** Nothing disallowed: a host without a robots.txt (404 and other 4xx). */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Optional.empty());

    private final List<Rule> rules;
    private final Optional<Duration> crawlDelay;

    private record Rule(boolean allow, String pattern, Pattern regex) {
    }

    private RobotsRules(List<Rule> rules, Optional<Duration> crawlDelay) {
        this.rules = List.copyOf(rules);
        this.crawlDelay = crawlDelay;
    }

    /** The rules of the text for the crawler whose product token is {@code agent} (case is ignored). */
    public static RobotsRules parse(String text, String agent) {
        Group mine = new Group();
        Group any = new Group();
        List<String> agents = new ArrayList<>();
        boolean inRules = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (inRules) {
                    agents.clear();
                    inRules = false;
                }
                agents.add(token(value));
            } else if (!agents.isEmpty()) {
                inRules = true;
                Group target = agents.contains(agent.toLowerCase(Locale.ROOT)) ? mine
                        : agents.contains("*") ? any : null;
                if (target != null) {
                    target.add(key, value);
                }
            }
        }
        Group chosen = mine.seen ? mine : any;
        return new RobotsRules(chosen.rules, chosen.crawlDelay);
    }

    /** Whether the crawler may fetch this URL (its path and query). */
    public boolean allows(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String target = url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
        Rule best = null;
        for (Rule r : rules) {
            if (r.regex().matcher(target).lookingAt() && (best == null
                    || r.pattern().length() > best.pattern().length()
                    || r.pattern().length() == best.pattern().length() && r.allow())) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    /** The {@code Crawl-delay} asked of this crawler, when one is given. */
    public Optional<Duration> crawlDelay() {
        return crawlDelay;
    }

    /** The product token of a {@code User-agent} value: {@code Policy-LOD/1.0} is {@code policy-lod}. */
    private static String token(String value) {
        String t = value.split("[/\\s]", 2)[0];
        return t.toLowerCase(Locale.ROOT);
    }

    /** The rules and delay of the groups for one agent. */
    private static final class Group {
        private final List<Rule> rules = new ArrayList<>();
        private Optional<Duration> crawlDelay = Optional.empty();
        private boolean seen;

        void add(String key, String value) {
            seen = true;
            switch (key) {
                case "allow", "disallow" -> {
                    if (!value.isEmpty()) {
                        rules.add(new Rule(key.equals("allow"), value, regex(value)));
                    }
                }
                case "crawl-delay" -> delay(value).ifPresent(d -> crawlDelay = Optional.of(d));
                default -> {
                    // sitemap, host and other keys say nothing about what may be fetched
                }
            }
        }

        private static Optional<Duration> delay(String value) {
            try {
                double seconds = Double.parseDouble(value);
                return seconds >= 0 && seconds < 1e6 ? Optional.of(Duration.ofMillis(Math.round(seconds * 1000)))
                        : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        private static Pattern regex(String pattern) {
            boolean anchored = pattern.endsWith("$");
            String body = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
            String re = java.util.Arrays.stream(body.split("\\*", -1)).map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining(".*"));
            return Pattern.compile(re + (anchored ? "$" : ""), Pattern.DOTALL);
        }
    }
}
