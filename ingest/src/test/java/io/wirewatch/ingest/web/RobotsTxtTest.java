package io.wirewatch.ingest.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RobotsTxtTest {
    private static final String ROBOTS = """
            # a typical news site
            User-agent: *
            Disallow: /search
            Disallow: /*.pdf$
            Allow: /search/about
            Crawl-delay: 5

            User-agent: Wirewatch
            User-agent: OtherBot
            Disallow: /members/
            Allow: /members/free-
            Crawl-delay: 2.5

            User-agent: wirewatch
            Disallow: /drafts
            """;

    @Test
    void usesTheGroupsNamingOurTokenMergedAndIgnoresStar() {
        RobotsTxt r = RobotsTxt.parse(ROBOTS, "Wirewatch");
        assertThat(r.allows("/members/story")).isFalse();
        assertThat(r.allows("/members/free-story")).isTrue();   // longer Allow wins
        assertThat(r.allows("/drafts/x")).isFalse();             // second group for the same token merged
        assertThat(r.allows("/search?q=x")).isTrue();            // the * group does not apply to us
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void fallsBackToStarGroupWithWildcardsAndAnchors() {
        RobotsTxt r = RobotsTxt.parse(ROBOTS, "SomeCrawler");
        assertThat(r.allows("/search?q=storm")).isFalse();
        assertThat(r.allows("/search/about")).isTrue();
        assertThat(r.allows("/files/report.pdf")).isFalse();
        assertThat(r.allows("/files/report.pdf?download=1")).isTrue(); // '$' anchors the end
        assertThat(r.allows("/news/2026/storm")).isTrue();
        assertThat(r.allows("/robots.txt")).isTrue();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void emptyDisallowAllowsEverythingAndGarbageIsHarmless() {
        assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n", "x").allows("/anything")).isTrue();
        RobotsTxt junk = RobotsTxt.parse("<html><body>Not found</body></html>\n\u0000\u0001", "x");
        assertThat(junk.allows("/a")).isTrue();
        assertThat(RobotsTxt.DISALLOW_ALL.allows("/a")).isFalse();
    }
}
