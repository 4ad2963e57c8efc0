package io.wirewatch.app.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The real text the benchmark recombines: article bodies from the article-extraction benchmark
 * ({@code bench/bodies.jsonl}, MIT) and the project's seed articles ({@code bench/seeds/}), each a list of
 * paragraphs. See {@code bench/SOURCE.md}.
 */
public record BenchCorpus(List<List<String>> bodies) {
    public BenchCorpus {
        if (bodies.size() < 10) throw new IllegalArgumentException("the benchmark corpus needs at least 10 bodies");
        bodies = List.copyOf(bodies);
    }

    /** Loads the corpus from the class path. */
    public static BenchCorpus load() {
        List<List<String>> bodies = new ArrayList<>();
        try (BufferedReader r = reader("bench/bodies.jsonl")) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = JsonSerde.MAPPER.readTree(line);
                List<String> paras = new ArrayList<>();
                n.get("paragraphs").forEach(p -> paras.add(p.asText()));
                bodies.add(paras);
            }
            try (BufferedReader index = reader("bench/seeds/index.txt")) {
                String name;
                while ((name = index.readLine()) != null) {
                    if (name.isBlank()) continue;
                    List<String> paras = new ArrayList<>();
                    try (BufferedReader seed = reader("bench/seeds/" + name.strip())) {
                        String l;
                        while ((l = seed.readLine()) != null) {
                            // Seeds have one paragraph per line; very short lines are list bullets or headings.
                            if (l.strip().length() >= 40) paras.add(l.strip());
                        }
                    }
                    if (paras.size() >= 2) bodies.add(paras);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark corpus from the class path", e);
        }
        return new BenchCorpus(bodies);
    }

    private static BufferedReader reader(String resource) throws IOException {
        InputStream in = BenchCorpus.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IOException("missing class-path resource " + resource);
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
