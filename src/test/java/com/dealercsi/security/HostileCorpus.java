package com.dealercsi.security;

import java.util.Locale;

/**
 * Payloads an owner or a DMS could put into a field. Every script payload sets a
 * {@code window.__pwned} marker, so a run shows even where a dialog would not; each fits the field it is meant
 * for (the API's size limits), and each carries a short unique word so a test can find it on a page.
 */
final class HostileCorpus {

    /** Owner's name (max 100): an image whose error handler runs, a CR/LF header break, quotes and a backslash. */
    static final String NAME =
            "<img src=x onerror=\"window.__pwned='name';alert(1)\"> O'Brien \"\\\" 王\r\nX-Injected: 1";
    /** Model (max 80): an SVG with an onload handler. */
    static final String MODEL = "<svg onload=\"window.__pwned='model'\">途观L";
    /** Plate (max 16, spaces dropped, capitals): ends a script early. */
    static final String PLATE = "</SCRIPT>\"'&";
    /** RO number (max 40): a javascript: URL and a formula. */
    static final String RO = "=HYPERLINK(\"javascript:alert(1)\")";
    /** The survey comment: the payload, the line separators, a formula, quotes and backslashes. */
    static final String COMMENT = "</script><script>window.__pwned='comment'</script><!--<script>"
            + " A\u2028B\u2029C '\"\\ @SUM(1+1) <a href=\"javascript:window.__pwned='link'\">tap</a>";
    /** A formula at the start of a comment, for the exports. */
    static final String FORMULA_COMMENT = "=1+1 \t=cmd|' /C calc'!A0 <b>bold</b>";
    /** The follow-up survey's comment. */
    static final String FOLLOW_UP = "<iframe src=\"javascript:window.__pwned='followup'\"></iframe> 跟进";
    /** A note on a phone call and on the phone questionnaire. */
    static final String CALL_NOTE = "<svg><script>window.__pwned='call'</script></svg> 电话";
    /** A note on a recovery case's step. */
    static final String CASE_NOTE = "<details open ontoggle=\"window.__pwned='case'\">案例</details>";
    /** Cells of an imported file: formulas, a tab and a carriage-return prefix, and markup. */
    static final String IMPORT_NAME = "@SUM(1+1)<img src=x onerror=\"window.__pwned='import'\">";

    static final String IMPORT_MODEL = "-2+3+cmd|' /C calc'!A0";
    /** More than a field takes: must be refused or cut, never break a page. */
    static final String OVERSIZE = "<b>" + "长".repeat(5000) + "</b>";

    private HostileCorpus() {}

    /** The plate as the app keeps it: capitals, no spaces. */
    static String plate() {
        return PLATE.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
    }

    /** How a browser shows text: runs of white space (and the two line separators) become one space. */
    static String asShown(String text) {
        return text.replaceAll("[\\s\u2028\u2029]+", " ").strip();
    }
}
