package io.wirewatch.app;

import java.util.List;

/**
 * The JSON report of {@code wirewatch replay}. Totals reconcile:
 * {@code ingested = accepted + duplicates + deadLettered}.
 */
record ReplayReport(Totals totals, List<Entry> records, String alertsFile, long durationMs) {

    /** Follows {@code mergedInto} (story → the story it was merged into) from {@code storyId} to its end; a cycle stops. */
    static String currentStory(java.util.Map<String, String> mergedInto, String storyId) {
        String id = storyId;
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (id != null && mergedInto.containsKey(id) && seen.add(id)) id = mergedInto.get(id);
        return id;
    }

    record Totals(int ingested, int accepted, int duplicates, int deadLettered, int alerts) {
        Totals {
            if (ingested != accepted + duplicates + deadLettered) {
                throw new IllegalStateException("counts do not reconcile: ingested " + ingested + " != accepted "
                        + accepted + " + duplicates " + duplicates + " + dead-lettered " + deadLettered);
            }
        }
    }

    /**
     * One input record's fate.
     *
     * @param input       file name, or "file.jsonl:LINE"
     * @param outcome     accepted | duplicate | dead-lettered
     * @param storyId     for accepted articles: the story it was assigned to
     * @param currentStoryId for accepted articles: the story it is in at the end of the replay, which differs from
     *                    {@code storyId} when a later article merged that story into another
     * @param duplicateOf for duplicates: the article it copies
     * @param kind        for duplicates: EXACT or NEAR
     * @param reason      for dead letters: why
     * @param stage       for dead letters: which stage refused it
     */
    record Entry(String input, String outcome, String articleId, String storyId, String duplicateOf, String kind,
                 String reason, String stage, String currentStoryId) {
    }
}
