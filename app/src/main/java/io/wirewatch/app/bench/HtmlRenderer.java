package io.wirewatch.app.bench;

import io.wirewatch.common.model.RawArticle;

/**
 * Renders a generated article as a news page with the usual clutter around the text (navigation,
 * share links, related stories, cookie banner, footer), so that the extraction cost is measured on
 * something shaped like a real page rather than on bare paragraphs.
 */
final class HtmlRenderer {
    private HtmlRenderer() {
    }

    static String render(RawArticle a) {
        StringBuilder b = new StringBuilder(a.body().length() * 2 + 4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(a.title())).append(" - ").append(esc(a.source())).append("</title>")
                .append("<meta property=\"og:title\" content=\"").append(esc(a.title())).append("\">")
                .append("<meta property=\"og:site_name\" content=\"").append(esc(a.source())).append("\">")
                .append("<meta name=\"author\" content=\"").append(esc(a.byline())).append("\">")
                .append("<link rel=\"canonical\" href=\"").append(esc(a.canonicalUrl())).append("\">")
                .append("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>")
                .append("<style>body{font-family:serif}.nav a{margin:0 4px}</style></head><body>\n")
                .append("<div class=\"cookie\"><p>We use cookies to improve your experience.</p><button>Accept</button></div>")
                .append("<header><nav class=\"nav\">");
        for (String s : new String[]{"World", "Politics", "Business", "Technology", "Science", "Sport", "Opinion"}) {
            b.append("<a href=\"/").append(s.toLowerCase(java.util.Locale.ROOT)).append("\">").append(s).append("</a>");
        }
        b.append("</nav></header>\n<main><article><h1>").append(esc(a.title())).append("</h1>")
                .append("<div class=\"byline\">").append(esc(a.byline())).append(" · <time datetime=\"")
                .append(a.publishedAt()).append("\">").append(a.publishedAt()).append("</time></div>\n");
        for (String p : a.body().split("\n\n")) {
            b.append("<p>").append(esc(p)).append("</p>\n");
        }
        b.append("<div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a> <a href=\"#\">Email</a></div>")
                .append("</article><aside><h2>Related</h2><ul>");
        for (int k = 1; k <= 5; k++) {
            b.append("<li><a href=\"/related/").append(k).append("\">More coverage, part ").append(k).append("</a></li>");
        }
        b.append("</ul></aside></main><footer><p>© 2026 ").append(esc(a.source()))
                .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer></body></html>\n");
        return b.toString();
    }

    private static String esc(String s) {
        if (s == null) return "";
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
