package com.dealercsi.shared;

import java.util.List;

/** Sentences put together from parts, the same way everywhere. */
public final class Texts {

    private Texts() {
    }

    /**
     * Parts joined by a middle dot ({@code 赠送保养 · 保养券}); after a Chinese sentence mark the space before the dot
     * goes ({@code 赠送一次免费保养。· 保养券}), as a Chinese typesetter would set it. Empty parts are left out.
     */
    public static String dotted(List<String> parts) {
        var text = new StringBuilder();
        for (var part : parts) {
            if (part.isBlank()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append(endsWithFullWidthMark(text) ? "· " : " · ");
            }
            text.append(part.strip());
        }
        return text.toString();
    }

    private static boolean endsWithFullWidthMark(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return "。！？；：，、）」』】".indexOf(last) >= 0;
    }
}
