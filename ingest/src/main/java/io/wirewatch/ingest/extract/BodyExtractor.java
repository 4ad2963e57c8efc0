package io.wirewatch.ingest.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main text of a page. General steps, no per-site rules:
 * <ol>
 *   <li>Prune: drop elements that never hold article text (scripts, navigation, form controls, hidden
 *       elements) and elements whose class/id words name boilerplate (share, related, newsletter,
 *       comments, ads...), unless such an element holds most of the prose around it or is an embedded
 *       post (tweet). Ambiguous words ("header", "more", "widget") are pruned only inside the chosen
 *       container.</li>
 *   <li>Choose the container: split the page into text blocks (runs of inline content between
 *       block-level boundaries), give each a value (long, prose-like, few links: positive; short,
 *       link-heavy, cut-off teaser or teaser card: negative) and take the element whose subtree has the
 *       highest total value. That is a maximum-weight subtree: it grows to take in all article paragraphs
 *       only while the boilerplate it would swallow is worth less than the text it gains. When the page's
 *       JSON-LD carries the complete articleBody, the subtree that best agrees with it is taken instead.</li>
 *   <li>Emit the container's blocks in order, without link lists, bylines, date-only lines, markup shown
 *       as text and repeated paragraphs; paragraphs are separated by a blank line.</li>
 * </ol>
 * Not thread-safe (it mutates the document); create one per page.
 */
