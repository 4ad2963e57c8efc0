package io.wirewatch.common.query;

/**
 * A query that does not follow the grammar (see {@code docs/query-language.md}). The message names the
 * 1-based column of the offending character so a user can fix the query; {@link #pointer()} draws it.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private final String query;
    private final int column;

    public QuerySyntaxException(String problem, String query, int column) {
        this(problem, query, column, null);
    }

    /** Message: {@code <problem> at column <n>[: <hint>]}, e.g. "expected ')' at column 17: the '(' at column 3 is never closed". */
    public QuerySyntaxException(String problem, String query, int column, String hint) {
        super(problem + " at column " + column + (hint == null ? "" : ": " + hint));
        this.query = query;
        this.column = column;
    }

    /** 1-based column of the problem (query length + 1 when the query ended too early). */
    public int column() {
        return column;
    }

    public String query() {
        return query;
    }

    /** The query and a caret under the bad column, for command-line error output. */
    public String pointer() {
        return query + "\n" + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
