package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * One word or phrase of the dealer dictionary. Terms are written as owners write them; English phrases with spaces
 * match whole words in order, and {@code 车里+脏} matches when both parts stand in the same part of a comment.
 */
public record DictionaryEntry(
        Language language,
        String term,
        WordRole role,
        @Nullable Topic topic) {

    public DictionaryEntry {
        if (term.isBlank()) {
            throw new IllegalArgumentException("A dictionary term must not be blank");
        }
        if (role.namesTopic() != (topic != null)) {
            throw new IllegalArgumentException(
                    "A " + role + " entry " + (topic == null ? "needs a topic" : "takes no topic") + ": " + term);
        }
        term = term.strip();
    }

    public static DictionaryEntry topic(Language language, Topic topic, String term) {
        return new DictionaryEntry(language, term, WordRole.TOPIC, topic);
    }

    public static DictionaryEntry word(Language language, WordRole role, String term) {
        return new DictionaryEntry(language, term, role, null);
    }
}
