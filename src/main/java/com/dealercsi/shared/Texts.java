package com.dealercsi.shared;

import java.util.List;

/** Sentences put together from parts, the same way everywhere. */
public final class Texts {

    private Texts() {}

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

    /**
     * A generated Chinese sentence with a space where Chinese meets Latin letters or digits ("为您的迈腾 330TSI 进行维修"),
     * as Chinese typesetting sets them; sentences without Chinese are returned as they are.
     */
    public static String spacedBetweenChineseAndLatin(String sentence) {
        return CJK_THEN_LATIN
                .matcher(LATIN_THEN_CJK.matcher(sentence).replaceAll("$1 $2"))
                .replaceAll("$1 $2");
    }

    private static final java.util.regex.Pattern CJK_THEN_LATIN =
            java.util.regex.Pattern.compile("([\\p{IsHan}])([A-Za-z0-9])");
    private static final java.util.regex.Pattern LATIN_THEN_CJK =
            java.util.regex.Pattern.compile("([A-Za-z0-9])([\\p{IsHan}])");

    private static boolean endsWithFullWidthMark(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return "。！？；：，、）」』】".indexOf(last) >= 0;
    }
}
