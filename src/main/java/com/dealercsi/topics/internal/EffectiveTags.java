package com.dealercsi.topics.internal;

import com.dealercsi.topics.CommentTag;
import com.dealercsi.topics.CommentTags;
import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;

/**
 * The tags in force: the tagger's, with every word of staff laid over them. Staff win on every topic they spoke
 * about, whatever the tagger says on a later run, so a correction survives a new dictionary or a re-tagging.
 */
final class EffectiveTags {

    private EffectiveTags() {}

    static List<CommentTag> apply(Collection<CommentTag> machine, Collection<StaffWord> staff) {
        var tags = new EnumMap<Topic, CommentTag>(Topic.class);
        machine.forEach(tag -> tags.put(tag.topic(), new CommentTag(tag.topic(), tag.sentiment(), false)));
        for (var word : staff) {
            if (word.present()) {
                tags.put(word.topic(), new CommentTag(word.topic(), sentimentOf(word), true));
            } else {
                tags.remove(word.topic());
            }
        }
        return List.copyOf(tags.values());
    }

    /** The machine's tags as kept in one column: {@code SI.WAITING:NEGATIVE,VP.VALUE:POSITIVE}. */
    static String encode(CommentTags tags) {
        var parts = new ArrayList<String>();
        for (var tag : machine(tags)) {
            parts.add(tag.topic().code() + ":" + tag.sentiment().name());
        }
        return String.join(",", parts);
    }

    /**
     * The tagger's topics with the feeling each is counted with. A topic named in a clause without a feeling word
     * ("dirty, fingerprints all over the wheel") takes the comment's feeling when the whole comment is one way;
     * in a mixed comment it stays neutral rather than be guessed.
     */
    static List<CommentTag> machine(CommentTags tags) {
        var overall = tags.sentiment();
        var oneWay = overall == Sentiment.POSITIVE || overall == Sentiment.NEGATIVE;
        return tags.mentions().stream()
                .map(mention -> new CommentTag(
                        mention.topic(),
                        mention.sentiment() == Sentiment.NEUTRAL && oneWay ? overall : mention.sentiment(),
                        false))
                .toList();
    }

    /** Reads {@link #encode}'s form; a topic no longer known is left out. */
    static List<CommentTag> decode(String encoded) {
        var tags = new ArrayList<CommentTag>();
        for (var part : encoded.split(",")) {
            var colon = part.lastIndexOf(':');
            if (colon <= 0) {
                continue;
            }
            var sentiment = Sentiment.valueOf(part.substring(colon + 1));
            Topic.of(part.substring(0, colon)).ifPresent(topic -> tags.add(new CommentTag(topic, sentiment, false)));
        }
        return tags;
    }

    private static Sentiment sentimentOf(StaffWord word) {
        var sentiment = word.sentiment();
        if (sentiment == null) {
            throw new IllegalStateException("A present topic has a sentiment");
        }
        return sentiment;
    }
}
