package io.wirewatch.stream.tag;

/**
 * One token of an article.
 *
 * @param text          the characters as written ("U.S.", "GPT-4", "'s")
 * @param kind          word, number, punctuation or the possessive "'s"
 * @param line          0-based line number within the text it was cut from
 * @param sentenceStart first word of a sentence, line or list item: its capital says nothing
 * @param index         position in the token list
 */
public record Token(String text, Kind kind, int line, boolean sentenceStart, int index) {
    public enum Kind { WORD, NUMBER, PUNCT, POSSESSIVE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with a capital, or is camel-cased like "iPhone" or "xAI". */
    public boolean isCapitalised() {
        if (kind != Kind.WORD) return false;
        char c = text.charAt(0);
        if (Character.isUpperCase(c)) return true;
        if (!Character.isLowerCase(c)) return false;
        for (int i = 1; i < text.length(); i++) {
            char d = text.charAt(i);
            if (d == '-') return false;
            if (Character.isUpperCase(d)) return true;
        }
        return false;
    }

    /** Two or more letters, all upper case ("CNBC", "U.S."). */
    public boolean isAllCaps() {
        if (kind != Kind.WORD) return false;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    public boolean is(String s) {
        return text.equals(s);
    }
}
