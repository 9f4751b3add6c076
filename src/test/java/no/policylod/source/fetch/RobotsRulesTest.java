package no.policylod.source.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** robots.txt as RFC 9309 reads it: the crawler's own groups, longest match, wildcards, end anchors. */
class RobotsRulesTest {

    private static final String ROBOTS = """
            # a comment
            User-agent: otherbot
            Disallow: /

            User-agent: Policy-LOD/2.0
            user-agent: somebot
            Disallow: /private/   # trailing comment
            Allow: /private/open
            Disallow: /*.pdf$
            Disallow: /search?
            Crawl-delay: 2.5

            User-agent: *
            Disallow: /
            this line is not a rule
            """;

    @Test
    void theCrawlersGroupDecidesWithTheLongestMatch() {
        RobotsRules rules = RobotsRules.parse(ROBOTS, "policy-lod");
        assertEquals(true, allows(rules, "/en/topics/id1111/"));
        assertEquals(false, allows(rules, "/private/x"));
        assertEquals(true, allows(rules, "/private/open/x"));
        assertEquals(false, allows(rules, "/docs/a.pdf"));
        assertEquals(true, allows(rules, "/docs/a.pdf.html"));
        assertEquals(false, allows(rules, "/search?q=x"));
        assertEquals(true, allows(rules, "/search"));
        assertEquals(Optional.of(Duration.ofMillis(2500)), rules.crawlDelay());
    }

    @Test
    void otherCrawlersTakeTheStarGroupAndNoGroupAllowsAll() {
        assertEquals(false, allows(RobotsRules.parse(ROBOTS, "elsebot"), "/en/"));
        assertEquals(true, allows(RobotsRules.parse("User-agent: otherbot\nDisallow: /\n", "policy-lod"), "/en/"));
        assertEquals(true, allows(RobotsRules.parse("User-agent: *\nDisallow:\n", "policy-lod"), "/en/"));
        assertEquals(true, allows(RobotsRules.parse("User-agent: *\nAllow: /a\nDisallow: /a\n", "policy-lod"), "/a"));
    }

    private static boolean allows(RobotsRules rules, String pathAndQuery) {
        return rules.allows(URI.create("https://www.regjeringen.no" + pathAndQuery));
    }
}
