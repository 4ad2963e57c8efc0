package io.wirewatch.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page metadata from JSON-LD ({@code NewsArticle} and friends, also inside {@code @graph} or arrays),
 * OpenGraph / {@code article:*} meta, other common meta names, microdata and {@code <time>}, with the
 * URL's date as the last resort for the publication date. Published and modified are kept apart.
 */
record PageMetadata(String url, String title, String byline, Instant published, Instant modified,
                    String declaredLanguage, String canonicalUrl, String siteName, String jsonLdBody) {

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle",
            "blogposting", "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report",
            "webpage", "medicalwebpage", "creativework", "liveblog");
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+)");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(?:by|von|par|por|di|door|av)\\s+");

    static PageMetadata of(Document doc, String pageUrl) {
        List<JsonNode> ld = articleNodes(doc);
        JsonNode art = ld.isEmpty() ? null : ld.get(0);

        String url = pageUrl;
        if (url == null) url = savedFromUrl(doc);
        if (url == null) url = firstNonBlank(metaProperty(doc, "og:url"), absHref(doc, "link[rel=canonical]"));

        String title = firstNonBlank(text(art, "headline"), metaProperty(doc, "og:title"),
                metaName(doc, "twitter:title"), h1(doc), doc.title());

        String byline = firstNonBlank(authors(art), metaName(doc, "author"), nonUrl(metaProperty(doc, "article:author")),
                metaName(doc, "byl"), metaName(doc, "parsely-author"), metaName(doc, "sailthru.author"),
                metaName(doc, "dc.creator"), itemprop(doc, "author"), relAuthor(doc));
        if (byline != null) byline = BY_PREFIX.matcher(byline.strip()).replaceFirst("").strip();

        Instant published = firstDate(text(art, "datePublished"), metaProperty(doc, "article:published_time"),
                metaProperty(doc, "og:published_time"), metaName(doc, "article:published_time"),
                metaItemprop(doc, "datePublished"), metaName(doc, "pubdate"), metaName(doc, "publishdate"),
                metaName(doc, "publish-date"), metaName(doc, "parsely-pub-date"), metaName(doc, "sailthru.date"),
                metaName(doc, "dc.date.issued"), metaName(doc, "dcterms.created"), metaName(doc, "dc.date"),
                metaName(doc, "date"), text(art, "dateCreated"), timeDatetime(doc));
        if (published == null) published = Dates.fromUrl(url);

        Instant modified = firstDate(text(art, "dateModified"), metaProperty(doc, "article:modified_time"),
                metaProperty(doc, "og:updated_time"), metaName(doc, "article:modified_time"),
                metaItemprop(doc, "dateModified"), metaName(doc, "last-modified"), metaName(doc, "dcterms.modified"));

        Element html = doc.selectFirst("html");
        String lang = html == null ? null : blankToNull(html.attr("lang"));
        if (lang == null) lang = metaHttpEquiv(doc, "content-language");
        if (lang == null) lang = metaProperty(doc, "og:locale");

        String canonical = firstNonBlank(absHref(doc, "link[rel=canonical]"), metaProperty(doc, "og:url"), pageUrl);

        String site = firstNonBlank(metaProperty(doc, "og:site_name"), publisherName(art),
                metaName(doc, "application-name"));

        String ldBody = art == null ? null : blankToNull(text(art, "articleBody"));
        if (ldBody == null) {
            for (JsonNode n : ld) {
                ldBody = blankToNull(text(n, "articleBody"));
                if (ldBody != null) break;
            }
        }
        return new PageMetadata(url, clean(title), clean(byline), published, modified, lang, canonical,
                clean(site), ldBody);
    }

    // ---- JSON-LD ----

    /** Article-like JSON-LD objects, the most specific (news) types first. */
    static List<JsonNode> articleNodes(Document doc) {
        List<JsonNode> all = new ArrayList<>();
        for (Element s : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = s.data().strip();
            if (json.isEmpty()) continue;
            try {
                collect(JsonSerde.MAPPER.readTree(json), all, 0);
            } catch (Exception e) {
                // Broken JSON-LD is common; the other sources still apply.
            }
        }
        List<JsonNode> news = new ArrayList<>();
        List<JsonNode> other = new ArrayList<>();
        for (JsonNode n : all) {
            Set<String> types = types(n);
            boolean isNews = types.stream().anyMatch(t -> t.endsWith("article") || t.endsWith("posting")
                    || t.equals("report"));
            if (isNews) news.add(n);
            else if (types.stream().anyMatch(ARTICLE_TYPES::contains)) other.add(n);
        }
        news.addAll(other);
        return news;
    }

    private static void collect(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 6) return;
        if (n.isArray()) {
            for (JsonNode c : n) collect(c, out, depth + 1);
        } else if (n.isObject()) {
            if (n.has("@type")) out.add(n);
            if (n.has("@graph")) collect(n.get("@graph"), out, depth + 1);
            if (n.has("mainEntity")) collect(n.get("mainEntity"), out, depth + 1);
        }
    }

    private static Set<String> types(JsonNode n) {
        Set<String> t = new LinkedHashSet<>();
        JsonNode type = n.get("@type");
        if (type == null) return t;
        if (type.isArray()) type.forEach(x -> t.add(x.asText().toLowerCase(Locale.ROOT)));
        else t.add(type.asText().toLowerCase(Locale.ROOT));
        return t;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray()) v = v.size() == 0 ? null : v.get(0);
        if (v == null) return null;
        if (v.isObject()) v = v.has("@value") ? v.get("@value") : v.get("name");
        return v == null || !v.isValueNode() ? null : blankToNull(v.asText());
    }

    private static String authors(JsonNode art) {
        if (art == null) return null;
        JsonNode a = art.get("author");
        if (a == null) a = art.get("creator");
        if (a == null) return null;
        Set<String> names = new LinkedHashSet<>();
        if (a.isArray()) a.forEach(x -> addName(x, names));
        else addName(a, names);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(JsonNode x, Set<String> names) {
        String n = x.isObject() ? (x.has("name") ? x.get("name").asText() : null) : x.asText();
        n = nonUrl(blankToNull(n));
        if (n != null) names.add(n.strip());
    }

    private static String publisherName(JsonNode art) {
        if (art == null || !art.has("publisher")) return null;
        JsonNode p = art.get("publisher");
        if (p.isArray()) p = p.size() == 0 ? null : p.get(0);
        if (p == null) return null;
        return p.isObject() ? text(p, "name") : blankToNull(p.asText());
    }

    // ---- HTML meta ----

    private static String metaProperty(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "]");
        if (e == null) e = doc.selectFirst("meta[name=" + property + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String metaName(Document doc, String name) {
        // Jsoup's attribute value selector is case-insensitive, which suits the zoo of meta names.
        Element e = doc.selectFirst("meta[name=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String metaHttpEquiv(Document doc, String name) {
        Element e = doc.selectFirst("meta[http-equiv=" + name + "]");
        return e == null ? null : blankToNull(e.attr("content"));
    }

    private static String metaItemprop(Document doc, String prop) {
        for (Element e : doc.select("[itemprop=" + prop + "]")) {
            String v = firstNonBlank(e.attr("content"), e.attr("datetime"));
            if (v != null) return v;
        }
        return null;
    }

    private static String itemprop(Document doc, String prop) {
        Element e = doc.selectFirst("[itemprop=" + prop + "]");
        if (e == null) return null;
        Element name = e.selectFirst("[itemprop=name]");
        String v = name != null ? firstNonBlank(name.attr("content"), name.text())
                : firstNonBlank(e.attr("content"), e.text());
        return v != null && v.length() <= 120 ? v : null;
    }

    private static String relAuthor(Document doc) {
        Element e = doc.selectFirst("a[rel=author]");
        if (e == null) return null;
        String t = blankToNull(e.text());
        return t != null && t.length() <= 100 ? t : null;
    }

    private static String timeDatetime(Document doc) {
        Element e = doc.selectFirst("article time[datetime], time[pubdate][datetime], time[datetime]");
        return e == null ? null : blankToNull(e.attr("datetime"));
    }

    private static String h1(Document doc) {
        Element e = doc.selectFirst("h1");
        return e == null ? null : blankToNull(e.text());
    }

    private static String absHref(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String abs = e.attr("abs:href");
        return blankToNull(abs.isBlank() ? e.attr("href") : abs);
    }

    private static String savedFromUrl(Document doc) {
        for (Node n : doc.childNodes()) {
            if (n instanceof Comment c) {
                Matcher m = SAVED_FROM.matcher(c.getData());
                if (m.find()) return m.group(1);
            }
        }
        return null;
    }

    private static Instant firstDate(String... candidates) {
        for (String c : candidates) {
            Instant i = Dates.parse(c);
            if (i != null) return i;
        }
        return null;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return null;
    }

    private static String nonUrl(String s) {
        return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String clean(String s) {
        if (s == null) return null;
        // Some sites escape entities twice, leaving "&#8217;" in og:title or JSON-LD.
        if (s.indexOf('&') >= 0 && s.indexOf(';') > s.indexOf('&')) s = Parser.unescapeEntities(s, false);
        return blankToNull(s.replace('\u00a0', ' ').replaceAll("\\s+", " "));
    }
}
