package org.minecheck.engine.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a piece of rule code (a constraint, a binding or a consequence) into tokens, skipping comments and keeping
 * string literals whole, so that only code is checked and a name inside a string or a comment is not mistaken for one.
 * Anything outside plain ASCII code, and every operator a rule has no use for, is refused here with its position.
 */
final class Lexer {
    enum Kind {
        IDENT,
        NUMBER,
        STRING,
        OP,
        END
    }

    record Token(Kind kind, String text, int offset) {
        boolean is(String s) {
            return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(s);
        }
    }

    /** Operators a rule may use, longest first so that the longest match wins. */
    private static final List<String> OPERATORS = List.of(
            "==", "!=", "<=", ">=", "&&", "||", "++", "--", "+=", "-=", "*=", "/=", "(", ")", "{", "}", ";", ",", ".",
            "=", "<", ">", "!", "?", ":", "+", "-", "*", "/", "%");

    /** Operators refused with a reason, longest first. */
    private static final List<String[]> REFUSED = List.of(
            new String[] {"->", "lambdas ('->') are not allowed in a rule"},
            new String[] {"::", "method references ('::') are not allowed in a rule"},
            new String[] {"!.", "MVEL null-safe navigation ('!.') is not allowed in a rule"},
            new String[] {"[", "arrays, indexing and inline collections ('[') are not allowed in a rule"},
            new String[] {"]", "arrays, indexing and inline collections (']') are not allowed in a rule"},
            new String[] {"@", "annotations and MVEL templates ('@') are not allowed in rule code"},
            new String[] {"#", "MVEL casts ('#') are not allowed in a rule"},
            new String[] {"\\", "a backslash is allowed only inside a string"},
            new String[] {"`", "'`' is not allowed in a rule"});

    private Lexer() {}

    /** The tokens of {@code code}, ending with an END token; offsets are indexes into {@code code}. */
    static List<Token> lex(String code) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (code.startsWith("//", i)) {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                if (end < 0) throw new Refusal(i, "comment not closed");
                i = end + 2;
            } else if (c == '"' || c == '\'') {
                if (code.startsWith("\"\"\"", i)) throw new Refusal(i, "text blocks are not allowed in a rule");
                int end = stringEnd(code, i);
                out.add(new Token(Kind.STRING, code.substring(i, end), i));
                i = end;
            } else if (c >= '0' && c <= '9' || c == '.' && i + 1 < n && Character.isDigit(code.charAt(i + 1))) {
                int end = numberEnd(code, i);
                out.add(new Token(Kind.NUMBER, code.substring(i, end), i));
                i = end;
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$') {
                int end = i + 1;
                while (end < n && isIdentPart(code.charAt(end))) end++;
                if (end < n && code.charAt(end) > 127 && Character.isJavaIdentifierPart(code.charAt(end))) {
                    throw new Refusal(end, "names must be plain ASCII in rule code (found '" + code.charAt(end) + "')");
                }
                out.add(new Token(Kind.IDENT, code.substring(i, end), i));
                i = end;
            } else {
                i = operator(code, i, out);
            }
        }
        out.add(new Token(Kind.END, "", n));
        return out;
    }

    private static int operator(String code, int i, List<Token> out) {
        for (String[] r : REFUSED) {
            if (code.startsWith(r[0], i)) throw new Refusal(i, r[1]);
        }
        for (String op : OPERATORS) {
            if (code.startsWith(op, i)) {
                out.add(new Token(Kind.OP, op, i));
                return i + op.length();
            }
        }
        char c = code.charAt(i);
        String shown = c < 32 || c > 126 ? String.format("U+%04X", (int) c) : "'" + c + "'";
        throw new Refusal(i, shown + " is not allowed in rule code");
    }

    private static boolean isIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    private static int stringEnd(String code, int start) {
        char quote = code.charAt(start);
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                break;
            } else {
                i++;
            }
        }
        throw new Refusal(start, "string not closed on its line");
    }

    private static int numberEnd(String code, int start) {
        int i = start;
        int n = code.length();
        if (code.startsWith("0x", i) || code.startsWith("0X", i)) {
            i += 2;
            while (i < n && (Character.digit(code.charAt(i), 16) >= 0 || code.charAt(i) == '_')) i++;
        } else {
            while (i < n && (Character.isDigit(code.charAt(i)) || code.charAt(i) == '_')) i++;
            if (i + 1 < n && code.charAt(i) == '.' && Character.isDigit(code.charAt(i + 1))) {
                i++;
                while (i < n && (Character.isDigit(code.charAt(i)) || code.charAt(i) == '_')) i++;
            }
            if (i < n && (code.charAt(i) == 'e' || code.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < n && (code.charAt(j) == '+' || code.charAt(j) == '-')) j++;
                if (j < n && Character.isDigit(code.charAt(j))) {
                    i = j;
                    while (i < n && Character.isDigit(code.charAt(i))) i++;
                }
            }
        }
        if (i < n && "lLdDfF".indexOf(code.charAt(i)) >= 0) i++;
        if (i < n && isIdentPart(code.charAt(i))) {
            throw new Refusal(start, "number '" + code.substring(start, i + 1) + "…' is not a plain Java number");
        }
        return i;
    }

    /** Code a rule may not contain, at an offset into the code being checked. */
    static final class Refusal extends RuntimeException {
        final int offset;

        Refusal(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }
}
