package com.dealercsi.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Text that goes into a file people open in a spreadsheet (exports, the import's rejected rows). A cell that
 * starts with {@code = + - @}, a tab or a carriage return is read by Excel and WPS as a formula, which can open
 * links or run commands (CSV injection); such text gets a leading apostrophe, so it shows as the text it is.
 * Phone numbers and signed numbers ({@code +86 138 0013 8000}, {@code -5}) are left alone: digits, spaces,
 * brackets, dots and the signs can at worst add up, never call a function.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9][0-9 ().-]*");

    private SpreadsheetText() {}

    public static @Nullable String guarded(@Nullable String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0) {
            return value;
        }
        return PLAIN_NUMBER.matcher(value).matches() ? value : "'" + value;
    }
}
