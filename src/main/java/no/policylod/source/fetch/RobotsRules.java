package no.policylod.source.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a host's {@code robots.txt} allows one crawler (RFC 9309), and the {@code Crawl-delay} it asks for, as
 * crawler-commons reads it (the parser of the Nutch and StormCrawler crawlers).
 *
 * <pre>
 * RobotsRules rules = RobotsRules.parse(text, "policy-lod");
 * rules.allows(URI.create("https://example.org/private/x"));   // false under "Disallow: /private/"
 * rules.crawlDelay();                                           // Optional[PT2S] under "Crawl-delay: 2"
 * </pre>
 *
 * The groups whose {@code User-agent} is the crawler's product token are used, else those of {@code *}, else
 * everything is allowed. Of the rules that match a path, the longest wins, an {@code Allow} over a {@code Disallow}
 * of the same length; {@code *} matches any characters and a final {@code $} the end of the path. A Crawl-delay is
 * returned however long it is: whether to wait that long is the caller's to decide.
 */
public final class RobotsRules {

    /** Nothing disallowed: a host without a robots.txt (404 and other 4xx). */
    public static final RobotsRules ALLOW_ALL = new RobotsRules(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL));

    private final BaseRobotRules rules;

    private RobotsRules(BaseRobotRules rules) {
        this.rules = rules;
    }

    /** The rules of the text for the crawler whose product token is {@code agent} (case is ignored). */
    public static RobotsRules parse(String text, String agent) {
        SimpleRobotRulesParser parser = new SimpleRobotRulesParser(Long.MAX_VALUE, 0);
        return new RobotsRules(parser.parseContent("https://robots.invalid/robots.txt",
                text.getBytes(StandardCharsets.UTF_8), "text/plain", List.of(agent.toLowerCase(Locale.ROOT))));
    }

    /** Whether the crawler may fetch the URL (its path and query are what the rules match). */
    public boolean allows(URI url) {
        return rules.isAllowed(url.toString());
    }

    /** The Crawl-delay of the crawler's group, when it gives one. */
    public Optional<Duration> crawlDelay() {
        long millis = rules.getCrawlDelay();
        return millis == BaseRobotRules.UNSET_CRAWL_DELAY || millis < 0 ? Optional.empty()
                : Optional.of(Duration.ofMillis(millis));
    }
}
