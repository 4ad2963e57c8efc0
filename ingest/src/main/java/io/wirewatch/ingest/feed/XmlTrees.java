package io.wirewatch.ingest.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds {@link XmlNode} trees. The strict reader is StAX with DTDs and external entities off
 * (XXE-safe: a DOCTYPE is skipped, never fetched, and no entity it declares is expanded); the
 * lenient one recovers what it can from ill-formed XML with Jsoup's XML parser, which never
 * resolves external anything either.
 */
final class XmlTrees {
    /** Guards against pathological nesting (stack depth) and node floods within the byte cap. */
    static final int MAX_DEPTH = 200;
    static final int MAX_NODES = 2_000_000;

    /** Prefixes whose namespace is well known, for recovering feeds that forgot to declare them. */
    private static final Map<String, String> KNOWN_PREFIXES = Map.ofEntries(
            Map.entry("dc", Ns.DC), Map.entry("dcterms", Ns.DCTERMS), Map.entry("content", Ns.CONTENT),
            Map.entry("atom", Ns.ATOM10), Map.entry("rdf", Ns.RDF), Map.entry("news", Ns.NEWS),
            Map.entry("media", "http://search.yahoo.com/mrss/"), Map.entry("xml", XMLConstants.XML_NS_URI));

    private static final XMLInputFactory FACTORY = newFactory();

    /** A well-formedness error with its position. */
    static final class XmlProblem extends Exception {
        XmlProblem(String message) {
            super(message);
        }
    }

    private XmlTrees() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows the JAXP 1.5 properties; DTD support is off anyway
        }
        // Belt and braces: should anything still ask for an external resource, it gets nothing.
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> new ByteArrayInputStream(new byte[0]));
        return f;
    }

    static XmlNode strict(String text) throws XmlProblem {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(text));
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            int nodes = 0;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++nodes > MAX_NODES) throw new XmlProblem("more than " + MAX_NODES + " elements");
                        if (stack.size() >= MAX_DEPTH) throw new XmlProblem("elements nested deeper than " + MAX_DEPTH);
                        XmlNode n = new XmlNode(r.getNamespaceURI(), r.getPrefix(), r.getLocalName());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            n.attrs.putIfAbsent(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) root = n;
                        else stack.peek().add(n);
                        stack.push(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) stack.peek().addText(r.getText());
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XmlProblem("entity '&" + r.getLocalName() + ";' is not declared");
                    default -> {
                    }
                }
            }
            if (root == null) throw new XmlProblem("no root element (empty document)");
            return root;
        } catch (XMLStreamException e) {
            throw new XmlProblem(describe(e));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string source
                }
            }
        }
    }

    private static String describe(XMLStreamException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        // StAX prefixes "ParseError at [row,col]:[5,3]\nMessage: " itself; keep only the message.
        int i = msg.indexOf("Message: ");
        if (i >= 0) msg = msg.substring(i + 9);
        Location loc = e.getLocation();
        return loc == null ? msg.strip() : "line " + loc.getLineNumber() + ", column " + loc.getColumnNumber() + ": " + msg.strip();
    }

    /** Recovers a tree from ill-formed XML; returns null when there is no element at all. */
    static XmlNode lenient(String text) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        for (Element e : doc.children()) {
            XmlNode root = convert(e, new HashMap<>(), 0);
            if (root != null) return root;
        }
        return null;
    }

    private static XmlNode convert(Element e, Map<String, String> scope, int depth) {
        if (depth > MAX_DEPTH) return null;
        Map<String, String> local = scope;
        for (Attribute a : e.attributes()) {
            String k = a.getKey();
            if (k.equals("xmlns") || k.startsWith("xmlns:")) {
                if (local == scope) local = new HashMap<>(scope);
                local.put(k.equals("xmlns") ? "" : k.substring(6), a.getValue());
            }
        }
        String tag = e.tagName();
        int colon = tag.indexOf(':');
        String prefix = colon > 0 ? tag.substring(0, colon) : "";
        String name = colon > 0 ? tag.substring(colon + 1) : tag;
        String ns = local.getOrDefault(prefix, KNOWN_PREFIXES.getOrDefault(prefix, ""));
        XmlNode n = new XmlNode(ns, prefix, name);
        for (Attribute a : e.attributes()) {
            String k = a.getKey();
            if (k.equals("xmlns") || k.startsWith("xmlns:")) continue;
            int c = k.indexOf(':');
            n.attrs.putIfAbsent(c > 0 ? k.substring(c + 1) : k, a.getValue());
        }
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) n.addText(t.getWholeText());
            else if (child instanceof Element ce) {
                XmlNode c = convert(ce, local, depth + 1);
                if (c != null) n.add(c);
            }
        }
        return n;
    }
}
