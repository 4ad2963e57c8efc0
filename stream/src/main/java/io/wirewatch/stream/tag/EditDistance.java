package io.wirewatch.stream.tag;

/** Bounded Levenshtein distance, shared by the in-article alias resolver and the story's entity canonicaliser. */
public final class EditDistance {
    private EditDistance() {
    }

    /**
     * Whether two names are spellings of one another: one edit apart, two when both have at least nine
     * characters, case ignored. The rule the in-article resolver and the story's canonicaliser share.
     */
    public static boolean closeSpelling(String a, String b) {
        int max = Math.min(a.length(), b.length()) >= 9 ? 2 : 1;
        if (Math.abs(a.length() - b.length()) > max) return false;
        return atMost(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT), max) <= max;
    }

    /** Levenshtein distance, giving up (returning limit + 1) once it exceeds limit. */
    public static int atMost(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
