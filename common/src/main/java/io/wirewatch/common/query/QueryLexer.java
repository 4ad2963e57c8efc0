package io.wirewatch.common.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a query into words, "quoted phrases" and parentheses. A word is a run of characters other
 * than white space, quotes and parentheses, so {@code entity:"Andy Jassy"} lexes as the word
 * {@code entity:} followed by a phrase. Inside a phrase a backslash escapes {@code "} and {@code \}.
 */
final class QueryLexer {
    private QueryLexer() {
    }

    static List<Token> lex(String query) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Token.Kind.LPAREN, "(", i + 1));
                i++;
            } else if (c == ')') {
                out.add(new Token(Token.Kind.RPAREN, ")", i + 1));
                i++;
            } else if (c == '"' || c == '\u201C' || c == '\u201D') {
                // Curly quotes arrive when queries are pasted from documents; treat them as plain quotes.
                int start = i;
                StringBuilder sb = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < n) {
                    char d = query.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        sb.append(query.charAt(i + 1));
                        i += 2;
                    } else if (d == '"' || d == '\u201C' || d == '\u201D') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        sb.append(d);
                        i++;
                    }
                }
                if (!closed) throw new QuerySyntaxException("unterminated quote (missing closing '\"') starting", query, start + 1);
                out.add(new Token(Token.Kind.PHRASE, sb.toString(), start + 1));
            } else {
                int start = i;
                while (i < n) {
                    char d = query.charAt(i);
                    if (Character.isWhitespace(d) || d == '(' || d == ')' || d == '"' || d == '\u201C' || d == '\u201D') break;
                    i++;
                }
                out.add(new Token(Token.Kind.WORD, query.substring(start, i), start + 1));
            }
        }
        out.add(new Token(Token.Kind.END, "", n + 1));
        return out;
    }
}
