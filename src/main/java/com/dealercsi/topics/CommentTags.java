package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the tagger found in one comment: its language (as given, or as detected when not given or mixed), the topics
 * it speaks of, and its overall sentiment.
 */
public record CommentTags(Language language, List<TopicMention> mentions, Sentiment sentiment) {

    public CommentTags {
        mentions = List.copyOf(mentions);
    }

    public Set<Topic> topics() {
        var topics = EnumSet.noneOf(Topic.class);
        mentions.forEach(m -> topics.add(m.topic()));
        return topics;
    }

    public Optional<TopicMention> mention(Topic topic) {
        return mentions.stream().filter(m -> m.topic() == topic).findFirst();
    }
}
