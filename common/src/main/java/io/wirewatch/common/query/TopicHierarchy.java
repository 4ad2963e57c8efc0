package io.wirewatch.common.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The IPTC Media Topic tree, as far as matching needs it: so that {@code topic:medtop:15000000} ("sport")
 * also matches an article tagged only with a descendant such as "football". Common ships no data: the
 * caller injects it (the stream module loads the IPTC TSV it bundles via {@link #fromTsv(Reader)}).
 */
public interface TopicHierarchy {
    /** No hierarchy: a topic matches only its own code and label. */
    TopicHierarchy NONE = new TopicHierarchy() {
        @Override
        public List<String> ancestorsOf(String code) {
            return List.of();
        }

        @Override
        public String labelOf(String code) {
            return null;
        }
    };

    /** The ancestors of a qcode, nearest first, without the code itself; empty when unknown or top-level. */
    List<String> ancestorsOf(String code);

    /** The preferred label of a qcode, or null when unknown. */
    String labelOf(String code);

    /**
     * Reads a tab-separated table of IPTC concepts with a header line: the first column is the qcode, and
     * the columns whose header names contain "parent" and "label" are the parent qcode and the label
     * (so both {@code qcode, parent_qcode, retired, prefLabel, definition} and the shipped
     * {@code qcode, parent_qcode, prefLabel, definition} work). Retired concepts are kept: old articles
     * may still carry them.
     */
    static TopicHierarchy fromTsv(Reader reader) {
        Map<String, String> parent = new HashMap<>();
        Map<String, String> label = new HashMap<>();
        try (BufferedReader r = new BufferedReader(reader)) {
            String line = r.readLine();
            if (line == null) throw new IOException("empty topic table");
            String[] header = line.toLowerCase(Locale.ROOT).split("\t", -1);
            int parentCol = -1;
            int labelCol = -1;
            for (int i = 1; i < header.length; i++) {
                if (parentCol < 0 && header[i].contains("parent")) parentCol = i;
                if (labelCol < 0 && header[i].contains("label")) labelCol = i;
            }
            if (parentCol < 0 || labelCol < 0) {
                throw new IOException("topic table header needs a parent and a label column: " + line);
            }
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (f.length <= Math.max(parentCol, labelCol)) continue;
                String code = f[0].trim().toLowerCase(Locale.ROOT);
                if (!code.startsWith("medtop:")) continue;
                if (!f[parentCol].isBlank()) parent.put(code, f[parentCol].trim().toLowerCase(Locale.ROOT));
                label.put(code, f[labelCol].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic hierarchy", e);
        }
        return new TopicHierarchy() {
            @Override
            public List<String> ancestorsOf(String code) {
                List<String> out = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                String c = parent.get(code.toLowerCase(Locale.ROOT));
                while (c != null && seen.add(c)) { // guard against a cycle in bad data
                    out.add(c);
                    c = parent.get(c);
                }
                return out;
            }

            @Override
            public String labelOf(String code) {
                return label.get(code.toLowerCase(Locale.ROOT));
            }
        };
    }
}
