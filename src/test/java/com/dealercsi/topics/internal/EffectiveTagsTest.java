package com.dealercsi.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.CommentTag;
import com.dealercsi.topics.CommentTags;
import com.dealercsi.topics.Sentiment;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.TopicMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveTagsTest {

    private static final List<CommentTag> MACHINE = List.of(
            new CommentTag(Topic.WAITING, Sentiment.NEGATIVE, false),
            new CommentTag(Topic.VALUE, Sentiment.POSITIVE, false));

    @Test
    void without_staff_words_the_machine_tags_are_in_force() {
        assertThat(EffectiveTags.apply(MACHINE, List.of())).isEqualTo(MACHINE);
    }

    @Test
    void staff_remove_a_topic_add_one_and_turn_the_sentiment_of_another() {
        var inForce = EffectiveTags.apply(
                MACHINE,
                List.of(
                        StaffWords.absent(Topic.WAITING),
                        StaffWords.present(Topic.CAR_CLEAN, Sentiment.NEGATIVE),
                        StaffWords.present(Topic.VALUE, Sentiment.NEGATIVE)));

        assertThat(inForce)
                .containsExactly(
                        new CommentTag(Topic.VALUE, Sentiment.NEGATIVE, true),
                        new CommentTag(Topic.CAR_CLEAN, Sentiment.NEGATIVE, true));
    }

    @Test
    void a_removed_topic_stays_removed_when_the_tagger_finds_it_again() {
        var retagged = List.of(new CommentTag(Topic.WAITING, Sentiment.MIXED, false));

        assertThat(EffectiveTags.apply(retagged, List.of(StaffWords.absent(Topic.WAITING))))
                .isEmpty();
    }

    @Test
    void the_machine_tags_survive_their_column() {
        var tags = new CommentTags(
                Language.ZH_CN,
                List.of(
                        new TopicMention(Topic.WAITING, Sentiment.NEGATIVE, List.of("等")),
                        new TopicMention(Topic.CHARGES_EXPLAINED, Sentiment.MIXED, List.of("费用"))),
                Sentiment.MIXED);

        var encoded = EffectiveTags.encode(tags);

        assertThat(encoded).isEqualTo("SI.WAITING:NEGATIVE,SA.CHARGES_EXPLAINED:MIXED");
        assertThat(EffectiveTags.decode(encoded))
                .containsExactly(
                        new CommentTag(Topic.WAITING, Sentiment.NEGATIVE, false),
                        new CommentTag(Topic.CHARGES_EXPLAINED, Sentiment.MIXED, false));
        assertThat(EffectiveTags.decode("")).isEmpty();
        assertThat(EffectiveTags.decode("XX.GONE:NEGATIVE")).isEmpty();
    }

    @Test
    void a_topic_without_its_own_feeling_takes_a_one_way_comments_feeling_but_not_a_mixed_ones() {
        var neutralTopic = List.of(new TopicMention(Topic.CAR_CLEAN, Sentiment.NEUTRAL, List.of("fingerprints")));

        assertThat(EffectiveTags.machine(new CommentTags(Language.EN, neutralTopic, Sentiment.NEGATIVE)))
                .containsExactly(new CommentTag(Topic.CAR_CLEAN, Sentiment.NEGATIVE, false));
        assertThat(EffectiveTags.machine(new CommentTags(Language.EN, neutralTopic, Sentiment.MIXED)))
                .containsExactly(new CommentTag(Topic.CAR_CLEAN, Sentiment.NEUTRAL, false));
        assertThat(EffectiveTags.machine(new CommentTags(
                        Language.EN,
                        List.of(new TopicMention(Topic.ATTITUDE, Sentiment.POSITIVE, List.of("friendly"))),
                        Sentiment.NEGATIVE)))
                .containsExactly(new CommentTag(Topic.ATTITUDE, Sentiment.POSITIVE, false));
    }
}
