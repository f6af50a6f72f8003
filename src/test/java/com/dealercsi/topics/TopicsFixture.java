package com.dealercsi.topics;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.internal.TagStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Tagged answers with tags chosen by the test, stored the way the listener stores the tagger's. */
@Component
public class TopicsFixture {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final TagStore store;

    TopicsFixture(TagStore store) {
        this.store = store;
    }

    /** @param topicsAndSentiments pairs: a topic, then its sentiment */
    public UUID answer(UUID storeId, LocalDate day, @Nullable Double csi, Object... topicsAndSentiments) {
        var id = UUID.randomUUID();
        var mentions = new ArrayList<TopicMention>();
        var overall = Sentiment.NEUTRAL;
        for (int i = 0; i < topicsAndSentiments.length; i += 2) {
            var sentiment = (Sentiment) topicsAndSentiments[i + 1];
            mentions.add(new TopicMention((Topic) topicsAndSentiments[i], sentiment, List.of()));
            overall = overall.and(sentiment);
        }
        store.record(
                new TagStore.CommentRecord(CommentSource.ANSWER, id, storeId, day, noonOf(day), csi),
                new CommentTags(Language.ZH_CN, mentions, overall),
                Instant.now());
        return id;
    }

    /** The tagger runs again over a comment (a new dictionary, a replayed event) and finds these tags. */
    public void retag(UUID responseId, UUID storeId, LocalDate day, @Nullable Double csi, CommentTags tags) {
        store.record(
                new TagStore.CommentRecord(CommentSource.ANSWER, responseId, storeId, day, noonOf(day), csi),
                tags,
                Instant.now());
    }

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }
}
