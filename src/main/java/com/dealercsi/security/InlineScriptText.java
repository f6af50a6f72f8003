package com.dealercsi.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes the text of an inline {@code <script>} safe to put into HTML, whatever the stored data in it contains.
 * The HTML parser ends a script at the first {@code </script}, and {@code <!--} changes how it looks for that
 * end, before any JavaScript is read; so inside string literals {@code <}, {@code >} and {@code &} become
 * {@code \\u003c}, {@code \\u003e} and {@code \\u0026} (the same string to JavaScript), and U+2028 and U+2029,
 * line ends to older engines, become {@code \\u2028} and {@code \\u2029}. Code outside string literals is left
 * exactly as it is: only strings carry data, and code is written by Vaadin or by us.
 */
final class InlineScriptText {

    /** What must never remain in a script's text, inside a string or not. */
    private static final Pattern HTML_BREAKOUT = Pattern.compile("(?i)</script|<script|<!--");

    private InlineScriptText() {}

    /**
     * The script made safe for HTML: its string literals escaped ({@link #escapeStrings}), and anything that could
     * still end or nest the element neutralised. A script with template literals keeps its strings as they are
     * (their {@code ${...}} parts are code), and is only neutralised.
     */
    static String safe(String script) {
        var escaped = script.indexOf('`') >= 0 ? script : escapeStrings(script);
        if (!breaksOutOfHtml(escaped)) {
            return escaped;
        }
        // something reached the script outside a string literal; a broken script is better than a hostile one
        return HTML_BREAKOUT
                .matcher(escaped)
                .replaceAll(match -> "\\\\u003c" + match.group().substring(1));
    }

    /** The script with every string literal's {@code < > & U+2028 U+2029} written as a \\u escape. */
    static String escapeStrings(String script) {
        var out = new StringBuilder(script.length() + 64);
        char quote = 0; // the open string literal's quote, 0 outside strings
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (quote == 0) {
                if (c == '"' || c == '\'') {
                    quote = c;
                    out.append(c);
                    i++;
                } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '/') {
                    int end = lineEnd(script, i);
                    out.append(script, i, end);
                    i = end;
                } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                    int end = script.indexOf("*/", i + 2);
                    end = end < 0 ? n : end + 2;
                    out.append(script, i, end);
                    i = end;
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '\\' && i + 1 < n) {
                char escaped = script.charAt(i + 1);
                if (escaped == '\u2028' || escaped == '\u2029') {
                    // a line continuation: it adds nothing to the string, so it goes
                } else if (needsEscape(escaped)) {
                    appendEscape(out, escaped); // "\<" is "<" to JavaScript, and so is "\u003c"
                } else {
                    out.append(c).append(escaped);
                }
                i += 2;
            } else {
                if (c == quote || c == '\n' || c == '\r') {
                    quote = 0; // a raw line end cannot be in a string: the literal was unterminated
                    out.append(c);
                } else if (needsEscape(c)) {
                    appendEscape(out, c);
                } else {
                    out.append(c);
                }
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Whether the script text could end its element early or open a nested one in the HTML parser; true means
     * something in it escaped {@link #escapeStrings} (a comment or other code carrying data) and must not be sent.
     */
    static boolean breaksOutOfHtml(String script) {
        return HTML_BREAKOUT.matcher(script).find();
    }

    private static boolean needsEscape(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }

    private static void appendEscape(StringBuilder out, char c) {
        out.append("\\u").append(String.format(Locale.ROOT, "%04x", (int) c));
    }

    private static int lineEnd(String script, int from) {
        for (int i = from; i < script.length(); i++) {
            char c = script.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return script.length();
    }
}
