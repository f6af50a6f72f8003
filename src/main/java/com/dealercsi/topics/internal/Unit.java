package com.dealercsi.topics.internal;

import com.dealercsi.topics.DictionaryEntry;
import com.dealercsi.topics.WordRole;
import java.util.List;

/** A run of words that the dictionary knows, by the longest match from the left. */
record Unit(String key, String text, List<DictionaryEntry> entries, int start, int end, boolean quoted) {

    boolean has(WordRole role) {
        return entries.stream().anyMatch(e -> e.role() == role);
    }

    boolean namesTopic() {
        return entries.stream().anyMatch(e -> e.topic() != null);
    }

    int feeling() {
        int feeling = (has(WordRole.POSITIVE) ? 1 : 0) - (has(WordRole.NEGATIVE) ? 1 : 0);
        // praise in quotes is irony: 真是太"快"了
        return quoted && feeling > 0 ? -1 : feeling;
    }
}
