// SPDX-License-Identifier: Apache-2.0
package org.jingzhun.rules;

import java.util.ArrayList;
import java.util.List;

/** Splits rule text into tokens, each with its line and column. */
final class Lexer {

    enum Type { NUMBER, STRING, IDENT, SYMBOL, END }

    record Token(Type type, String text, Position position) {
        boolean is(String word) {
            return (type == Type.IDENT || type == Type.SYMBOL) && text.equalsIgnoreCase(word);
        }
    }

    private final String src;
    private int i;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            Position at = new Position(line, i - lineStart + 1);
            if (i >= src.length()) {
                out.add(new Token(Type.END, "", at));
                return out;
            }
            char c = src.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                while (i < src.length() && (Character.isDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                if (i + 1 < src.length() && src.charAt(i) == '.' && Character.isDigit(src.charAt(i + 1))) {
                    i++;
                    while (i < src.length() && Character.isDigit(src.charAt(i))) {
                        i++;
                    }
                }
                out.add(new Token(Type.NUMBER, src.substring(start, i).replace("_", ""), at));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) {
                    i++;
                }
                out.add(new Token(Type.IDENT, src.substring(start, i), at));
            } else if (c == '\'' || c == '"') {
                out.add(new Token(Type.STRING, string(c, at), at));
            } else {
                String two = i + 1 < src.length() ? src.substring(i, i + 2) : "";
                if (two.equals("<=") || two.equals(">=") || two.equals("<>") || two.equals("!=")) {
                    out.add(new Token(Type.SYMBOL, two.equals("!=") ? "<>" : two, at));
                    i += 2;
                } else if ("()+-*/=<>,.".indexOf(c) >= 0) {
                    out.add(new Token(Type.SYMBOL, String.valueOf(c), at));
                    i++;
                } else {
                    throw new RuleSyntaxException(at, "unexpected character '" + c + "'");
                }
            }
        }
    }

    private String string(char quote, Position at) {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < src.length()) {
            char c = src.charAt(i++);
            if (c == quote) {
                if (i < src.length() && src.charAt(i) == quote) {
                    sb.append(quote); // a doubled quote stands for itself
                    i++;
                } else {
                    return sb.toString();
                }
            } else if (c == '\n') {
                break;
            } else {
                sb.append(c);
            }
        }
        throw new RuleSyntaxException(at, "text starting here has no closing " + quote);
    }

    private void skipSpaceAndComments() {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                lineStart = i;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else {
                return;
            }
        }
    }
}
