package com.dealercsi.topics.internal;

import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.Topic;

/** Staff's words as the public service hands them to {@link TagStore#correct}. */
public final class StaffWords {

    private StaffWords() {}

    public static StaffWord present(Topic topic, Sentiment sentiment) {
        return new StaffWord(topic, true, sentiment);
    }

    public static StaffWord absent(Topic topic) {
        return new StaffWord(topic, false, null);
    }
}
