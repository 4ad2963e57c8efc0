package io.wirewatch.ingest.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed robots.txt (RFC 9309) as it applies to one user-agent token: the most specific group
 * naming the token (else the {@code *} group), longest matching rule wins, Allow wins ties,
 * {@code *} and {@code $} in paths, plus the non-standard but common {@code Crawl-delay}.
 */
public final class RobotsTxt {
    private record Rule(boolean allow, String pattern) {
    }

    private static final int MAX_LINES = 10_000;

    /** Everything allowed (robots.txt missing or 4xx). */
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);
    /** Nothing allowed (robots.txt unreachable: 5xx or network error, as RFC 9309 requires). */
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")), null);

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    public static RobotsTxt parse(String text, String userAgentToken) {
        String token = userAgentToken.toLowerCase(Locale.ROOT);
        List<Rule> starRules = new ArrayList<>();
        List<Rule> ownRules = new ArrayList<>();
        Duration starDelay = null, ownDelay = null;
        boolean inAgents = false;       // the previous line was a user-agent line
        boolean groupOwn = false, groupStar = false, sawOwn = false;
        int lines = 0;
        for (String raw : text.split("\\r\\n|\\r|\\n")) {
            if (++lines > MAX_LINES) break;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!inAgents) {
                    groupOwn = false;
                    groupStar = false;
                }
                inAgents = true;
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*")) groupStar = true;
                else if (agent.equals(token)) {
                    // RFC 9309: groups naming our product token (case-insensitively) are merged
                    groupOwn = true;
                    sawOwn = true;
                }
                continue;
            }
            inAgents = false;
            if (!groupOwn && !groupStar) continue;
            switch (key) {
                case "allow", "disallow" -> {
                    if (value.isEmpty()) continue; // "Disallow:" with no path allows everything
                    Rule r = new Rule(key.equals("allow"), value);
                    if (groupOwn) ownRules.add(r);
                    if (groupStar) starRules.add(r);
                }
                case "crawl-delay" -> {
                    Duration d = parseDelay(value);
                    if (groupOwn) ownDelay = d;
                    if (groupStar && starDelay == null) starDelay = d;
                }
                default -> {
                }
            }
        }
        return sawOwn ? new RobotsTxt(List.copyOf(ownRules), ownDelay)
                : new RobotsTxt(List.copyOf(starRules), starDelay);
    }

    private static Duration parseDelay(String v) {
        try {
            double s = Double.parseDouble(v);
            if (s < 0 || Double.isNaN(s)) return null;
            return Duration.ofMillis((long) Math.min(s * 1000, 86_400_000));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @param pathAndQuery the URL's raw path plus "?query" if any */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        if (path.equals("/robots.txt")) return true;
        int best = -1;
        boolean allowed = true;
        for (Rule r : rules) {
            if (!matches(r.pattern, path)) continue;
            int len = r.pattern.length();
            if (len > best || (len == best && r.allow)) {
                best = len;
                allowed = r.allow;
            }
        }
        return allowed;
    }

    public Duration crawlDelay() {
        return crawlDelay;
    }

    /** Glob match of a robots path pattern: '*' any run, trailing '$' anchors the end, else prefix match. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                while (pi < p.length() && p.charAt(pi) == '*') pi++;
                if (pi == p.length()) return true;
                for (int k = si; k <= s.length(); k++) if (match(p, pi, s, k, anchored)) return true;
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) return false;
            pi++;
            si++;
        }
        return !anchored || si == s.length();
    }
}
