package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import java.time.Period;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The default privacy notice: both languages say what is kept, why, how long, who sees it and how to ask. */
class DefaultPrivacyNoticeTest {

    private static final StoreRef STORE =
            new StoreRef(UUID.randomUUID(), "SH01", "上海浦东店", ZoneId.of("Asia/Shanghai"), "021-5555-0100");

    @Test
    void the_english_notice_names_every_kind_of_data_the_period_the_store_and_its_phone() {
        var text = notice(Period.ofMonths(24)).text(STORE, Language.EN);

        assertThat(text)
                .contains("name", "mobile number", "e-mail address", "plate", "VIN", "answers and comments")
                .contains("24 months", "anonymised", "scores are kept")
                .contains("copy of your data", "erased")
                .contains("上海浦东店", "021-5555-0100")
                .contains("car's plate") // MessageFormat's doubled apostrophe reads as one
                .doesNotContain("{", "}", "''");
    }

    @Test
    void the_chinese_notice_says_the_same_in_simplified_chinese() {
        var text = notice(Period.ofMonths(24)).text(STORE, Language.ZH_CN);

        assertThat(text)
                .contains("姓名", "手机号码", "电子邮箱", "车牌号", "车架号", "评分和意见")
                .contains("24 个月", "匿名化", "评分")
                .contains("副本", "删除")
                .contains("上海浦东店", "021-5555-0100")
                .doesNotContain("{", "}", "notice.");
    }

    @Test
    void the_period_follows_the_retention_setting() {
        assertThat(notice(Period.ofMonths(36)).text(STORE, Language.EN)).contains("36 months");
        assertThat(notice(Period.ofMonths(36)).text(STORE, Language.ZH_CN)).contains("36 个月");
        assertThat(notice(Period.of(0, 18, 15)).period(Language.EN)).isEqualTo("18 months and 15 days");
        assertThat(notice(Period.ofDays(90)).period(Language.ZH_CN)).isEqualTo("90天");
    }

    @Test
    void a_store_without_a_phone_sends_owners_to_its_service_reception() {
        var noPhone = new StoreRef(STORE.id(), STORE.code(), STORE.name(), STORE.timeZone(), null);

        assertThat(notice(Period.ofMonths(24)).text(noPhone, Language.EN)).contains("service reception of 上海浦东店");
        assertThat(notice(Period.ofMonths(24)).text(noPhone, Language.ZH_CN)).contains("联系上海浦东店的售后服务前台");
    }

    @Test
    void paragraphs_are_separated_by_an_empty_line() {
        var text = notice(Period.ofMonths(24)).text(STORE, Language.EN);
        var notice = new PrivacyNotices.Notice(STORE, Language.EN, text, false, null, null);

        assertThat(notice.paragraphs()).hasSize(6);
        assertThat(notice.paragraphs().get(3)).startsWith("How long: 24 months");
    }

    private static DefaultPrivacyNotice notice(Period retention) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages-notice");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DefaultPrivacyNotice(messages, retention);
    }
}
