package com.dealercsi.topics.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a normalised comment into clauses at punctuation, and each clause into words: Chinese by the segmenter,
 * English by letters and digits, an emoji or a quote mark as a word of its own. English contractions are opened
 * ("didn't" → did not) so that the negation is a word the dictionary knows.
 */
final class Tokenizer {

    private static final Pattern CLAUSE_END = Pattern.compile("[,.!?;:，。！？；：、…~\\n\\r()（）\\[\\]【】]+");
    private static final Pattern LATIN_WORD_OR_SYMBOL =
            Pattern.compile("[\\p{L}\\p{N}]+(?:'\\p{L}+)*|[^\\s\\p{L}\\p{N}\\p{M}\\x{FE0F}\\x{200D}]");

    private final ChineseSegmenter chinese;

    Tokenizer(ChineseSegmenter chinese) {
        this.chinese = chinese;
    }

    List<List<Token>> clauses(String normalized) {
        var clauses = new ArrayList<List<Token>>();
        for (var clause : CLAUSE_END.split(normalized)) {
            if (clause.isBlank()) {
                continue;
            }
            var tokens = TextNormalizer.containsHan(clause) ? chineseTokens(clause) : latinTokens(clause);
            if (!tokens.isEmpty()) {
                clauses.add(tokens);
            }
        }
        return clauses;
    }

    private List<Token> chineseTokens(String clause) {
        var tokens = new ArrayList<Token>();
        for (var word : chinese.words(clause)) {
            if (TextNormalizer.containsHan(word)) {
                tokens.add(new Token(word, true));
            } else {
                tokens.addAll(latinTokens(word));
            }
        }
        return tokens;
    }

    static List<Token> latinTokens(String text) {
        var tokens = new ArrayList<Token>();
        var words = LATIN_WORD_OR_SYMBOL.matcher(text);
        while (words.find()) {
            addOpeningContractions(words.group(), tokens);
        }
        return tokens;
    }

    private static void addOpeningContractions(String word, List<Token> tokens) {
        if (word.endsWith("n't") && word.length() > 3) {
            tokens.add(new Token(word.substring(0, word.length() - 3), false));
            tokens.add(new Token("not", false));
            return;
        }
        int apostrophe = word.indexOf('\'');
        tokens.add(new Token(apostrophe > 0 ? word.substring(0, apostrophe) : word, false));
    }
}
