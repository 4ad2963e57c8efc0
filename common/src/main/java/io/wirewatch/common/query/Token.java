package io.wirewatch.common.query;

/** One lexical token of a query; {@code column} is 1-based. */
record Token(Kind kind, String text, int column) {
    enum Kind { WORD, PHRASE, LPAREN, RPAREN, END }

    boolean isOperator(String op) {
        return kind == Kind.WORD && text.equalsIgnoreCase(op);
    }

    String describe() {
        return switch (kind) {
            case WORD -> "'" + text + "'";
            case PHRASE -> "\"" + text + "\"";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case END -> "end of query";
        };
    }
}
