package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommentTaggerTest {

    private static CommentTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new CommentTagger();
    }

    private static CommentTags zh(String comment) {
        return tagger.tag(comment, Language.ZH_CN);
    }

    private static CommentTags en(String comment) {
        return tagger.tag(comment, Language.EN);
    }

    @Test
    void a_complaint_about_waiting_is_negative_and_names_the_words_that_said_so() {
        var tags = zh("等了三个小时，太慢了");

        assertThat(tags.topics()).containsExactly(Topic.WAITING);
        assertThat(tags.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(tags.mention(Topic.WAITING).orElseThrow().triggers()).contains("等了");
    }

    @Test
    void a_denied_complaint_is_praise_in_chinese() {
        assertThat(zh("不慢").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(zh("没有等很久").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(zh("没有等很久").topics()).containsExactly(Topic.WAITING);
        assertThat(zh("不用排队").sentiment()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void denied_praise_is_a_complaint_in_chinese() {
        assertThat(zh("不是很满意").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(zh("车没洗干净").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(zh("车没洗干净").topics()).containsExactly(Topic.CAR_CLEAN);
    }

    @Test
    void negation_turns_the_feeling_round_in_english() {
        assertThat(en("not bad").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(en("The wait wasn't long").sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(en("not very happy").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(en("never friendly").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(en("No queue at all").sentiment()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void two_negations_cancel() {
        assertThat(zh("没有什么不满意的").sentiment()).isEqualTo(Sentiment.POSITIVE);
    }

    @Test
    void something_missing_is_a_complaint_about_its_topic() {
        var chinese = zh("没人接待");
        var english = en("They didn't wash the car");

        assertThat(chinese.topics()).containsExactly(Topic.RECEPTION);
        assertThat(chinese.sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(english.topics()).containsExactly(Topic.CAR_CLEAN);
        assertThat(english.sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void synonyms_lead_to_the_same_topic() {
        for (var comment : List.of("工时费太贵", "价格不合理", "性价比太低了", "太坑了")) {
            assertThat(zh(comment).topics()).as(comment).contains(Topic.VALUE);
        }
        for (var comment : List.of("way too expensive", "overpriced", "poor value for money", "ripped off")) {
            assertThat(en(comment).topics()).as(comment).contains(Topic.VALUE);
        }
    }

    @Test
    void dealer_words_are_segmented_as_one_word_not_found_inside_others() {
        assertThat(zh("洗车很干净").mention(Topic.CAR_CLEAN).orElseThrow().triggers())
                .containsExactly("洗车");
        // 等 inside 等等 or 平等 is no wait: the segmenter keeps those words whole
        assertThat(zh("服务很平等").topics()).doesNotContain(Topic.WAITING);
    }

    @Test
    void praise_and_complaint_in_one_comment_is_mixed_and_each_topic_keeps_its_own_feeling() {
        var tags = zh("态度挺好的，但是价格太贵");

        assertThat(tags.sentiment()).isEqualTo(Sentiment.MIXED);
        assertThat(tags.mention(Topic.ATTITUDE).orElseThrow().sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(tags.mention(Topic.VALUE).orElseThrow().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(en("Great service but the wait was a bit long").sentiment()).isEqualTo(Sentiment.MIXED);
    }

    @Test
    void praise_in_quotes_is_irony() {
        assertThat(zh("真是太“快”了，等了四个小时").sentiment()).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void a_wish_praises_nothing_but_still_tells_of_a_complaint() {
        assertThat(zh("希望休息区能有咖啡").sentiment()).isEqualTo(Sentiment.NEUTRAL);
        assertThat(zh("希望下次不要等这么久").sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(en("It would be nice to have a charger in the lounge").sentiment())
                .isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void an_empty_or_blank_comment_has_no_topic_and_is_neutral() {
        for (var comment : List.of("", "   ", "\n", "无", "none", "。。。")) {
            var tags = tagger.tag(comment, null);
            assertThat(tags.topics()).as(comment).isEmpty();
            assertThat(tags.sentiment()).as(comment).isEqualTo(Sentiment.NEUTRAL);
        }
    }

    @Test
    void markup_is_read_as_text_and_never_comes_back_as_a_trigger() {
        var script = tagger.tag("</script><script>alert('x')</script>", null);
        assertThat(script.topics()).isEmpty();
        assertThat(script.sentiment()).isEqualTo(Sentiment.NEUTRAL);

        var wrapped = zh("<b onmouseover=alert(1)>洗车</b>没洗干净");
        assertThat(wrapped.topics()).containsExactly(Topic.CAR_CLEAN);
        assertThat(wrapped.mentions())
                .flatExtracting(TopicMention::triggers)
                .allSatisfy(trigger -> assertThat(trigger).doesNotContain("<", ">", "\"", "'"));
    }

    @Test
    void english_typing_slips_are_mended_but_other_real_words_are_not_taken_for_dictionary_words() {
        assertThat(en("waitng time way too long").topics()).containsExactly(Topic.WAITING);
        assertThat(en("recieved the car with a new scrach").topics()).contains(Topic.WORKMANSHIP);
        assertThat(en("oil change done").topics()).doesNotContain(Topic.VALUE);
    }

    @Test
    void the_language_is_the_given_one_unless_the_comment_is_written_in_the_other_or_mostly_in_it() {
        assertThat(tagger.tag("服务很好", Language.ZH_CN).language()).isEqualTo(Language.ZH_CN);
        assertThat(tagger.tag("服务很好", Language.EN).language()).isEqualTo(Language.ZH_CN);
        assertThat(tagger.tag("Great service", null).language()).isEqualTo(Language.EN);
        assertThat(tagger.tag("服务顾问很nice", Language.EN).language()).isEqualTo(Language.ZH_CN);
        assertThat(tagger.tag("服务顾问 was very nice, price ok", Language.ZH_CN).language())
                .isEqualTo(Language.EN);
    }

    @Test
    void a_comment_mixing_languages_is_tagged_in_both() {
        var tags = tagger.tag("服务顾问很nice，but the price is too expensive", null);

        assertThat(tags.topics()).contains(Topic.ATTITUDE, Topic.VALUE);
        assertThat(tags.sentiment()).isEqualTo(Sentiment.MIXED);
    }

    @Test
    void traditional_characters_and_full_width_letters_are_read_like_simplified_and_half_width() {
        assertThat(zh("車洗得很乾淨").topics()).containsExactly(Topic.CAR_CLEAN);
        assertThat(en("ＷＡＩＴＥＤ　ＦＯＲＥＶＥＲ").topics()).containsExactly(Topic.WAITING);
    }

    @Test
    void a_very_long_comment_is_tagged_from_its_beginning_without_failing() {
        var tags = zh("等了很久。".repeat(5_000));

        assertThat(tags.topics()).containsExactly(Topic.WAITING);
    }

    @Test
    void an_administrators_word_is_used_from_the_next_comment_on() {
        var own = new CommentTagger();
        assertThat(own.tag("代步车太旧了", Language.ZH_CN).topics()).isEmpty();

        own.extend(List.of(DictionaryEntry.topic(Language.ZH_CN, Topic.LOUNGE, "代步车")));

        assertThat(own.tag("代步车太旧了", Language.ZH_CN).topics()).containsExactly(Topic.LOUNGE);
        assertThat(tagger.tag("代步车太旧了", Language.ZH_CN).topics())
                .as("other taggers")
                .isEmpty();
    }

    @Test
    void many_threads_tag_at_once_with_the_same_results_as_one() throws Exception {
        var comments = List.of("等了三个小时，太慢了", "Friendly staff, but prices are too high", "洗车没洗干净", "not bad");
        var expected = comments.stream().map(c -> tagger.tag(c, null)).toList();
        try (var pool = Executors.newFixedThreadPool(8)) {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < 400; i++) {
                int n = i % comments.size();
                Callable<Boolean> same = () -> tagger.tag(comments.get(n), null).equals(expected.get(n));
                results.add(pool.submit(same));
            }
            for (var result : results) {
                assertThat(result.get()).isTrue();
            }
        }
    }
}
