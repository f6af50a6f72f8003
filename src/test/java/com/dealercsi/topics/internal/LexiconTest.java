package com.dealercsi.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.topics.DictionaryEntry;
import com.dealercsi.topics.Topic;
import com.dealercsi.topics.WordRole;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    private final Lexicon lexicon = new Lexicon(List.of(
            DictionaryEntry.topic(Language.EN, Topic.WAITING, "waiting"),
            DictionaryEntry.topic(Language.EN, Topic.VALUE, "charge"),
            DictionaryEntry.topic(Language.EN, Topic.WORKMANSHIP, "good job"),
            DictionaryEntry.word(Language.EN, WordRole.POSITIVE, "good"),
            DictionaryEntry.topic(Language.ZH_CN, Topic.WAITING, "效率"),
            DictionaryEntry.word(Language.ZH_CN, WordRole.NEGATIVE, "效率太低"),
            DictionaryEntry.topic(Language.ZH_CN, Topic.CHARGES_EXPLAINED, "费用+解释")));

    @Test
    void a_letter_left_out_or_two_letters_swapped_are_mended() {
        assertThat(lexicon.corrected("waitng")).isEqualTo("waiting");
        assertThat(lexicon.corrected("wiating")).isEqualTo("waiting");
    }

    @Test
    void a_real_word_one_letter_from_a_dictionary_word_is_left_alone() {
        assertThat(lexicon.corrected("change")).isEqualTo("change");
        assertThat(lexicon.corrected("wait")).isEqualTo("wait");
    }

    @Test
    void plurals_meet_the_singular_and_short_words_keep_their_s() {
        assertThat(Lexicon.singular("charges")).isEqualTo("charge");
        assertThat(Lexicon.singular("glass")).isEqualTo("glass");
        assertThat(Lexicon.singular("was")).isEqualTo("was");
    }

    @Test
    void a_phrase_keeps_the_feeling_of_its_words() {
        assertThat(lexicon.find("good job"))
                .extracting(DictionaryEntry::role)
                .contains(WordRole.TOPIC, WordRole.POSITIVE);
    }

    @Test
    void a_feeling_word_keeps_the_topic_of_the_words_inside_it() {
        assertThat(lexicon.find("效率太低")).extracting(DictionaryEntry::topic).contains(Topic.WAITING);
    }

    @Test
    void the_parts_of_a_combination_are_known_words_and_chinese_words_go_to_the_segmenter() {
        assertThat(lexicon.knows("费用")).isTrue();
        assertThat(lexicon.knows("解释")).isTrue();
        assertThat(lexicon.combinations()).hasSize(1);
        assertThat(lexicon.chineseWords()).contains("效率", "效率太低", "费用", "解释");
    }
}
