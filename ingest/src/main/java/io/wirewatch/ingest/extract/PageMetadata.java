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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Index ix = new Index(doc);
        Map<String, JsonNode> byId = new HashMap<>();
        List<JsonNode> ld = articleNodes(ix.ldScripts, byId);
        JsonNode art = ld.isEmpty() ? null : ld.get(0);

        String url = pageUrl;
        if (url == null) url = savedFromUrl(doc);
        if (url == null) url = firstNonBlank(metaProperty(ix, "og:url"), absHref(ix.canonical));

        String title = firstNonBlank(ld(ld, "headline"), metaProperty(ix, "og:title"),
                metaName(ix, "twitter:title"), h1(ix), doc.title());

        String byline = firstNonBlank(ldAuthors(ld, byId), metaName(ix, "author"), nonUrl(metaProperty(ix, "article:author")),
                metaName(ix, "byl"), metaName(ix, "parsely-author"), metaName(ix, "sailthru.author"),
                metaName(ix, "dc.creator"), itemprop(ix, "author"), relAuthor(ix));
        if (byline != null) byline = BY_PREFIX.matcher(byline.strip()).replaceFirst("").strip();

        Instant published = firstDate(ldAll(ld, "datePublished"), metaProperty(ix, "article:published_time"),
                metaProperty(ix, "og:published_time"), metaName(ix, "article:published_time"),
                metaItemprop(ix, "datePublished"), metaName(ix, "pubdate"), metaName(ix, "publishdate"),
                metaName(ix, "publish-date"), metaName(ix, "parsely-pub-date"), metaName(ix, "sailthru.date"),
                metaName(ix, "dc.date.issued"), metaName(ix, "dcterms.created"), metaName(ix, "dc.date"),
                metaName(ix, "date"), ld(ld, "dateCreated"), timeDatetime(ix));
        if (published == null) published = Dates.fromUrl(url);

        Instant modified = firstDate(ldAll(ld, "dateModified"), metaProperty(ix, "article:modified_time"),
                metaProperty(ix, "og:updated_time"), metaName(ix, "article:modified_time"),
                metaItemprop(ix, "dateModified"), metaName(ix, "last-modified"), metaName(ix, "dcterms.modified"));

        Element html = doc.firstElementChild();
        String lang = html == null ? null : blankToNull(html.attr("lang"));
        if (lang == null) lang = metaHttpEquiv(ix, "content-language");
        if (lang == null) lang = metaProperty(ix, "og:locale");

        String canonical = firstNonBlank(absHref(ix.canonical), metaProperty(ix, "og:url"), pageUrl);

        String site = firstNonBlank(metaProperty(ix, "og:site_name"), publisherName(art),
                metaName(ix, "application-name"));

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
    static List<JsonNode> articleNodes(List<Element> scripts, Map<String, JsonNode> byId) {
        List<JsonNode> all = new ArrayList<>();
        for (Element s : scripts) {
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
            if (n.hasNonNull("@id") && n.size() > 1) byId.putIfAbsent(n.get("@id").asText(), n);
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
            if (n.has("@type") || n.has("@id")) out.add(n);
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

    /** The field from the most specific article-like node that has it (news types first). */
    private static String ld(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            String v = text(n, field);
            if (v != null) return v;
        }
        return null;
    }

    private static String ldAuthors(List<JsonNode> nodes, Map<String, JsonNode> byId) {
        for (JsonNode n : nodes) {
            String v = authors(n, byId);
            if (v != null) return v;
        }
        return null;
    }

    private static String authors(JsonNode art, Map<String, JsonNode> byId) {
        if (art == null) return null;
        JsonNode a = art.get("author");
        if (a == null) a = art.get("creator");
        if (a == null) return null;
        Set<String> names = new LinkedHashSet<>();
        if (a.isArray()) a.forEach(x -> addName(x, names, byId));
        else addName(a, names, byId);
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static void addName(JsonNode x, Set<String> names, Map<String, JsonNode> byId) {
        // In an @graph the author is often only a reference: {"@id": ".../#/schema/person/..."}.
        if (x.isObject() && !x.has("name") && x.has("@id")) {
            JsonNode target = byId.get(x.get("@id").asText());
            if (target != null) x = target;
        }
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

    /**
     * Everything the metadata needs from the DOM, gathered in one pass: a page has dozens of
     * candidate sources and one CSS query per source would walk the whole tree each time.
     */
    private static final class Index {
        final Map<String, String> metaByName = new HashMap<>();
        final Map<String, String> metaByProperty = new HashMap<>();
        final Map<String, String> metaByHttpEquiv = new HashMap<>();
        final Map<String, List<Element>> itemprops = new HashMap<>();
        final List<Element> ldScripts = new ArrayList<>();
        Element canonical;
        Element relAuthor;
        Element time;
        Element articleTime;
        Element h1;

        Index(Document doc) {
            for (Element e : doc.getAllElements()) {
                String tag = e.normalName();
                switch (tag) {
                    case "meta" -> {
                        String content = e.attr("content");
                        if (e.hasAttr("name")) metaByName.putIfAbsent(e.attr("name").strip().toLowerCase(Locale.ROOT), content);
                        if (e.hasAttr("property")) metaByProperty.putIfAbsent(e.attr("property").strip().toLowerCase(Locale.ROOT), content);
                        if (e.hasAttr("http-equiv")) metaByHttpEquiv.putIfAbsent(e.attr("http-equiv").strip().toLowerCase(Locale.ROOT), content);
                    }
                    case "script" -> {
                        if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) ldScripts.add(e);
                    }
                    case "link" -> {
                        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) canonical = e;
                    }
                    case "a" -> {
                        if (relAuthor == null && e.attr("rel").equalsIgnoreCase("author")) relAuthor = e;
                    }
                    case "time" -> {
                        if (e.hasAttr("datetime")) {
                            if (time == null) time = e;
                            if (articleTime == null && e.closest("article") != null) articleTime = e;
                        }
                    }
                    case "h1" -> {
                        if (h1 == null) h1 = e;
                    }
                    default -> {
                    }
                }
                if (e.hasAttr("itemprop")) {
                    for (String p : e.attr("itemprop").strip().split("\\s+")) {
                        itemprops.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
    }

    private static String metaProperty(Index ix, String property) {
        String v = ix.metaByProperty.get(property);
        if (v == null) v = ix.metaByName.get(property);
        return blankToNull(v);
    }

    private static String metaName(Index ix, String name) {
        return blankToNull(ix.metaByName.get(name));
    }

    private static String metaHttpEquiv(Index ix, String name) {
        return blankToNull(ix.metaByHttpEquiv.get(name));
    }

    private static String metaItemprop(Index ix, String prop) {
        for (Element e : ix.itemprops.getOrDefault(prop, List.of())) {
            String v = firstNonBlank(e.attr("content"), e.attr("datetime"));
            if (v != null) return v;
        }
        return null;
    }

    private static String itemprop(Index ix, String prop) {
        List<Element> all = ix.itemprops.getOrDefault(prop, List.of());
        if (all.isEmpty()) return null;
        Element e = all.get(0);
        Element name = e.selectFirst("[itemprop=name]");
        String v = name != null ? firstNonBlank(name.attr("content"), name.text())
                : firstNonBlank(e.attr("content"), e.text());
        return v != null && v.length() <= 120 ? v : null;
    }

    private static String relAuthor(Index ix) {
        if (ix.relAuthor == null) return null;
        String t = blankToNull(ix.relAuthor.text());
        return t != null && t.length() <= 100 ? t : null;
    }

    private static String timeDatetime(Index ix) {
        Element e = ix.articleTime != null ? ix.articleTime : ix.time;
        return e == null ? null : blankToNull(e.attr("datetime"));
    }

    private static String h1(Index ix) {
        return ix.h1 == null ? null : blankToNull(ix.h1.text());
    }

    private static String absHref(Element e) {
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

    /**
     * The first parseable date; but when it is a bare date and a later candidate gives a full time on
     * the same day, the full time (pages often put "2014-09-15" in one place and the time in another).
     */
    private static Instant firstDate(List<String> ldValues, String... others) {
        List<String> all = new ArrayList<>(ldValues);
        all.addAll(java.util.Arrays.asList(others));
        Instant first = null;
        boolean bare = false;
        for (String c : all) {
            Instant i = Dates.parse(c);
            if (i == null) continue;
            boolean isBare = c.strip().length() <= 10;
            if (first == null) {
                first = i;
                bare = isBare;
                if (!bare) return first;
            } else if (!isBare && Math.abs(i.getEpochSecond() - first.getEpochSecond()) < 36 * 3600) {
                return i;
            }
        }
        return first;
    }

    private static List<String> ldAll(List<JsonNode> nodes, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            String v = text(n, field);
            if (v != null) out.add(v);
        }
        return out;
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
