package io.wirewatch.ingest.web;

import io.wirewatch.common.TextNormalizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decoding fetched HTML to text without mojibake, and turning feed HTML into plain paragraphs. */
public final class PageText {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "figure", "figcaption", "header", "footer",
            "aside", "dl", "dt", "dd", "hr", "main");

    private PageText() {
    }

    /**
     * Decodes an HTML page. Order: byte-order mark, then the HTTP charset, then {@code <meta charset>}
     * in the first 4 KiB, then UTF-8 if the bytes are valid UTF-8, else windows-1252. A declared
     * single-byte charset is overruled when the bytes are valid UTF-8 containing multi-byte sequences,
     * because that combination is almost always a mislabelled UTF-8 page, and a declared charset
     * the bytes do not fit is overruled by the next candidate that fits.
     */
    public static String decodeHtml(byte[] bytes, String httpCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        boolean multibyte = false;
        for (byte b : bytes) if (b < 0) { multibyte = true; break; }
        for (Charset declared : new Charset[]{charset(httpCharset), metaCharset(bytes)}) {
            if (declared == null) continue;
            if (declared.equals(StandardCharsets.UTF_8)) {
                if (utf8 != null) return utf8;
                continue; // declared UTF-8 but is not: look further
            }
            if (utf8 != null && multibyte && isSingleByte(declared)) return utf8;
            String text = strict(bytes, declared);
            if (text != null) return text;
        }
        if (utf8 != null) return utf8;
        return new String(bytes, Charset.forName("windows-1252"));
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in browsers, and pages rely on it
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) n = "windows-1252";
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Plain text of an HTML fragment (feed content): one paragraph per block, normalised. */
    public static String htmlToText(String html) {
        if (html == null || html.isBlank()) return "";
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select("script, style, noscript, iframe, object, embed, form").remove();
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) sb.append(t.text());
                else if (node instanceof Element e) {
                    if (e.tagName().equals("br")) sb.append('\n');
                    else if (BLOCKS.contains(e.tagName())) sb.append("\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) sb.append("\n\n");
            }
        }, body);
        return TextNormalizer.normalise(sb.toString());
    }
}
