package com.dealercsi.topics.internal;

import com.dealercsi.topics.DictionaryEntry;
import com.dealercsi.topics.WordRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dealer dictionary compiled for matching: every term under the key its words make (Chinese words joined
 * without, English ones with a space, English plurals reduced), the parts of {@code a+b} terms as cues, and the
 * English words one typing slip away ("recieved", "waitng"), found through their one-letter deletions.
 */
final class Lexicon {

    /** English words shorter than this are too easily one slip from another word to be corrected. */
    private static final int SHORTEST_CORRECTED_WORD = 5;

    private final Map<String, List<DictionaryEntry>> byKey = new HashMap<>();
    private final List<Combination> combinations = new ArrayList<>();
    private final Map<String, String> slips = new HashMap<>();
    private final Set<String> chineseWords = new HashSet<>();
    private final Set<String> beginnings = new HashSet<>();
    private int longestKeyInWords = 1;

    record Combination(DictionaryEntry entry, List<String> parts) {}

    Lexicon(List<DictionaryEntry> entries) {
        for (var entry : entries) {
            var normalized = TextNormalizer.normalize(entry.term());
            if (normalized.contains("+")) {
                var parts = new ArrayList<String>();
                for (var part : normalized.split("\\+")) {
                    var key = register(part.strip(), null);
                    parts.add(key);
                }
                combinations.add(new Combination(entry, List.copyOf(parts)));
            } else {
                register(normalized, entry);
            }
        }
        for (var key : byKey.keySet()) {
            if (!key.contains(" ") && !TextNormalizer.containsHan(key) && key.length() >= SHORTEST_CORRECTED_WORD) {
                for (var deletion : deletions(key)) {
                    slips.putIfAbsent(deletion, key);
                }
            }
        }
        phrasesKeepTheFeelingOfTheirWords();
        feelingWordsKeepTheTopicOfTheirWords();
        for (var key : byKey.keySet()) {
            for (int end = 1; end <= key.length(); end++) {
                beginnings.add(key.substring(0, end));
            }
        }
    }

    /**
     * 效率太低 complains and names waiting, as 效率 alone would; "too slow" likewise. Only words of two characters or
     * more are looked for inside a Chinese term, so that a single character does not make a topic.
     */
    private void feelingWordsKeepTheTopicOfTheirWords() {
        var topicKeys = byKey.entrySet().stream()
                .filter(e -> e.getValue().stream()
                        .anyMatch(entry -> entry.role() == WordRole.TOPIC
                                || entry.role() == WordRole.TOPIC_BAD
                                || entry.role() == WordRole.TOPIC_GOOD))
                .map(Map.Entry::getKey)
                .toList();
        for (var feeling : byKey.entrySet()) {
            var entries = feeling.getValue();
            var key = feeling.getKey();
            if (entries.isEmpty() || entries.stream().anyMatch(e -> e.topic() != null)) {
                continue;
            }
            boolean han = TextNormalizer.containsHan(key);
            for (var topicKey : topicKeys) {
                boolean inside = han
                        ? topicKey.length() >= 2 && !topicKey.equals(key) && key.contains(topicKey)
                        : key.contains(" ") && List.of(key.split(" ")).contains(topicKey);
                if (inside) {
                    byKey.get(topicKey).stream()
                            .filter(e -> e.topic() != null && e.role() != WordRole.TOPIC_FALLBACK)
                            .forEach(e ->
                                    entries.add(new DictionaryEntry(e.language(), key, WordRole.TOPIC, e.topic())));
                }
            }
        }
    }

