package io.wirewatch.stream.story;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.common.serde.JsonSerde;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Document frequencies of a small background corpus of English news articles (the 181 article bodies of
 * the MIT-licensed scrapinghub article-extraction benchmark; see {@code background-df.SOURCE.md}), shipped
 * as a resource. They are a prior added to the frequencies learned online, so that at cold start, or in
 * a quiet hour, "company", "first" or "country" already weigh less than "Jassy": without it the first
 * articles of a stream all look equally rare and a story's own words look the most common.
 * <pre>
 * java -cp ... io.wirewatch.stream.story.BackgroundFrequencies \
 *      ingest/src/test/resources/extraction/ground-truth.json \
 *      stream/src/main/resources/io/wirewatch/stream/story/background-df.tsv
 * </pre>
 */
public final class BackgroundFrequencies {
    static final String RESOURCE = "background-df.tsv";
    private static final BackgroundFrequencies EMPTY = new BackgroundFrequencies(0, Map.of());
    private static volatile BackgroundFrequencies shipped;

    private final long documents;
    private final Map<String, Integer> df;

    BackgroundFrequencies(long documents, Map<String, Integer> df) {
        this.documents = documents;
        this.df = df;
    }

    public static BackgroundFrequencies empty() {
        return EMPTY;
    }

    /** The shipped prior (loaded once). */
    public static BackgroundFrequencies shipped() {
        BackgroundFrequencies b = shipped;
        if (b == null) {
            try (InputStream in = BackgroundFrequencies.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing");
                b = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = b;
        }
        return b;
    }

    public long documents() {
        return documents;
    }

    public int df(String term) {
        return df.getOrDefault(term, 0);
    }

    static BackgroundFrequencies read(InputStream in) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        long n = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String term = line.substring(0, tab);
                int count = Integer.parseInt(line.substring(tab + 1).strip());
                if (term.equals("__documents__")) n = count;
                else df.put(term, count);
            }
        }
        return new BackgroundFrequencies(n, df);
    }

    public static void main(String[] args) throws IOException {
        JsonNode root = JsonSerde.MAPPER.readTree(Files.readAllBytes(Path.of(args[0])));
        Map<String, Integer> df = new TreeMap<>();
        int n = 0;
        for (JsonNode page : root) {
            String body = page.path("articleBody").asText("");
            if (body.isBlank()) continue;
            n++;
            Set<String> terms = new HashSet<>(TextFeatures.terms(body));
            terms.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        try (Writer w = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            w.write("# term<TAB>documents containing it, over " + n + " news article bodies; terms in at least 2\n");
            w.write("__documents__\t" + n + "\n");
            for (Map.Entry<String, Integer> e : df.entrySet()) {
                if (e.getValue() >= 2) w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        System.out.println(n + " documents, " + df.size() + " terms");
    }
}
