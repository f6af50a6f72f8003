package com.dealercsi.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.DictionaryEntry;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.WordRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class NegationsTest {

    private static Unit word(WordRole role, int at) {
        return new Unit(
                "w" + at, "w" + at, List.of(DictionaryEntry.word(Language.ZH_CN, role, "w" + at)), at, at + 1, false);
    }

    private static Unit topic(int at) {
        return new Unit(
                "t" + at,
                "t" + at,
                List.of(DictionaryEntry.topic(Language.ZH_CN, Topic.WAITING, "t" + at)),
                at,
                at + 1,
                false);
    }

    @Test
    void a_negation_turns_round_the_feeling_word_even_past_a_topic_word() {
        // 没有 等 很 久: 久 is denied, not 等
        var part = List.of(word(WordRole.NEGATOR, 0), topic(1), word(WordRole.NEGATIVE, 3));

        assertThat(Negations.negatedIn(part)).containsExactly(2);
    }

    @Test
    void without_a_feeling_word_the_topic_word_is_denied() {
        var part = List.of(word(WordRole.NEGATOR, 0), topic(1));

        assertThat(Negations.negatedIn(part)).containsExactly(1);
    }

    @Test
    void a_negation_reaches_three_words_and_no_further() {
        var near = List.of(word(WordRole.NEGATOR, 0), word(WordRole.POSITIVE, 4));
        var far = List.of(word(WordRole.NEGATOR, 0), word(WordRole.POSITIVE, 5));

        assertThat(Negations.negatedIn(near)).containsExactly(1);
        assertThat(Negations.negatedIn(far)).isEmpty();
    }

    @Test
    void two_negations_of_one_word_cancel() {
        // 没有 什么 不 满意
        var part = List.of(word(WordRole.NEGATOR, 0), word(WordRole.NEGATOR, 2), word(WordRole.POSITIVE, 3));

        assertThat(Negations.negatedIn(part)).isEmpty();
    }

    @Test
    void a_negation_with_nothing_after_it_denies_nothing() {
        assertThat(Negations.negatedIn(List.of(word(WordRole.NEGATOR, 0)))).isEmpty();
    }
}