final class BodyExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside",
            "footer", "menu", "dialog", "link", "meta", "video", "audio", "map", "head", "figcaption");
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "ul", "summary", "center", "caption", "html");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?=.*\\b(?:19|20)\\d{2}\\b)[^.!?\"]{0,50}");
    /** "By Jane Doe", "By Jane Doe and John Roe -", "By JANE DOE | Reuters": a byline, kept as metadata. */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?i:by|von|par|por)\\s+\\p{Lu}[^.!?:;]{0,60}");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /**
     * Whole class/id words that mark boilerplate. Strong ones are pruned page-wide before the container
     * is chosen; weak ones are ambiguous (a "header" or "read-more" wrapper may hold the article) and are
     * pruned only inside the chosen container, where the prose-share guard knows what the article is.
     */
    private static final Set<String> STRONG_WORDS = Set.of("ad", "ads", "adv", "advert", "advertisement",
            "advertising", "advertorial", "breadcrumb", "breadcrumbs", "byline", "comment", "comments", "cookie",
            "cookies", "disqus", "footer", "gdpr", "menu", "nav", "navbar", "navigation", "newsletter", "outbrain",
            "pagination", "pager", "paywall", "popup", "promo", "promotion", "recirc", "recirculation", "related",
            "recommended", "recommendations", "share", "sharing", "sharebar", "sidebar", "signup", "social",
            "sponsor", "sponsored", "subscribe", "subscription", "taboola", "tags", "toolbar", "trending",
            "author", "caption", "credit", "credits", "newsletters");
    private static final Set<String> WEAK_WORDS = Set.of("banner", "masthead", "rail", "widget", "modal", "overlay",
            "skip", "sr", "hidden", "hide", "print", "most", "popular", "more", "timestamp", "dateline", "meta",
            "tools", "follow", "topics", "keywords", "teaser", "carousel", "gallery", "slideshow", "video", "player",
            "audio", "podcast", "bio", "contributor", "login", "register", "cta",
            "facebook", "instagram", "pinterest", "whatsapp", "email", "rss", "feedback", "survey", "poll", "alert",
            "disclaimer", "copyright", "legal", "tag", "topic", "header", "date", "time", "ribbon", "badge");
    /** Word prefixes that mark boilerplate (camel/kebab parts are split first); all strong. */
    private static final String[] BAD_PREFIXES = {"share", "social", "related", "newsletter", "comment", "promo",
            "advert", "sponsor", "recommend", "subscri", "outbrain", "taboola", "breadcrumb", "sidebar", "popup",
            "cookie", "consent", "signup", "trending", "recirc", "paywall"};

    /**
     * A boilerplate-named element is kept when it holds at least this share of the prose around it:
     * then the name is misleading (a "widget" wrapping a blog post), not the content.
     */
    private static final double PROSE_SHARE = 0.5;
    private final List<Block> blocks = new ArrayList<>();
    /** Token trigrams of the JSON-LD articleBody, or null when the page has none worth using. */
    private final Set<String> articleBodyTokens;
    private final int articleBodyTokenCount;

    /** False for the cautious second pass: no pruning by class/id names or hidden styles. */
    private final boolean pruneByNames;

    /** The page's byline from its metadata, case-folded, or null when too short to recognise a line by. */
    private final String byline;

    /**
     * @param jsonLdBody the page's JSON-LD articleBody, or null
     * @param byline     the page's byline from its metadata, or null
     */
    BodyExtractor(String jsonLdBody, String byline) {
        this(jsonLdBody, byline, true);
    }

    BodyExtractor(String jsonLdBody, String byline, boolean pruneByNames) {
        this.pruneByNames = pruneByNames;
        String b = byline == null ? "" : collapse(byline).toLowerCase(java.util.Locale.ROOT);
        // one word is as often the outlet or the brand ("Reuters", "Beachbody") as a name, and recurs in the text
        this.byline = b.length() >= MIN_BYLINE_CHARS && b.indexOf(' ') > 0 ? b : null;
        String text = jsonLdBody == null ? "" : Jsoup.parse(jsonLdBody).text().strip();
        // A body cut off with an ellipsis is a teaser of the article, not the article.
        boolean truncated = text.endsWith("\u2026") || text.endsWith("...");
        List<String> toks = truncated ? List.of() : tokens(text);
        if (toks.size() >= 50) {
            articleBodyTokens = new HashSet<>();
            for (int k = 0; k + 2 < toks.size(); k++) {
                articleBodyTokens.add(toks.get(k) + ' ' + toks.get(k + 1) + ' ' + toks.get(k + 2));
            }
            articleBodyTokenCount = toks.size();
        } else {
            articleBodyTokens = null;
            articleBodyTokenCount = 0;
        }
    }

    /** A run of inline text between block boundaries, owned by its nearest block-level element. */
    record Block(String text, int linkChars, Element owner, boolean heading) {
        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    String extract(Element body) {
        if (body == null) return "";
        prune(body, false);
        collect(body);
        if (blocks.isEmpty()) return "";
        Element best = bestContainer(body);
        prune(best, true);
        blocks.clear();
        collect(best);
        return emit(best);
    }

    // ---- 1. pruning ----

    private void prune(Element root, boolean weak) {
        Map<Element, Integer> paraText = paragraphText(root);
        int total = paraText.getOrDefault(root, 0);
        List<Element> toRemove = new ArrayList<>();
        pruneWalk(root, paraText, total, weak, toRemove);
        for (Element e : toRemove) e.remove();
    }

    private void pruneWalk(Element e, Map<Element, Integer> paraText, int total, boolean weak,
                           List<Element> toRemove) {
        for (Element c : e.children()) {
            String tag = c.normalName();
            if (DROP_TAGS.contains(tag) || (pruneByNames && isHidden(c))) {
                // A nav/aside/footer that holds most of the prose is a mis-used tag, not boilerplate.
                if (!protectedText(c, paraText, total, PROSE_SHARE) || tag.equals("script") || tag.equals("style")) {
                    toRemove.add(c);
                    continue;
                }
            } else if (pruneByNames && isBoilerplateName(c, weak)
                    && !protectedText(c, paraText, total, PROSE_SHARE)
                    // An embedded post (tweet, Instagram) is a quoted blockquote in a "social-embed"
                    // wrapper; it is part of the story.
                    && !isEmbeddedPost(c)) {
                toRemove.add(c);
                continue;
            }
            pruneWalk(c, paraText, total, weak, toRemove);
        }
    }

    /** A wrapper whose text is mostly one blockquote of a known embed kind (tweet, Instagram post...). */
    private static boolean isEmbeddedPost(Element e) {
        for (Element q : e.getElementsByTag("blockquote")) {
            String cls = q.className().toLowerCase(Locale.ROOT);
            if (cls.contains("tweet") || cls.contains("instagram") || cls.contains("tiktok") || cls.contains("embed")) {
                return true;
            }
        }
        return false;
    }

    private static boolean protectedText(Element e, Map<Element, Integer> paraText, int total, double share) {
        int t = paraText.getOrDefault(e, 0);
        return total > 0 && t >= share * total;
    }

    /**
     * Prose per element: the length of every sizeable text run outside links, added to all its
     * ancestors. Unlike counting {@code <p>} text it also sees pages written with {@code <br>}s.
     */
    private static Map<Element, Integer> paragraphText(Element body) {
        Map<Element, Integer> m = new IdentityHashMap<>();
        for (TextNode t : body.textNodes()) addProse(t, body, m);
        for (Element e : body.getAllElements()) {
            if (e.normalName().equals("a") || e.normalName().equals("script") || e.normalName().equals("style")) continue;
            for (TextNode t : e.textNodes()) addProse(t, body, m);
        }
        return m;
    }

    private static void addProse(TextNode t, Element body, Map<Element, Integer> m) {
        int len = nonSpace(t.getWholeText());
        if (len < 25) return;
        for (Element a = (Element) t.parent(); a != null; a = a.parent()) {
            m.merge(a, len, Integer::sum);
            if (a == body) break;
        }
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && e.text().length() < 200) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    static boolean isBoilerplateName(Element e, boolean weak) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")
                || tag.equals("p") || tag.equals("a") || tag.equals("tr") || tag.equals("td") || tag.equals("th")) {
            // Row and cell classes describe data ("player-2020-580"), not page furniture.
            return false;
        }
        String names = e.className() + " " + e.id();
        if (names.isBlank()) return false;
        for (String w : words(names)) {
            if (STRONG_WORDS.contains(w) || (weak && WEAK_WORDS.contains(w))) return true;
            for (String p : BAD_PREFIXES) if (w.startsWith(p)) return true;
        }
        return false;
    }

    /** Lower-case words of class/id names: split on non-letters and camelCase humps. */
    static List<String> words(String names) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(prev)) flush(w, out);
                w.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    // ---- 2. blocks and the container ----

    private void collect(Element root) {
        Walker walker = new Walker();
        walker.walk(root, root, false);
        walker.flush();
    }

    private final class Walker {
        private final StringBuilder buf = new StringBuilder();
        private int linkChars;
        private Element owner;

        void walk(Element el, Element own, boolean inLink) {
            for (Node n : el.childNodes()) {
                if (n instanceof TextNode t) {
                    if (owner != own) {
                        flush();
                        owner = own;
                    }
                    String s = t.getWholeText();
                    buf.append(s);
                    if (inLink) linkChars += nonSpace(s);
                } else if (n instanceof Element c) {
                    String tag = c.normalName();
                    if (tag.equals("br")) {
                        flush();
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        walk(c, c, inLink);
                        flush();
                    } else {
                        // Table cells stay inline: a row reads as one line, like the rendered table.
                        if (tag.equals("td") || tag.equals("th")) buf.append(' ');
                        walk(c, own, inLink || tag.equals("a"));
                    }
                }
            }
        }

        void flush() {
            if (buf.length() > 0 && owner != null) {
                String text = collapse(buf);
                if (!text.isEmpty()) {
                    boolean heading = HEADINGS.contains(owner.normalName());
                    blocks.add(new Block(text, Math.min(linkChars, nonSpace(text)), owner, heading));
                }
            }
            buf.setLength(0);
            linkChars = 0;
        }
    }

    private static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') n++;
        return n;
    }

    static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Value of one block for the container choice: prose is positive, link lists and labels negative. */
    static double value(Block b) {
        int len = b.text().length();
        double ld = b.linkDensity();
        if (ld > 0.5) return -len;
        if (b.heading() || b.owner().normalName().equals("tr")) return 0;
        if (len < 40 && !endsLikeProse(b.text())) return -0.5 * len - 5;
        // "Lorem ipsum..." teasers of other articles are cut off; a paragraph rarely is.
        if (b.text().endsWith("...") || b.text().endsWith("\u2026")) return -0.3 * len;
        return len * (1 - ld);
    }

    /** Ends as a sentence does; unlike {@link #endsLikeProse}, not after a bracket ("04:05 pm PT (07:05 pm ET)"). */
    static boolean endsLikeSentence(String t) {
        return endsLikeProse(t) && !t.endsWith(")");
    }

    static boolean endsLikeProse(String t) {
        if (t.isEmpty()) return false;
        char c = t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\u201d' || c == '\u3002' || c == ':' || c == ')'
                || c == '\'' || c == '\u2019' || c == '\u00bb';
    }

    private Element bestContainer(Element body) {
        Map<Element, Integer> size = new IdentityHashMap<>();
        for (Block b : blocks) {
            for (Element a = b.owner(); a != null; a = a.parent()) {
                size.merge(a, b.text().length(), Integer::sum);
                if (a == body) break;
            }
        }
        double[] values = new double[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            values[i] = value(b);
            if (values[i] > 0 && i > 0 && isTeaser(blocks.get(i - 1), b, size)) values[i] = -0.5 * b.text().length();
        }
        if (articleBodyTokens != null) {
            Element ld = jsonLdContainer(body);
            if (ld != null) return ld;
        }
        return maxSubtree(body, values);
    }

    /**
     * A summary right after a linked headline, the two alone in a small element, is a card teasing
     * another article ("more stories"), not a paragraph of this one.
     */
    private static boolean isTeaser(Block headline, Block summary, Map<Element, Integer> size) {
        if (headline.linkDensity() < 0.8 || headline.text().length() < 15) return false;
        Element lca = commonAncestor(headline.owner(), summary.owner());
        if (lca == null) return false;
        int together = headline.text().length() + summary.text().length();
        return size.getOrDefault(lca, Integer.MAX_VALUE) <= together + 120;
    }

    private static Element commonAncestor(Element a, Element b) {
        Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Element x = a; x != null && depth < 8; x = x.parent(), depth++) up.add(x);
        depth = 0;
        for (Element y = b; y != null && depth < 8; y = y.parent(), depth++) if (up.contains(y)) return y;
        return null;
    }

    private Element maxSubtree(Element body, double[] values) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            double v = values[i];
            for (Element a = blocks.get(i).owner(); a != null; a = a.parent()) {
                score.merge(a, v, Double::sum);
                if (a == body) break;
            }
        }
        Element best = body;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                bestScore = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /**
     * When the page's JSON-LD carries the article text, the container is the subtree that best
     * agrees with it: blocks found in that text count for, others against. Used only when the chosen
     * subtree covers at least half of the JSON-LD text (it may be truncated, or a teaser).
     */
    private Element jsonLdContainer(Element body) {
        double[] values = new double[blocks.size()];
        int[] matched = new int[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            List<String> toks = tokens(b.text());
            if (toks.size() < 4) continue;
            int hit = 0;
            int n = toks.size() - 2;
            for (int k = 0; k < n; k++) {
                if (articleBodyTokens.contains(toks.get(k) + ' ' + toks.get(k + 1) + ' ' + toks.get(k + 2))) hit++;
            }
            boolean in = hit >= 0.6 * n;
            values[i] = in ? toks.size() : -toks.size();
            matched[i] = in ? toks.size() : 0;
        }
        Element best = maxSubtree(body, values);
        int covered = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (matched[i] > 0 && within(blocks.get(i).owner(), best, new HashSet<>())) covered += matched[i];
        }
        return covered >= 0.5 * articleBodyTokenCount ? best : null;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) start = i;
            else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    // ---- 3. output ----

    private String emit(Element container) {
        Set<Element> inside = new HashSet<>();
        StringBuilder out = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (Block b : blocks) {
            if (!within(b.owner(), container, inside)) continue;
            if (!keep(b) || isBylineLine(b.text())) continue;
            // Repeated paragraphs (pull quotes, sticky teasers) go; short repeated lines such as a
            // recipe's "Eat every 2-3 hours" are legitimate.
            if (b.text().length() >= 60 && !seen.add(b.text())) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(b.text());
        }
        return out.toString();
    }

    private static boolean within(Element e, Element container, Set<Element> inside) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == container || inside.contains(a)) {
                inside.add(e);
                return true;
            }
        }
        return false;
    }

    /** Shorter bylines ("AS") would match lines of the article by chance. */
    static final int MIN_BYLINE_CHARS = 6;
    /** A line holding the byline and at most this many other characters (a date, "Written by") is the byline's line. */
    static final int BYLINE_LINE_EXTRA_CHARS = 60;

    /**
     * Whether the line restates the page's byline ("Greg Beacham, AP Sports Writer", "By Sherif Saed, Wednesday, 20
     * November 2019 08:05 GMT", "Written by Rachael Link, MS, RD on November 14, 2019"): it holds the byline the page's
     * metadata gives (of two words or more, as whole words), little else, and does not end like a sentence. Such a
     * line is metadata, kept as the byline; in the body it became the lead a new-story alert quotes.
     */
    boolean isBylineLine(String text) {
        if (byline == null || text.length() > byline.length() + BYLINE_LINE_EXTRA_CHARS || endsLikeProse(text)) {
            return false;
        }
        String t = text.toLowerCase(java.util.Locale.ROOT);
        for (int i = t.indexOf(byline); i >= 0; i = t.indexOf(byline, i + 1)) {
            int end = i + byline.length();
            if ((i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))) return true;
        }
        return false;
    }

    static boolean keep(Block b) {
        if (b.owner().normalName().equals("h1")) return false;
        String t = b.text();
        // Markup shown as text (e.g. a tracking pixel inside <noscript> parsed as text).
        if (t.startsWith("<") && t.endsWith(">")) return false;
        double ld = b.linkDensity();
        if (ld > 0.5) return false;
        if (b.heading()) return b.text().length() <= 200;
        if (BYLINE_LINE.matcher(t).matches()) return false;
        // A line that is only a date ("20 November 2019", "Updated: Nov. 19, 2019 10:32 AM") is metadata.
        return b.owner().normalName().equals("tr") || !(DATE_LINE.matcher(t).matches() || timestampLine(t));
    }

    /** A year or a time of day. */
    private static final Pattern YEAR_OR_TIME = Pattern.compile("\\b(?:(?:19|20)\\d{2}|\\d{1,2}:\\d{2})\\b");
    static final int TIMESTAMP_LINE_CHARS = 100;
    static final double TIMESTAMP_NUMBER_SHARE = 0.4;

    /**
     * A longer dateline of numbers ("Nov. 20, 2019, 9:28 AM UTC", "10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov
     * 19, 2019"): short, not ending like a sentence, with a year or a time, and numbers in at least
     * {@value #TIMESTAMP_NUMBER_SHARE} of its words. A sentence has far fewer.
     */
    static boolean timestampLine(String t) {
        if (t.length() > TIMESTAMP_LINE_CHARS || endsLikeSentence(t) || !YEAR_OR_TIME.matcher(t).find()) return false;
        String[] words = t.split("\\s+");
        int numbers = 0;
        for (String w : words) if (w.chars().anyMatch(Character::isDigit)) numbers++;
        return numbers >= TIMESTAMP_NUMBER_SHARE * words.length;
    }
}
