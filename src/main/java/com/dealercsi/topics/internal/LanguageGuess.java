package com.dealercsi.topics.internal;

import com.dealercsi.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Which language a comment is in, by its script: the owner's language as the visit gave it, unless the comment is
 * written in the other script or mixes both, as owners do ("服务顾问很nice"). In a mix the larger part wins, a
 * Chinese character counting for about two thirds of an English word.
 */
final class LanguageGuess {

    private LanguageGuess() {}

    static Language of(String text, @Nullable Language given) {
        int han = 0;
        int latinWords = 0;
        boolean inLatinWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean latin = Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            if (TextNormalizer.isHan(c)) {
                han++;
            } else if (latin && !inLatinWord) {
                latinWords++;
            }
            inLatinWord = latin;
            i += Character.charCount(c);
        }
        if (han == 0 && latinWords == 0) {
            return given != null ? given : Language.ZH_CN;
        }
        if (given != null && (given == Language.ZH_CN ? latinWords == 0 : han == 0)) {
            return given;
        }
        return han * 2 >= latinWords * 3 ? Language.ZH_CN : Language.EN;
    }
}
