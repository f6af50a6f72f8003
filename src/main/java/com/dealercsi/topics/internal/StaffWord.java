package com.dealercsi.topics.internal;

import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.Topic;
import org.jspecify.annotations.Nullable;

/** What staff said about one topic of a comment: it is there (with this sentiment), or it is not. */
public record StaffWord(
        Topic topic, boolean present, @Nullable Sentiment sentiment) {

    public StaffWord {
        if (present && sentiment == null) {
            throw new IllegalArgumentException("A topic staff add needs a sentiment");
        }
    }
}
