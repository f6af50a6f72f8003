package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.Language;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DealerDictionaryTest {

    @Test
    void the_standard_dictionary_names_every_topic_in_both_languages() {
        var dictionary = DealerDictionary.standard();

        for (var language : Language.values()) {
            var named = dictionary.entries(language).stream()
                    .map(DictionaryEntry::topic)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            assertThat(named).as(language.tag()).containsExactlyInAnyOrder(Topic.values());
        }
    }

    @Test
    void the_standard_dictionary_has_negations_and_degree_words_in_both_languages() {
        var dictionary = DealerDictionary.standard();

        for (var language : Language.values()) {
            assertThat(dictionary.entries(language))
                    .extracting(DictionaryEntry::role)
                    .contains(WordRole.NEGATOR, WordRole.INTENSIFIER, WordRole.POSITIVE, WordRole.NEGATIVE);
        }
        assertThat(dictionary.entries(Language.ZH_CN))
                .filteredOn(e -> e.role() == WordRole.NEGATOR)
                .extracting(DictionaryEntry::term)
                .contains("不", "没有", "没", "未");
        assertThat(dictionary.entries(Language.EN))
                .filteredOn(e -> e.role() == WordRole.NEGATOR)
                .extracting(DictionaryEntry::term)
                .contains("not", "never", "no");
    }

    @Test
    void a_line_gives_one_entry_per_term() throws Exception {
        var dictionary = DealerDictionary.parse(new StringReader("# comment\nTOPIC_BAD\tzh-CN\tWAITING\t等|排队\n"));

        assertThat(dictionary.entries())
                .containsExactly(
                        new DictionaryEntry(Language.ZH_CN, "等", WordRole.TOPIC_BAD, Topic.WAITING),
                        new DictionaryEntry(Language.ZH_CN, "排队", WordRole.TOPIC_BAD, Topic.WAITING));
    }

    @Test
    void a_wrong_line_is_refused_with_its_number() {
        assertThatThrownBy(() -> DealerDictionary.parse(new StringReader("\nTOPIC\tzh-CN\tNO_SUCH\t等\n")))
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> DealerDictionary.parse(new StringReader("NEGATOR\tzh-CN\tWAITING\t不\n")))
                .hasMessageContaining("takes no topic");
    }

    @Test
    void extending_gives_a_new_dictionary_and_leaves_the_old_one_as_it_was() {
        var standard = DealerDictionary.standard();
        var word = DictionaryEntry.topic(Language.ZH_CN, Topic.LOUNGE, "代步车");

        var extended = standard.extend(List.of(word, word));

        assertThat(extended.entries()).contains(word).hasSize(standard.entries().size() + 1);
        assertThat(standard.entries()).doesNotContain(word);
    }

    @Test
    void a_topic_is_found_by_its_code_or_its_name_and_every_code_is_unique() {
        assertThat(Topic.of("SI.WAITING")).contains(Topic.WAITING);
        assertThat(Topic.of("waiting")).contains(Topic.WAITING);
        assertThat(List.of(Topic.values()).stream().map(Topic::code).distinct()).hasSize(Topic.values().length);
        assertThat(Topic.WAITING.code()).startsWith(Topic.WAITING.factor().code());
    }

    @Test
    void every_topic_and_sentiment_has_a_name_in_english_and_chinese() throws Exception {
        for (var bundle : List.of("/messages-topics.properties", "/messages-topics_zh_CN.properties")) {
            var names = new Properties();
            try (var in = new InputStreamReader(
                    Objects.requireNonNull(getClass().getResourceAsStream(bundle)), StandardCharsets.UTF_8)) {
                names.load(in);
            }
            for (var topic : Topic.values()) {
                assertThat(names.getProperty(topic.messageKey()))
                        .as(bundle + " " + topic)
                        .isNotBlank();
            }
            for (var sentiment : Sentiment.values()) {
                assertThat(names.getProperty(sentiment.messageKey()))
                        .as(bundle + " " + sentiment)
                        .isNotBlank();
            }
        }
    }
}
