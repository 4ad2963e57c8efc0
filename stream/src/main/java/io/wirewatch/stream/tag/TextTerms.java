package io.wirewatch.stream.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns text into index terms for topic classification: lower-case letter runs (ROOT locale), English stop
 * words dropped, American spellings mapped to the British ones IPTC uses ("labor" → "labour"), and a light
 * suffix stemmer ("strikes", "striking" → "strik"). Both the taxonomy and articles go through it.
 */
public final class TextTerms {
    private static final Set<String> STOP = Set.of("a", "about", "above", "after", "again", "against", "all", "also",
            "am", "an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below", "between",
            "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "etc", "few",
            "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
            "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much",
            "must", "my", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our",
            "out", "over", "own", "said", "same", "says", "say", "she", "should", "so", "some", "such", "than", "that",
            "the", "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "two",
            "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
            "who", "whom", "why", "will", "with", "would", "you", "your", "new", "like", "get", "gets", "got", "make",
            "makes", "made", "use", "used", "using", "many", "including", "include", "includes", "well", "year",
            "years", "first", "last", "according", "relating", "related", "involving", "concerning", "matters",
            "issues", "forms", "form", "various", "different", "specific", "general", "generally", "within", "without",
            "whether", "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "second", "third", "today", "week",
            "month", "day", "days", "still", "want", "wants", "back", "take", "takes", "see", "sees", "way",
            "s", "t", "re", "ve", "ll", "d", "m", "don", "won", "isn", "wasn", "aren", "didn", "doesn");
    private static final Map<String, String> BRITISH = Map.ofEntries(Map.entry("labor", "labour"),
            Map.entry("defense", "defence"), Map.entry("organization", "organisation"),
            Map.entry("organizations", "organisations"), Map.entry("center", "centre"), Map.entry("program", "programme"),
            Map.entry("programs", "programmes"), Map.entry("behavior", "behaviour"), Map.entry("color", "colour"),
            Map.entry("favor", "favour"), Map.entry("offense", "offence"), Map.entry("license", "licence"),
            Map.entry("theater", "theatre"), Map.entry("harbor", "harbour"), Map.entry("neighbor", "neighbour"),
            Map.entry("jewelry", "jewellery"), Map.entry("aluminum", "aluminium"), Map.entry("tire", "tyre"),
            Map.entry("pediatric", "paediatric"), Map.entry("estrogen", "oestrogen"), Map.entry("fetus", "foetus"));

    private TextTerms() {
    }

    public static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int n = text.length();
        int i = 0;
        StringBuilder sb = new StringBuilder(16);
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                sb.setLength(0);
                while (i < n && Character.isLetter(text.charAt(i))) {
                    sb.append(Character.toLowerCase(text.charAt(i)));
                    i++;
                }
                String w = sb.toString();
                if (w.length() < 2 || STOP.contains(w)) continue;
                out.add(stem(BRITISH.getOrDefault(w, w)));
            } else {
                i++;
            }
        }
        return out;
    }

    /** A deliberately light stemmer: plural and verb endings only, never below four letters of stem. */
    static String stem(String w) {
        int len = w.length();
        if (len <= 3) return w;
        if (w.endsWith("ies") && len > 4) return w.substring(0, len - 3) + "y";
        if (w.endsWith("sses")) return w.substring(0, len - 2);
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, len - 1);
            len--;
        }
        if (w.endsWith("ing") && len - 3 >= 4) return w.substring(0, len - 3);
        if (w.endsWith("ed") && len - 2 >= 4) return w.substring(0, len - 2);
        // "strike" → "strik", so that it meets "striking" → "strik"
        if (w.endsWith("e") && len >= 5) return w.substring(0, len - 1);
        return w;
    }
}
