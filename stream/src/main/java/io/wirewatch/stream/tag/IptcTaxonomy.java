package io.wirewatch.stream.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The IPTC Media Topics vocabulary (active concepts, en-GB labels and definitions) shipped as
 * {@code tag/iptc/medtop-en-GB.tsv}; © IPTC, CC BY 4.0 (see {@code tag/SOURCE.md} and the top-level NOTICE).
 * Immutable and thread-safe.
 */
public final class IptcTaxonomy {
    public static final String RESOURCE = "tag/iptc/medtop-en-GB.tsv";

    /** One concept. {@code parent} is null for the 17 top-level topics. */
    public record Concept(String code, String parent, String label, String definition) {
        public Concept {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            if (!code.startsWith("medtop:")) throw new IllegalArgumentException("not a Media Topic qcode: " + code);
            definition = definition == null ? "" : definition;
        }
    }

    private static volatile IptcTaxonomy defaultInstance;

    private final List<Concept> concepts;
    private final Map<String, Concept> byCode;
    private final Map<String, List<Concept>> children;

    public IptcTaxonomy(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        Map<String, Concept> codes = new HashMap<>();
        for (Concept c : concepts) codes.put(c.code(), c);
        this.byCode = Map.copyOf(codes);
        Map<String, List<Concept>> kids = new HashMap<>();
        for (Concept c : concepts) {
            if (c.parent() != null && codes.containsKey(c.parent())) {
                kids.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, List<Concept>> frozen = new HashMap<>();
        kids.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.children = Map.copyOf(frozen);
    }

    /** The shipped vocabulary, loaded on first use. */
    public static IptcTaxonomy defaults() {
        IptcTaxonomy t = defaultInstance;
        if (t == null) {
            synchronized (IptcTaxonomy.class) {
                t = defaultInstance;
                if (t == null) {
                    t = load(RESOURCE);
                    defaultInstance = t;
                }
            }
        }
        return t;
    }

    /** Reads the TSV: qcode, parent qcode (empty at top level), en-GB label, en-GB definition; one header line. */
    public static IptcTaxonomy load(String resource) {
        List<Concept> out = new ArrayList<>();
        try (InputStream in = IptcTaxonomy.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing classpath resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 3) throw new IllegalStateException("bad IPTC line in " + resource + ": " + line);
                out.add(new Concept(f[0], f[1].isEmpty() ? null : f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new IptcTaxonomy(out);
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Concept get(String code) {
        return byCode.get(code);
    }

    public List<Concept> children(String code) {
        return children.getOrDefault(code, Collections.emptyList());
    }

    /** The top-level ancestor of a concept (itself when it is top level). */
    public Concept topLevel(String code) {
        Concept c = byCode.get(code);
        int guard = 0;
        while (c != null && c.parent() != null && byCode.containsKey(c.parent()) && guard++ < 20) {
            c = byCode.get(c.parent());
        }
        return c;
    }

    public int depth(String code) {
        int d = 0;
        Concept c = byCode.get(code);
        while (c != null && c.parent() != null && byCode.containsKey(c.parent()) && d < 20) {
            c = byCode.get(c.parent());
            d++;
        }
        return d;
    }
}
