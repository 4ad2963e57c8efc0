package io.wirewatch.app;

import java.util.List;

/**
 * The JSON report of {@code wirewatch replay}. Totals reconcile:
 * {@code ingested = accepted + duplicates + deadLettered}.
 */
record ReplayReport(Totals totals, List<Entry> records, String alertsFile, long durationMs) {

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
     * @param duplicateOf for duplicates: the article it copies
     * @param kind        for duplicates: EXACT or NEAR
     * @param reason      for dead letters: why
     * @param stage       for dead letters: which stage refused it
     */
    record Entry(String input, String outcome, String articleId, String storyId, String duplicateOf, String kind,
                 String reason, String stage) {
    }
}
