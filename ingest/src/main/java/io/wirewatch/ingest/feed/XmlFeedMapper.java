package io.wirewatch.ingest.feed;

import org.jsoup.Jsoup;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Maps an {@link XmlNode} tree to a {@link Feed}: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, sitemaps. */
final class XmlFeedMapper {
    /** Thrown when the root element is not a feed we know. */
    static final class NotAFeed extends Exception {
        NotAFeed(String message) {
            super(message);
        }
    }

    private final String baseUrl;
    private final int maxEntries;
    private boolean truncated;

    XmlFeedMapper(String baseUrl, int maxEntries) {
        this.baseUrl = baseUrl;
        this.maxEntries = maxEntries;
    }

    boolean truncated() {
        return truncated;
    }

    Feed map(XmlNode root, boolean wellFormed, String problem) throws NotAFeed {
        String name = root.name.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "rss" -> rss(root, root, rssFormat(root.attr("version")), wellFormed, problem);
            case "rdf" -> rdf(root, wellFormed, problem);
            case "channel" -> rss(root, root, FeedFormat.RSS_091, wellFormed, problem); // bare channel (CDF-like)
            case "feed" -> atom(root, wellFormed, problem);
            case "urlset" -> sitemap(root, wellFormed, problem);
            case "sitemapindex" -> sitemapIndex(root, wellFormed, problem);
            default -> throw new NotAFeed("root element <" + root.name + "> is not a feed (expected rss, rdf:RDF, feed, urlset or sitemapindex)");
        };
    }

    private static FeedFormat rssFormat(String version) {
        if (version == null) return FeedFormat.RSS_20;
        String v = version.strip();
        if (v.startsWith("0.91")) return FeedFormat.RSS_091;
        if (v.startsWith("0.9")) return FeedFormat.RSS_092; // 0.92, 0.93, 0.94
        return FeedFormat.RSS_20;
    }

    // ---- RSS 0.9x / 2.0 -------------------------------------------------------------------

    private Feed rss(XmlNode root, XmlNode rssRoot, FeedFormat format, boolean wellFormed, String problem) {
        Set<String> nss = nsSet("", rssRoot.ns);
        XmlNode channel = root.name.equalsIgnoreCase("channel") ? root : childIn(root, nss, "channel");
        if (channel == null) channel = root;
        String base = rebase(baseUrl, text(childIn(channel, nss, "link")));
        List<FeedEntry> entries = new ArrayList<>();
        List<XmlNode> items = new ArrayList<>(childrenIn(channel, nss, "item"));
        if (channel != root) items.addAll(childrenIn(root, nss, "item")); // items outside channel (seen in 0.91 exports)
        for (XmlNode item : items) {
            if (!room(entries)) break;
            entries.add(rssItem(item, nss, base));
        }
        String title = plain(text(childIn(channel, nss, "title")));
        if (title == null) title = plain(text(child(channel, Ns.DC, "title")));
        return new Feed(format, title, base,
                text(childIn(channel, nss, "language")), entries, wellFormed, problem);
    }

    private FeedEntry rssItem(XmlNode item, Set<String> nss, String base) {
        XmlNode guidNode = childIn(item, nss, "guid");
        String guid = text(guidNode);
        String link = text(childIn(item, nss, "link"));
        if (link == null) link = atomLink(item);
        if (link == null && guid != null && guidNode != null
                && !"false".equalsIgnoreCase(String.valueOf(guidNode.attr("isPermaLink")).strip())
                && looksLikeUrl(guid)) link = guid;
        List<String> authors = new ArrayList<>();
        addText(authors, childIn(item, nss, "author"));
        for (XmlNode n : item.children) if (n.is(Ns.DC, "creator")) addText(authors, n);
        Instant published = FeedDates.parse(text(childIn(item, nss, "pubDate")));
        if (published == null) published = FeedDates.parse(text(child(item, Ns.DC, "date")));
        Instant updated = FeedDates.parse(text(child(item, Ns.ATOM10, "updated")));
        if (updated == null) updated = FeedDates.parse(text(child(item, Ns.DCTERMS, "modified")));
        String title = plain(text(childIn(item, nss, "title")));
        if (title == null) title = plain(text(child(item, Ns.DC, "title")));
        return new FeedEntry(guid, resolve(base, link), title,
                text(childIn(item, nss, "description")), text(child(item, Ns.CONTENT, "encoded")),
                published, updated, authors);
    }

    // ---- RSS 0.90 / 1.0 (RDF) -------------------------------------------------------------

    private Feed rdf(XmlNode root, boolean wellFormed, String problem) {
        Set<String> nss = nsSet(Ns.RSS10, Ns.RSS090, "");
        XmlNode channel = childIn(root, nss, "channel");
        boolean is090 = channel != null ? channel.ns.equals(Ns.RSS090)
                : root.children.stream().anyMatch(c -> c.ns.equals(Ns.RSS090));
        String base = channel == null ? baseUrl : rebase(baseUrl, text(childIn(channel, nss, "link")));
        List<XmlNode> items = new ArrayList<>(childrenIn(root, nss, "item"));
        if (channel != null) items.addAll(childrenIn(channel, nss, "item"));
        List<FeedEntry> entries = new ArrayList<>();
        for (XmlNode item : items) {
            if (!room(entries)) break;
            String link = text(childIn(item, nss, "link"));
            String about = item.attr("about");
            List<String> authors = new ArrayList<>();
            for (XmlNode n : item.children) if (n.is(Ns.DC, "creator")) addText(authors, n);
            entries.add(new FeedEntry(about != null ? about : link, resolve(base, link != null ? link : about),
                    plain(text(childIn(item, nss, "title"))), text(childIn(item, nss, "description")),
                    text(child(item, Ns.CONTENT, "encoded")), FeedDates.parse(text(child(item, Ns.DC, "date"))),
                    FeedDates.parse(text(child(item, Ns.DCTERMS, "modified"))), authors));
        }
        String title = channel == null ? null : plain(text(childIn(channel, nss, "title")));
        String lang = channel == null ? null : text(child(channel, Ns.DC, "language"));
        return new Feed(is090 ? FeedFormat.RSS_090 : FeedFormat.RSS_10, title, base, lang, entries, wellFormed, problem);
    }

    // ---- Atom 0.3 / 1.0 -------------------------------------------------------------------

    private Feed atom(XmlNode root, boolean wellFormed, String problem) {
        boolean v03 = root.ns.equals(Ns.ATOM03) || (root.ns.isEmpty() && "0.3".equals(root.attr("version")));
        Set<String> nss = nsSet(root.ns, "");
        String base = rebase(baseUrl, root.attr("base"));
        String feedLink = resolve(base, alternate(root, nss));
        List<FeedEntry> entries = new ArrayList<>();
        for (XmlNode e : childrenIn(root, nss, "entry")) {
            if (!room(entries)) break;
            String entryBase = rebase(base, e.attr("base"));
            List<String> authors = new ArrayList<>();
            for (XmlNode a : childrenIn(e, nss, "author")) {
                String n = text(childIn(a, nss, "name"));
                if (n != null) authors.add(n);
            }
            Instant published = FeedDates.parse(text(childIn(e, nss, v03 ? "issued" : "published")));
            if (published == null) published = FeedDates.parse(text(childIn(e, nss, v03 ? "created" : "issued")));
            Instant updated = FeedDates.parse(text(childIn(e, nss, v03 ? "modified" : "updated")));
            if (published == null) published = FeedDates.parse(text(child(e, Ns.DC, "date")));
            XmlNode titleNode = childIn(e, nss, "title");
            String title = atomText(titleNode);
            if (titleNode != null && isMarkup(titleNode)) title = plain(title);
            entries.add(new FeedEntry(text(childIn(e, nss, "id")), resolve(entryBase, alternate(e, nss)),
                    title == null ? null : title.strip(), atomText(childIn(e, nss, "summary")),
                    atomText(childIn(e, nss, "content")), published, updated, authors));
        }
        XmlNode titleNode = childIn(root, nss, "title");
        String title = atomText(titleNode);
        if (titleNode != null && isMarkup(titleNode)) title = plain(title);
        String lang = root.attr("lang");
        return new Feed(v03 ? FeedFormat.ATOM_03 : FeedFormat.ATOM_10, title, feedLink, lang, entries, wellFormed, problem);
    }

    private static boolean isMarkup(XmlNode n) {
        String type = String.valueOf(n.attr("type")).toLowerCase(Locale.ROOT);
        boolean binary = type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml");
        String mode = String.valueOf(n.attr("mode"));
        return type.contains("html") || binary || mode.equalsIgnoreCase("escaped") || mode.equalsIgnoreCase("base64");
    }

    /** An Atom text construct as text or HTML: xhtml and inline XML are re-serialised, base64 decoded. */
    private static String atomText(XmlNode n) {
        if (n == null) return null;
        String type = String.valueOf(n.attr("type")).toLowerCase(Locale.ROOT);
        String mode = String.valueOf(n.attr("mode")).toLowerCase(Locale.ROOT);
        // Atom 1.0: a MIME type that is neither text/* nor XML means the content is Base64.
        boolean binary = type.contains("/") && !type.startsWith("text/") && !type.endsWith("xml");
        if (mode.equals("base64") || binary) {
            try {
                return new String(Base64.getMimeDecoder().decode(n.text().strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return n.text();
            }
        }
        if (type.equals("xhtml") || type.endsWith("xhtml+xml") || mode.equals("xml") || !n.children.isEmpty()) {
            XmlNode only = n.children.size() == 1 ? n.children.get(0) : null;
            if (only != null && only.name.equals("div") && n.text().strip().equals(only.text().strip())) {
                return only.innerXml();
            }
            return n.innerXml();
        }
        return n.text();
    }

    private static String alternate(XmlNode parent, Set<String> nss) {
        String fallback = null;
        for (XmlNode l : childrenIn(parent, nss, "link")) {
            String href = l.attr("href");
            if (href == null) {
                if (!l.text().isBlank() && fallback == null) fallback = l.text().strip(); // RSS-style link inside Atom
                continue;
            }
            String rel = l.attr("rel");
            if (rel == null || rel.equalsIgnoreCase("alternate")) return href.strip();
            if (fallback == null && !rel.equalsIgnoreCase("self") && !rel.equalsIgnoreCase("enclosure")) fallback = href.strip();
        }
        return fallback;
    }

    private static String atomLink(XmlNode item) {
        for (XmlNode l : item.children) {
            if (l.is(Ns.ATOM10, "link") && l.attr("href") != null) {
                String rel = l.attr("rel");
                if (rel == null || rel.equalsIgnoreCase("alternate")) return l.attr("href").strip();
            }
        }
        return null;
    }

    // ---- Sitemaps --------------------------------------------------------------------------

    private Feed sitemap(XmlNode root, boolean wellFormed, String problem) {
        Set<String> nss = nsSet(root.ns, Ns.SITEMAP, "");
        List<FeedEntry> entries = new ArrayList<>();
        for (XmlNode url : childrenIn(root, nss, "url")) {
            if (!room(entries)) break;
            String loc = text(childIn(url, nss, "loc"));
            if (loc == null) continue;
            Instant lastmod = FeedDates.parse(text(childIn(url, nss, "lastmod")));
            XmlNode news = child(url, Ns.NEWS, "news");
            String title = null;
            Instant published = null;
            if (news != null) {
                title = text(child(news, Ns.NEWS, "title"));
                published = FeedDates.parse(text(child(news, Ns.NEWS, "publication_date")));
            }
            entries.add(new FeedEntry(null, resolve(baseUrl, loc), plain(title), null, null, published, lastmod, List.of()));
        }
        return new Feed(FeedFormat.SITEMAP, null, baseUrl, null, entries, wellFormed, problem);
    }

    private Feed sitemapIndex(XmlNode root, boolean wellFormed, String problem) {
        Set<String> nss = nsSet(root.ns, Ns.SITEMAP, "");
        List<FeedEntry> entries = new ArrayList<>();
        for (XmlNode sm : childrenIn(root, nss, "sitemap")) {
            if (!room(entries)) break;
            String loc = text(childIn(sm, nss, "loc"));
            if (loc == null) continue;
            entries.add(new FeedEntry(null, resolve(baseUrl, loc), null, null, null, null,
                    FeedDates.parse(text(childIn(sm, nss, "lastmod"))), List.of()));
        }
        return new Feed(FeedFormat.SITEMAP_INDEX, null, baseUrl, null, entries, wellFormed, problem);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** The namespaces a format's elements may appear in (the root's own and none, for sloppy feeds). */
    private static Set<String> nsSet(String... nss) {
        return new HashSet<>(Arrays.asList(nss));
    }

    private boolean room(List<FeedEntry> entries) {
        if (entries.size() < maxEntries) return true;
        truncated = true;
        return false;
    }

    private static XmlNode child(XmlNode parent, String ns, String name) {
        if (parent == null) return null;
        for (XmlNode c : parent.children) if (c.is(ns, name)) return c;
        return null;
    }

    private static XmlNode childIn(XmlNode parent, Set<String> nss, String name) {
        if (parent == null) return null;
        for (XmlNode c : parent.children) if (c.name.equals(name) && nss.contains(c.ns)) return c;
        return null;
    }

    private static List<XmlNode> childrenIn(XmlNode parent, Set<String> nss, String name) {
        List<XmlNode> out = new ArrayList<>();
        if (parent != null) for (XmlNode c : parent.children) if (c.name.equals(name) && nss.contains(c.ns)) out.add(c);
        return out;
    }

    private static String text(XmlNode n) {
        if (n == null) return null;
        String t = n.text().strip();
        return t.isEmpty() ? null : t;
    }

    private static void addText(List<String> out, XmlNode n) {
        String t = text(n);
        if (t != null) out.add(t);
    }

    /** Titles sometimes carry escaped markup; keep only its text. */
    static String plain(String s) {
        if (s == null) return null;
        String t = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text() : s;
        t = t.strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean looksLikeUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    /** A new base for resolving: {@code ref} resolved against {@code base}, or {@code base} when ref is absent. */
    static String rebase(String base, String ref) {
        String r = resolve(base, ref);
        return r == null ? base : r;
    }

    /** Resolves {@code ref} against {@code base}; returns ref unchanged when either is unusable. */
    static String resolve(String base, String ref) {
        if (ref == null || ref.isBlank()) return null;
        String r = ref.strip();
        if (base == null || base.isBlank()) return r;
        try {
            URI b = new URI(base.strip());
            if (!b.isAbsolute()) return r;
            return b.resolve(new URI(r.replace(" ", "%20"))).toString();
        } catch (Exception e) {
            return r;
        }
    }
}
