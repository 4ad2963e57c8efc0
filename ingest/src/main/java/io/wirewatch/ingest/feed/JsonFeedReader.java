package io.wirewatch.ingest.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build()).build());

    /** Thrown with a sentence naming what is wrong. */
    static final class BadJson extends Exception {
        final boolean notAFeed;

        BadJson(String message, boolean notAFeed) {
            super(message);
            this.notAFeed = notAFeed;
        }
    }

    private JsonFeedReader() {
    }

    static Feed read(String text, String baseUrl, int maxEntries) throws BadJson {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String loc = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            throw new BadJson("not valid JSON at " + loc + e.getOriginalMessage(), false);
        }
        if (root == null || !root.isObject()) throw new BadJson("JSON document is not an object", true);
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) throw new BadJson("JSON object has no \"items\" array: not a JSON Feed", true);
        String version = str(root, "version");
        String problem = version == null || !version.startsWith("https://jsonfeed.org/version/")
                ? "missing or unknown JSON Feed \"version\"" : null;
        String home = XmlFeedMapper.rebase(baseUrl, str(root, "home_page_url"));
        List<FeedEntry> entries = new ArrayList<>();
        for (JsonNode it : items) {
            if (entries.size() >= maxEntries) break;
            if (!it.isObject()) continue;
            String url = str(it, "url");
            if (url == null) url = str(it, "external_url");
            String html = str(it, "content_html");
            String content = html != null ? html : escapeText(str(it, "content_text"));
            List<String> authors = new ArrayList<>();
            author(it.get("author"), authors);
            JsonNode list = it.get("authors");
            if (list != null && list.isArray()) list.forEach(a -> author(a, authors));
            entries.add(new FeedEntry(str(it, "id"), XmlFeedMapper.resolve(home, url), XmlFeedMapper.plain(str(it, "title")),
                    str(it, "summary"), content, FeedDates.parse(str(it, "date_published")),
                    FeedDates.parse(str(it, "date_modified")), authors));
        }
        return new Feed(FeedFormat.JSON_FEED, str(root, "title"), home, str(root, "language"), entries,
                problem == null, problem);
    }

    private static void author(JsonNode a, List<String> out) {
        if (a != null && a.isObject() && a.get("name") != null && a.get("name").isTextual()) out.add(a.get("name").asText());
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Plain content_text is kept as HTML-safe text so every entry's content can be treated as HTML. */
    private static String escapeText(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder();
        for (String para : s.split("\\n\\s*\\n")) {
            sb.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
        }
        return sb.toString();
    }
}
