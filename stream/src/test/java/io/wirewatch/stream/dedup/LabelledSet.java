package io.wirewatch.stream.dedup;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wirewatch.common.serde.JsonSerde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * The labelled near-duplicate set, generated reproducibly: originals are the article bodies of the
 * article-extraction benchmark (split in two halves by id: one to calibrate on, one to report on)
 * plus the five seeds (five different articles on one story: hard negatives); copies come from
 * {@link CopyEditor} with a fixed seed. Items are in stream order, each copy after its original.
 */
final class LabelledSet {
    enum Split { CALIBRATION, TEST }

    enum Kind {
        ORIGINAL(false), SAME_STORY(false), EXTENDED_WITH_NEW_REPORTING(false),
        SYNDICATED(true), PARAGRAPHS_CUT(true), REWORDED(true), SYNDICATED_CUT_REWORDED(true);

        final boolean duplicate;

        Kind(boolean duplicate) {
            this.duplicate = duplicate;
        }
    }

    /** One article of the stream; {@code originalId} is set for copies. */
    record Item(String id, Kind kind, String originalId, String body, long time) {
    }

    record Page(String id, String url, String articleBody) {
    }

    static final int MIN_WORDS = 80;

    private LabelledSet() {
    }

    static List<Page> pages() {
        try (InputStream in = LabelledSet.class.getResourceAsStream("/dedup/ground-truth-bodies.json.gz")) {
            if (in == null) throw new IllegalStateException("missing dedup/ground-truth-bodies.json.gz");
            List<Page> all = JsonSerde.MAPPER.readValue(new GZIPInputStream(in), new TypeReference<List<Page>>() { });
            return all.stream().filter(p -> p.articleBody().split("\\s+").length >= MIN_WORDS)
                    .sorted(Comparator.comparing(Page::id)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Page> pages(Split split) {
        List<Page> all = pages();
        List<Page> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if ((i % 2 == 0) == (split == Split.CALIBRATION)) out.add(all.get(i));
        }
        return out;
    }

    static List<Item> build(Split split, long seed) {
        Random random = new Random(seed);
        CopyEditor editor = new CopyEditor(seed * 31 + 7);
        List<Page> pages = pages(split);
        // "New reporting" comes from the other half, so it is text the stream has never seen.
        List<Page> elsewhere = pages(split == Split.TEST ? Split.CALIBRATION : Split.TEST);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < Fixtures.SEEDS.size(); i++) {
            items.add(new Item("seed-" + i, Kind.SAME_STORY, null, Fixtures.seed(i), random.nextInt(1_000_000)));
        }
        for (Page page : pages) {
            long t = random.nextInt(1_000_000);
            List<String> paras = CopyEditor.paragraphs(page.articleBody());
            items.add(new Item(page.id(), Kind.ORIGINAL, null, page.articleBody(), t));
            add(items, page, Kind.SYNDICATED, editor.syndicate(paras), t, random);
            add(items, page, Kind.PARAGRAPHS_CUT,
                    prepend(editor.headline(paras, "") , editor.cut(paras, 2)), t, random);
            add(items, page, Kind.REWORDED, editor.reword(paras, 0.2), t, random);
            add(items, page, Kind.SYNDICATED_CUT_REWORDED, editor.syndicate(editor.reword(editor.cut(paras, 1), 0.1)),
                    t, random);
            if (random.nextBoolean()) {
                List<String> extended = new ArrayList<>(paras);
                Page other = elsewhere.get(random.nextInt(elsewhere.size()));
                List<String> added = CopyEditor.paragraphs(other.articleBody());
                // At least as many new words as the story it wraps: a development, not a copy.
                int words = words(paras);
                int taken = 0;
                for (String p : added) {
                    if (taken >= words) break;
                    extended.add(p);
                    taken += p.split("\\s+").length;
                }
                if (taken >= words) {
                    items.add(new Item(page.id() + "-extended", Kind.EXTENDED_WITH_NEW_REPORTING, null,
                            CopyEditor.join(extended), t + 1 + random.nextInt(300_000)));
                }
            }
        }
        items.sort(Comparator.comparingLong(Item::time).thenComparing(Item::id));
        return items;
    }

    private static void add(List<Item> items, Page page, Kind kind, List<String> paras, long t, Random random) {
        items.add(new Item(page.id() + "-" + kind.name().toLowerCase(java.util.Locale.ROOT), kind, page.id(),
                CopyEditor.join(paras), t + 1 + random.nextInt(300_000)));
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static int words(List<String> paras) {
        return paras.stream().mapToInt(p -> p.split("\\s+").length).sum();
    }

    static Map<Kind, Long> counts(List<Item> items) {
        return items.stream().collect(java.util.stream.Collectors.groupingBy(Item::kind,
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
