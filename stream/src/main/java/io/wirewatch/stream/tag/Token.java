package io.wirewatch.stream.tag;

import java.util.Locale;

/**
 * One token of an article. Immutable; the flags the tagger asks for over and over are computed once.
 * text: the characters as written ("U.S.", "GPT-4", "'s"); kind: word, number, punctuation or the possessive
 * "'s"; line: 0-based line number; sentenceStart: first word of a sentence, line or list item, where a capital
 * says nothing; index: position in the token list.
 */
public final class Token {
    public enum Kind { WORD, NUMBER, PUNCT, POSSESSIVE }

    private final String text;
    private final Kind kind;
    private final int line;
    private final boolean sentenceStart;
    private final int index;
    private final boolean capitalised;
    private final boolean allCaps;
    private String lower;

    public Token(String text, Kind kind, int line, boolean sentenceStart, int index) {
        this.text = text;
        this.kind = kind;
        this.line = line;
        this.sentenceStart = sentenceStart;
        this.index = index;
        this.capitalised = kind == Kind.WORD && computeCapitalised(text);
        this.allCaps = kind == Kind.WORD && computeAllCaps(text);
    }

    public String text() {
        return text;
    }

    public Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public boolean sentenceStart() {
        return sentenceStart;
    }

    public int index() {
        return index;
    }

    /** The text in lower case (ROOT locale), computed on first use. */
    public String lower() {
        String l = lower;
        if (l == null) {
            l = text.toLowerCase(Locale.ROOT);
            lower = l;
        }
        return l;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** Starts with a capital, or is camel-cased like "iPhone" or "xAI". */
    public boolean isCapitalised() {
        return capitalised;
    }

    /** Two or more letters, all upper case ("CNBC", "U.S."). */
    public boolean isAllCaps() {
        return allCaps;
    }

    public boolean is(String s) {
        return text.equals(s);
    }

    private static boolean computeCapitalised(String text) {
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

    private static boolean computeAllCaps(String text) {
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

    @Override
    public String toString() {
        return text;
    }
}
