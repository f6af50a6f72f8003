package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A word an administrator added to the dealer dictionary, with who added it and when. */
public record DictionaryWord(
        long id,
        Language language,
        String term,
        WordRole role,
        @Nullable Topic topic,
        String addedBy,
        Instant addedAt) {

    public DictionaryEntry entry() {
        return new DictionaryEntry(language, term, role, topic);
    }
}
