package com.dealercsi.topics;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A comment's topics and sentiment in force, staff corrections applied.
 *
 * @param sentimentByStaff whether staff set the sentiment rather than the tagger
 * @param correctedBy the name of the last member of staff who corrected it, or null
 */
public record TaggedComment(
        List<CommentTag> tags,
        Sentiment sentiment,
        boolean sentimentByStaff,
        @Nullable String correctedBy,
        @Nullable Instant correctedAt) {

    public TaggedComment {
        tags = List.copyOf(tags);
    }
}