    /** "good job" names workmanship and praises it, as "good" alone would. */
    private void phrasesKeepTheFeelingOfTheirWords() {
        for (var phrase : byKey.entrySet()) {
            var entries = phrase.getValue();
            if (!phrase.getKey().contains(" ")
                    || entries.isEmpty()
                    || entries.stream().anyMatch(e -> isFeeling(e.role()))) {
                continue;
            }
            var language = entries.getFirst().language();
            Arrays.stream(phrase.getKey().split(" "))
                    .flatMap(word -> byKey.getOrDefault(word, List.of()).stream())
                    .filter(e -> isFeeling(e.role()))
                    .findFirst()
                    .ifPresent(feeling -> entries.add(DictionaryEntry.word(language, feeling.role(), phrase.getKey())));
        }
    }

    private static boolean isFeeling(WordRole role) {
        return role == WordRole.POSITIVE || role == WordRole.NEGATIVE;
    }

    private String register(String term, @Nullable DictionaryEntry entry) {
        var tokens = TextNormalizer.containsHan(term)
                ? List.of(Token.of(term.replace(" ", "")))
                : Tokenizer.latinTokens(term);
        var key = keyOf(tokens, 0, tokens.size());
        var list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (entry != null) {
            list.add(entry);
        }
        if (TextNormalizer.containsHan(key)) {
            chineseWords.add(key);
        }
        // a Chinese term may come out of the segmenter as one word per character
        longestKeyInWords = Math.max(longestKeyInWords, TextNormalizer.containsHan(key) ? key.length() : tokens.size());
        return key;
    }

    /** What words {@code from} to {@code to} look like to the dictionary. */
    static String keyOf(List<Token> tokens, int from, int to) {
        var key = new StringBuilder();
        for (int i = from; i < to; i++) {
            var token = tokens.get(i);
            if (i > from && !token.han() && !tokens.get(i - 1).han()) {
                key.append(' ');
            }
            key.append(token.han() ? token.text() : singular(token.text()));
        }
        return key.toString();
    }

    /** Owners write "seats" and "seat", "charges" and "charge"; the dictionary need not list both. */
    static String singular(String word) {
        if (word.length() > 3
                && word.endsWith("s")
                && !word.endsWith("ss")
                && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static Set<String> deletions(String word) {
        var deletions = new HashSet<String>();
        for (int i = 0; i < word.length(); i++) {
            deletions.add(word.substring(0, i) + word.substring(i + 1));
        }
        return deletions;
    }

    List<DictionaryEntry> find(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** Whether some term starts with these words, so that a longer match is worth trying. */
    boolean beginsATerm(String key) {
        return beginnings.contains(key);
    }

    boolean knows(String key) {
        return byKey.containsKey(key);
    }

    /**
     * The dictionary word an English word is one typing slip from, if there is one. Only the two commonest slips are
     * mended, a letter left out ("waitng") and two letters swapped ("recieved"): a letter typed for another is too
     * often another real word ("change" for "charge").
     */
    String corrected(String word) {
        if (word.length() < SHORTEST_CORRECTED_WORD - 1 || byKey.containsKey(word)) {
            return word;
        }
        var leftOut = slips.get(word);
        if (leftOut != null && !leftOut.equals(word) && sameEnds(leftOut, word)) {
            return leftOut;
        }
        if (word.length() >= SHORTEST_CORRECTED_WORD) {
            var letters = word.toCharArray();
            for (int i = 1; i + 1 < letters.length - 1; i++) {
                swap(letters, i);
                var swapped = new String(letters);
                swap(letters, i);
                if (byKey.containsKey(swapped)) {
                    return swapped;
                }
            }
        }
        return word;
    }

    private static void swap(char[] letters, int i) {
        char first = letters[i];
        letters[i] = letters[i + 1];
        letters[i + 1] = first;
    }

    /** A slip keeps the first and last letter; "charge" is not a slip of "charger". */
    private static boolean sameEnds(String known, String word) {
        return known.charAt(0) == word.charAt(0) && known.charAt(known.length() - 1) == word.charAt(word.length() - 1);
    }

    int longestKeyInWords() {
        return longestKeyInWords;
    }

    List<Combination> combinations() {
        return combinations;
    }

    Set<String> chineseWords() {
        return chineseWords;
    }
}
