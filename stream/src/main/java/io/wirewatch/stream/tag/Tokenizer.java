package io.wirewatch.stream.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A small, allocation-light English tokenizer for tagging: words keep inner hyphens, apostrophes and
 * abbreviation dots ("U.S.", "Coca-Cola", "O'Brien"); the possessive "'s" is its own token; numbers keep
 * decimal points. It also marks sentence starts (first word of a line, or after . ! ? :), skipping over
 * quotes, bullets and list numbers, because a capital there carries no information.
 */
public final class Tokenizer {
    /** Abbreviations whose final dot does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "inc", "corp", "ltd", "co",
            "jr", "sr", "vs", "gen", "gov", "sen", "sens", "rep", "reps", "prof", "lt", "col", "sgt", "capt", "no", "mt", "ft", "rev",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec", "est", "approx", "dept", "univ", "bros");

    /**
     * AP-style US state abbreviations ("St. Paul, Minn., said"): case-sensitive, so "ill." and "mass." in lower case
     * still end a sentence.
     */
    private static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn",
            "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Mo", "Mont", "Neb",
            "Nev", "Okla", "Ore", "Pa", "Tenn", "Vt", "Va", "Wis", "Wyo");

    private Tokenizer() {
    }

    /**
     * Whether a word written with a final dot ("U.S.", "Sen.", "Minn.", the "F." of "John F. Kennedy"), given here
     * without that dot, is an abbreviation whose dot need not end a sentence.
     */
    public static boolean isAbbreviation(String word) {
        return !word.isEmpty() && (word.indexOf('.') > 0 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || STATE_ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0))));
    }

    /**
     * @param text      the text
     * @param firstLine line number to give the first line (so title and body can share one numbering)
     * @param startAtSentence whether the very first word starts a sentence
     */
    public static List<Token> tokenize(String text, int firstLine, boolean startAtSentence) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        tokenizeInto(text, firstLine, startAtSentence, out);
        return out;
    }

    /** Appends to {@code out}; returns the next free line number. */
    public static int tokenizeInto(String text, int firstLine, boolean startAtSentence, List<Token> out) {
        int line = firstLine;
        boolean sentenceStart = startAtSentence;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                sentenceStart = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            // URLs, @handles and #hashtags are not prose: skip them whole ("t.co/XPx...", "@SpursOfficial")
            if (startsLink(text, i)) {
                while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                boolean digitsOnly = true;
                while (i < n) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        if (!Character.isDigit(d)) digitsOnly = false;
                        i++;
                    } else if (d == '-' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i++; // GPT-4, Coca-Cola, Mythos-class, COVID-19
                        digitsOnly = false;
                    } else if (d == '&' && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))
                            && Character.isUpperCase(text.charAt(i - 1))) {
                        i++; // AT&T, S&P
                        digitsOnly = false;
                    } else if ((d == '\'' || d == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                        // possessive 's (followed by a non-letter) is split off; O'Brien and don't stay whole
                        boolean possessive = (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                                && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)));
                        if (possessive) break;
                        i++;
                    } else if (d == '.' && i + 1 < n) {
                        char e = text.charAt(i + 1);
                        if (digitsOnly && Character.isDigit(e)) {
                            i++; // 3.5
                        } else if (Character.isLetter(e) && i - start == 1 && Character.isUpperCase(text.charAt(start))) {
                            i++; // U.S, D.C, U.K
                        } else if (Character.isLetter(e) && i - start == 1 && isDotted(text, start)) {
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                // Trailing dot of an abbreviation ("U.S.", "Inc.", "Mr.") belongs to the word.
                boolean abbreviation = false;
                if (i < n && text.charAt(i) == '.') {
                    String w = text.substring(start, i);
                    if (isAbbreviation(w)) {
                        i++;
                        abbreviation = true;
                    }
                }
                String word = text.substring(start, i);
                Token.Kind kind = digitsOnly ? Token.Kind.NUMBER : Token.Kind.WORD;
                out.add(new Token(word, kind, line, sentenceStart, out.size()));
                sentenceStart = false;
                if (abbreviation && word.indexOf('.') > 0 && endsSentenceAfterAbbreviation(text, i)) {
                    sentenceStart = true;
                }
                continue;
            }
            if ((c == '\'' || c == '\u2019') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2))) && i > 0
                    && Character.isLetterOrDigit(text.charAt(i - 1))) {
                out.add(new Token(text.substring(i, i + 2), Token.Kind.POSSESSIVE, line, false, out.size()));
                i += 2;
                continue;
            }
            // punctuation: one character a token
            out.add(new Token(String.valueOf(c), Token.Kind.PUNCT, line, sentenceStart, out.size()));
            if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '\u2022' || c == '|') {
                sentenceStart = true;
            }
            // a quotation opened after a comma or colon starts a quoted sentence: 'said, “We pray ...' (its capital
            // says nothing); not a quoted name inside a sentence: 'dubbed the “Hanoi Hilton”'
            if ((c == '\u201C' || c == '"') && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))) {
                int b = i - 1;
                while (b >= 0 && text.charAt(b) == ' ') b--;
                if (b >= 0 && (text.charAt(b) == ',' || text.charAt(b) == ':')) sentenceStart = true;
            }
            i++;
        }
        return line + 1;
    }

    private static boolean startsLink(String text, int i) {
        char c = text.charAt(i);
        if ((c == '@' || c == '#') && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                && (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')) {
            return true;
        }
        if (c != 'h' && c != 'w' && c != 'p' && c != 't') return false;
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) return false;
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i)
                || text.startsWith("pic.twitter.com/", i) || text.startsWith("t.co/", i);
    }

    /** "e.g", "p.m": a lone letter followed by a dot and a letter. */
    private static boolean isDotted(String text, int start) {
        return start + 2 < text.length() && text.charAt(start + 1) == '.' && Character.isLetter(text.charAt(start + 2));
    }

    /** After "U.S." a following capital word may start a new sentence; we only say so at a line end. */
    private static boolean endsSentenceAfterAbbreviation(String text, int i) {
        int j = i;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j >= text.length() || text.charAt(j) == '\n';
    }
}
