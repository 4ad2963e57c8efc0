package io.wirewatch.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small namespace-aware element tree, built either by the strict StAX reader or by the lenient
 * Jsoup recovery, so that one mapping from tree to {@link Feed} serves both.
 */
final class XmlNode {
    final String ns;
    final String name;
    /** Attributes by local name (the first wins when two namespaces use the same local name). */
    final Map<String, String> attrs = new LinkedHashMap<>();
    /** Mixed content: {@link String} text runs and child {@link XmlNode}s, in document order. */
    final List<Object> content = new ArrayList<>();
    final List<XmlNode> children = new ArrayList<>();
    final String prefix;

    XmlNode(String ns, String prefix, String name) {
        this.ns = ns == null ? "" : ns;
        this.prefix = prefix == null ? "" : prefix;
        this.name = name;
    }

    void add(XmlNode child) {
        content.add(child);
        children.add(child);
    }

    void addText(String text) {
        int last = content.size() - 1;
        if (last >= 0 && content.get(last) instanceof String s) content.set(last, s + text);
        else content.add(text);
    }

    boolean is(String namespace, String local) {
        return name.equals(local) && ns.equals(namespace);
    }

    String attr(String local) {
        return attrs.get(local);
    }

    /** All descendant text, concatenated. */
    String text() {
        StringBuilder sb = new StringBuilder();
        appendText(sb);
        return sb.toString();
    }

    private void appendText(StringBuilder sb) {
        for (Object o : content) {
            if (o instanceof String s) sb.append(s);
            else ((XmlNode) o).appendText(sb);
        }
    }

    /** The content re-serialised as markup (for Atom {@code type="xhtml"} and similar inline XML). */
    String innerXml() {
        StringBuilder sb = new StringBuilder();
        appendInner(sb);
        return sb.toString();
    }

    private void appendInner(StringBuilder sb) {
        for (Object o : content) {
            if (o instanceof String s) sb.append(escape(s, false));
            else {
                XmlNode n = (XmlNode) o;
                sb.append('<').append(n.name);
                n.attrs.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v, true)).append('"'));
                sb.append('>');
                n.appendInner(sb);
                sb.append("</").append(n.name).append('>');
            }
        }
    }

    private static String escape(String s, boolean attr) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append(attr ? "&quot;" : "\"");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return (ns.isEmpty() ? "" : "{" + ns + "}") + name;
    }
}
