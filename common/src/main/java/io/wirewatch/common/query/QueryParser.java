package io.wirewatch.common.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recursive-descent parser of the subscription query language ({@code docs/query-language.md}):
 * <pre>
 * query   = or END
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }          (two terms side by side mean AND)
 * unary   = "NOT" unary | primary
 * primary = "(" or ")" | field ":" value | WORD | PHRASE
 * field   = "entity" | "type" | "topic" | "source" | "lang"
 * value   = WORD | PHRASE
 * </pre>
 * Operators are case-insensitive; quote {@code "and"} to search for the word. Errors are
 * {@link QuerySyntaxException}s naming the column of the problem.
 */
public final class QueryParser {
    /** Longer queries are refused: a subscription is a filter, not a document. */
    public static final int MAX_LENGTH = 4_000;
    /** Deeper nesting is refused, so a hostile query cannot overflow the stack. */
    public static final int MAX_DEPTH = 64;

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z]+");
    private static final Pattern TYPE_VALUE = Pattern.compile("[A-Za-z_]+");
    private static final Pattern LANG_VALUE = Pattern.compile("[a-z]{2,3}(-[a-z0-9]{1,8})*");
    private static final Pattern MEDTOP_NUMBER = Pattern.compile("\\d{8}");
    /** Short forms of entity types that people type; the taggers write the long ones. */
    private static final Map<String, String> TYPE_ALIASES = Map.of(
            "org", "organization", "organisation", "organization", "per", "person", "loc", "location",
            "place", "location", "gpe", "location");

    private final String query;
    private final List<Token> tokens;
    private int pos;
    private int depth;

    private QueryParser(String query) {
        this.query = query;
        this.tokens = QueryLexer.lex(query);
    }

    public static Query parse(String query) {
        if (query == null || query.isBlank()) throw new QuerySyntaxException("empty query", query == null ? "" : query, 1);
        if (query.length() > MAX_LENGTH) {
            throw new QuerySyntaxException("query too long", query, MAX_LENGTH + 1,
                    "at most " + MAX_LENGTH + " characters");
        }
        QueryParser p = new QueryParser(query);
        Query q = p.or();
        Token t = p.peek();
        if (t.kind() != Token.Kind.END) {
            if (t.kind() == Token.Kind.RPAREN) {
                throw p.error("unexpected ')'", t, "there is no '(' for it to close");
            }
            throw p.error("unexpected " + t.describe(), t, null);
        }
        return q;
    }

    private Query or() {
        List<Query> parts = new ArrayList<>();
        parts.add(and());
        while (peek().isOperator("OR")) {
            pos++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.Or(parts);
    }

    private Query and() {
        List<Query> parts = new ArrayList<>();
        parts.add(unary());
        while (true) {
            Token t = peek();
            if (t.isOperator("AND")) {
                pos++;
                parts.add(unary());
            } else if (startsTerm(t)) {
                parts.add(unary());
            } else {
                break;
            }
        }
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    private static boolean startsTerm(Token t) {
        return switch (t.kind()) {
            case PHRASE, LPAREN -> true;
            case WORD -> !t.isOperator("AND") && !t.isOperator("OR");
            default -> false;
        };
    }

    private Query unary() {
        Token t = peek();
        if (t.isOperator("NOT")) {
            pos++;
            enter(t);
            Query child = unary();
            depth--;
            return new Query.Not(child);
        }
        return primary();
    }

    private Query primary() {
        Token t = next();
        switch (t.kind()) {
            case LPAREN -> {
                enter(t);
                if (peek().kind() == Token.Kind.RPAREN) throw error("empty parentheses", peek(), "put a term inside");
                Query inner = or();
                Token close = next();
                if (close.kind() != Token.Kind.RPAREN) {
                    throw error("expected ')'", close, "the '(' at column " + t.column() + " is not closed"
                            + (close.kind() == Token.Kind.END ? "" : " (found " + close.describe() + ")"));
                }
                depth--;
                return inner;
            }
            case RPAREN -> throw error("expected a search term", t, "found ')'");
            case END -> throw error("expected a search term", t, "the query ends after an operator");
            case PHRASE -> {
                List<String> toks = Text.tokens(t.text());
                if (toks.isEmpty()) throw error("empty phrase", t, "a phrase needs at least one letter or digit");
                return new Query.Terms(toks);
            }
            default -> {
                return word(t);
            }
        }
    }

    private Query word(Token t) {
        String text = t.text();
        if (t.isOperator("AND") || t.isOperator("OR")) {
            throw error("unexpected operator '" + text + "'", t, "an operator needs a term on each side;"
                    + " quote it (\"" + text.toLowerCase(Locale.ROOT) + "\") to search for the word");
        }
        int colon = text.indexOf(':');
        if (colon > 0 && FIELD_NAME.matcher(text.substring(0, colon)).matches()) {
            String name = text.substring(0, colon);
            FieldKind kind = FieldKind.byName(name);
            if (kind == null) {
                throw error("unknown field '" + name + "'", t,
                        "the fields are entity, type, topic, source and lang; quote the text to search for it");
            }
            String value = text.substring(colon + 1);
            int valueColumn = t.column() + colon + 1;
            if (value.isEmpty()) {
                Token v = peek();
                if (v.kind() == Token.Kind.PHRASE || (v.kind() == Token.Kind.WORD && !v.isOperator("AND")
                        && !v.isOperator("OR") && !v.isOperator("NOT"))) {
                    pos++;
                    value = v.text();
                    valueColumn = v.column();
                } else {
                    throw error("missing value after '" + text + "'", v,
                            "write for example " + name + ":\"...\"");
                }
            }
            return new Query.Field(kind, fieldValue(kind, value, valueColumn));
        }
        List<String> toks = Text.tokens(text);
        if (toks.isEmpty()) {
            throw error("'" + text + "' has no letters or digits to search for", t, null);
        }
        return new Query.Terms(toks);
    }

    private String fieldValue(FieldKind kind, String raw, int column) {
        String value = raw.trim();
        switch (kind) {
            case TYPE -> {
                if (!TYPE_VALUE.matcher(value).matches()) {
                    throw new QuerySyntaxException("bad entity type '" + raw + "'", query, column,
                            "use a type such as PERSON, ORGANIZATION, LOCATION or PRODUCT");
                }
                return canonicalType(value);
            }
            case TOPIC -> {
                if (MEDTOP_NUMBER.matcher(value).matches()) return "medtop:" + value;
                if (value.toLowerCase(Locale.ROOT).startsWith("medtop:")) {
                    String code = value.substring("medtop:".length());
                    if (!MEDTOP_NUMBER.matcher(code).matches()) {
                        throw new QuerySyntaxException("bad Media Topic code '" + raw + "'", query, column,
                                "a code is medtop: followed by 8 digits, e.g. medtop:15000000");
                    }
                    return "medtop:" + code;
                }
                return nonEmptyFold(value, column);
            }
            case LANG -> {
                String lang = value.toLowerCase(Locale.ROOT).replace('_', '-');
                if (!LANG_VALUE.matcher(lang).matches()) {
                    throw new QuerySyntaxException("bad language '" + raw + "'", query, column,
                            "use a language code such as en, de or en-GB");
                }
                return lang;
            }
            case SOURCE -> {
                String s = canonicalSource(value);
                if (s.isEmpty()) throw new QuerySyntaxException("empty source", query, column, null);
                return s;
            }
            default -> {
                return nonEmptyFold(value, column);
            }
        }
    }

    private String nonEmptyFold(String value, int column) {
        String f = Text.fold(value);
        if (f.isEmpty()) throw new QuerySyntaxException("empty value", query, column, "it has no letters or digits");
        return f;
    }

    /** Entity type as both sides fold it: lower case, common short forms expanded. */
    static String canonicalType(String type) {
        String t = type.trim().toLowerCase(Locale.ROOT);
        return TYPE_ALIASES.getOrDefault(t, t);
    }

    /** Source as both sides fold it: folded text without a leading "www", so bbc.co.uk = www.bbc.co.uk. */
    static String canonicalSource(String source) {
        String f = Text.fold(source == null ? "" : source);
        return f.startsWith("www ") ? f.substring(4) : f;
    }

    private void enter(Token t) {
        if (++depth > MAX_DEPTH) throw error("query nested too deeply", t, "at most " + MAX_DEPTH + " levels");
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.END) pos++;
        return t;
    }

    private QuerySyntaxException error(String problem, Token at, String hint) {
        return new QuerySyntaxException(problem, query, at.column(), hint);
    }
}
