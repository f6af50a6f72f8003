package com.dealercsi.topics;

import java.util.List;

/**
 * One topic found in a comment, with how the owner feels about it and the words that made the tagger say so, so that
 * staff can see why a comment carries a tag before they correct it.
 */
public record TopicMention(Topic topic, Sentiment sentiment, List<String> triggers) {

    public TopicMention {
        triggers = List.copyOf(triggers);
    }
}
