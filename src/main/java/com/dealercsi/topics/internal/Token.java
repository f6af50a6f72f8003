package com.dealercsi.topics.internal;

/** One word of a comment, after normalising; {@code han} when it holds Chinese characters. */
record Token(String text, boolean han) {

    static Token of(String text) {
        return new Token(text, TextNormalizer.containsHan(text));
    }

    boolean isQuote() {
        return text.length() == 1 && "\"'“”「」『』".indexOf(text.charAt(0)) >= 0;
    }
}
