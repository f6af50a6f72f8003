package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailWordingTest {

    static final Map<MailPlaceholder, String> VALUES = Map.of(
            MailPlaceholder.OWNER, "王先生",
            MailPlaceholder.STORE, "上海浦东店",
            MailPlaceholder.PHONE, "021-5555-0000",
            MailPlaceholder.MODEL, "途观L",
            MailPlaceholder.PLATE, "沪A·12345",
            MailPlaceholder.SERVICE, "保养",
            MailPlaceholder.DATE, "2026年11月27日");

    static MailWording wording(String subject, String greeting, String intro, String closing) {
        return new MailWording(subject, greeting, intro, closing);
    }

    @Test
    void placeholders_in_either_language_and_with_full_width_braces_are_filled_in() {
        var filled = wording("{门店}：{owner}的{车型}", "｛车主｝，您好", "感谢您于{日期}选择{store}为{plate}进行{服务}。", "电话 {phone}")
                .fill(VALUES);

        assertThat(filled.subject()).isEqualTo("上海浦东店：王先生的途观L");
        assertThat(filled.greeting()).isEqualTo("王先生，您好");
        assertThat(filled.intro()).containsExactly(List.of("感谢您于2026年11月27日选择上海浦东店为沪A·12345进行保养。"));
        assertThat(filled.closing()).containsExactly(List.of("电话 021-5555-0000"));
    }

    @Test
    void placeholder_names_ignore_case_and_spaces_inside_the_braces() {
        assertThat(wording("Hi { Owner }", "x", "y", "").fill(VALUES).subject()).isEqualTo("Hi 王先生");
    }

    @Test
    void a_value_that_looks_like_a_placeholder_or_template_code_is_not_filled_in_again() {
        var values = Map.of(MailPlaceholder.OWNER, "{store} [(${link})] __${7*7}__");

        assertThat(wording("{owner}", "x", "y", "").fill(values).subject()).isEqualTo("{store} [(${link})] __${7*7}__");
    }

    @Test
    void empty_lines_separate_paragraphs_and_single_line_breaks_are_kept() {
        var filled = wording("s", "g", "first line\r\nsecond line\n\n\n  next paragraph  ", "")
                .fill(VALUES);

        assertThat(filled.intro()).containsExactly(List.of("first line", "second line"), List.of("next paragraph"));
        assertThat(filled.closing()).isEmpty();
        assertThat(MailWording.Filled.asText(filled.intro())).isEqualTo("first line\nsecond line\n\nnext paragraph");
    }

    @Test
    void a_missing_value_leaves_the_placeholder_empty() {
        assertThat(wording("call {phone}!", "g", "i", "").fill(Map.of()).subject())
                .isEqualTo("call !");
    }

    @Test
    void good_texts_have_no_problems() {
        assertThat(wording("您在{门店}的服务体验如何？", "{车主}，您好：", "感谢 <b>您</b> & 家人", "").problems(Language.ZH_CN))
                .isEmpty();
    }

    @Test
    void an_unknown_placeholder_is_named_with_the_ones_that_exist_in_the_texts_language() {
        var problems = wording("Hello {customer}", "g", "i", "").problems(Language.EN);

        assertThat(problems)
                .containsExactly(new MailWording.Problem(
                        "subject",
                        "invitation.texts.error.unknownPlaceholder",
                        List.of("{customer}", "{owner}, {store}, {phone}, {model}, {plate}, {service}, {date}")));
        assertThat(wording("s", "{客户}", "i", "")
                        .problems(Language.ZH_CN)
                        .getFirst()
                        .args())
                .containsExactly("{客户}", "{车主}、{门店}、{电话}、{车型}、{车牌}、{服务}、{日期}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dear {owner       | invitation.texts.error.unclosed   | {owner",
                "Dear {own{er}     | invitation.texts.error.unclosed   | {own",
                "Dear owner}       | invitation.texts.error.strayBrace | }",
                "Dear {}           | invitation.texts.error.unknownPlaceholder | {}"
            })
    void braces_that_do_not_make_a_placeholder_are_problems(String greeting, String key, String fragment) {
        var problems = wording("s", greeting, "i", "").problems(Language.EN);

        assertThat(problems).extracting(MailWording.Problem::field).containsOnly("greeting");
        assertThat(problems.getFirst().messageKey()).isEqualTo(key);
        assertThat(problems.getFirst().args().getFirst()).isEqualTo(fragment);
    }

    @Test
    void subject_greeting_and_intro_are_required_the_closing_is_not() {
        assertThat(wording("  ", "", "\n", "").problems(Language.EN))
                .extracting(MailWording.Problem::field, MailWording.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("subject", "invitation.texts.error.required"),
                        org.assertj.core.groups.Tuple.tuple("greeting", "invitation.texts.error.required"),
                        org.assertj.core.groups.Tuple.tuple("intro", "invitation.texts.error.required"));
    }

    @Test
    void texts_longer_than_their_limit_say_the_limit_and_the_length() {
        var problems = wording("x".repeat(MailWording.SUBJECT_MAX + 1), "g", "i".repeat(MailWording.INTRO_MAX), "")
                .problems(Language.EN);

        assertThat(problems)
                .containsExactly(
                        new MailWording.Problem("subject", "invitation.texts.error.tooLong", List.of("120", "121")));
    }

    @Test
    void subject_and_greeting_stay_on_one_line() {
        assertThat(wording("a\nb", "c\nd", "e\nf", "g\nh").problems(Language.EN))
                .extracting(MailWording.Problem::field)
                .containsExactly("subject", "greeting");
    }

    @Test
    void links_are_not_allowed_in_any_text() {
        assertThat(wording("s", "g", "Visit https://shop.example.com", "www.example.cn")
                        .problems(Language.EN))
                .extracting(MailWording.Problem::field, MailWording.Problem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("intro", "invitation.texts.error.link"),
                        org.assertj.core.groups.Tuple.tuple("closing", "invitation.texts.error.link"));
    }

    @Test
    void the_default_texts_of_both_languages_have_no_problems_and_fill_every_placeholder() throws Exception {
        for (var language : Language.values()) {
            var bundle = load(
                    language == Language.EN
                            ? "/messages-invitation.properties"
                            : "/messages-invitation_zh_CN.properties");
            for (var kind : MailKind.values()) {
                var prefix = "invitation.wording." + kind.name() + ".";
                var wording = new MailWording(
                        bundle.getProperty(prefix + "subject"),
                        bundle.getProperty(prefix + "greeting"),
                        bundle.getProperty(prefix + "intro"),
                        bundle.getProperty(prefix + "closing"));

                assertThat(wording.problems(language)).as(language + " " + kind).isEmpty();
                var filled = wording.fill(VALUES);
                assertThat(filled.subject() + filled.greeting() + filled.intro() + filled.closing())
                        .as(language + " " + kind)
                        .doesNotContain("{", "}")
                        .contains("上海浦东店");
            }
        }
    }

    private static Properties load(String name) throws Exception {
        var properties = new Properties();
        try (var reader =
                new InputStreamReader(MailWordingTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
