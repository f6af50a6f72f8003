package com.dealercsi.topics.internal;

import com.hankcs.hanlp.dictionary.other.CharTable;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Brings a comment and the dictionary's terms to one form before they meet: full-width letters and digits to
 * half-width, upper to lower case, traditional to simplified characters (owners from Hong Kong or Taiwan type
 * 乾淨 for 干净), curly apostrophes to straight ones.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    static String normalize(String text) {
        var compatible = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'');
        return CharTable.convert(compatible).toLowerCase(Locale.ROOT);
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean containsHan(String text) {
        return text.codePoints().anyMatch(TextNormalizer::isHan);
    }
}
