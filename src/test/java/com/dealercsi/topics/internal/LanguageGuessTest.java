package com.dealercsi.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {

    @Test
    void the_given_language_is_kept_when_the_comment_is_written_in_it() {
        assertThat(LanguageGuess.of("很好 ok", Language.ZH_CN)).isEqualTo(Language.ZH_CN);
        assertThat(LanguageGuess.of("great", Language.EN)).isEqualTo(Language.EN);
    }

    @Test
    void a_comment_in_the_other_script_gets_that_language() {
        assertThat(LanguageGuess.of("great", Language.ZH_CN)).isEqualTo(Language.EN);
        assertThat(LanguageGuess.of("很好", Language.EN)).isEqualTo(Language.ZH_CN);
    }

    @Test
    void a_mixed_comment_gets_the_language_most_of_it_is_written_in() {
        assertThat(LanguageGuess.of("服务顾问很nice", null)).isEqualTo(Language.ZH_CN);
        assertThat(LanguageGuess.of("服务顾问 was very nice, price ok", null)).isEqualTo(Language.EN);
    }

    @Test
    void a_comment_without_letters_keeps_the_given_language() {
        assertThat(LanguageGuess.of("👍👍", Language.EN)).isEqualTo(Language.EN);
        assertThat(LanguageGuess.of("123", null)).isEqualTo(Language.ZH_CN);
    }
}
