package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A store's privacy notice: the default until an administrator words it, per language, audited (ADR 0053). */
class PrivacyNoticesIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    PrivacyNotices notices;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_store_shows_the_default_notice_with_its_name_phone_and_the_retention_period_until_it_writes_its_own() {
        var store = stores.create();

        var notice = notices.of(store.store().id(), Language.ZH_CN);

        assertThat(notice.custom()).isFalse();
        assertThat(notice.text()).contains(store.store().name(), "021-5555-0000", "24 个月");
        assertThat(notices.find(store.code(), Language.EN).orElseThrow().text()).contains("24 months");
        assertThat(notices.find(store.store().id().toString(), Language.EN)).isPresent();
        assertThat(notices.find("no-such-store", Language.EN)).isEmpty();
    }

    @Test
    void an_administrator_words_the_notice_per_language_and_each_change_is_audited() {
        var store = stores.create();
        var id = store.store().id();

        TestStores.asAdmin(() -> {
            notices.save(id, Language.EN, "  Our own notice.\n\nCall us.  ");
            return null;
        });

        var english = notices.of(id, Language.EN);
        assertThat(english.custom()).isTrue();
        assertThat(english.text()).isEqualTo("Our own notice.\n\nCall us.");
        assertThat(english.paragraphs()).containsExactly("Our own notice.", "Call us.");
        assertThat(english.savedBy()).isEqualTo("test-admin");
        assertThat(notices.of(id, Language.ZH_CN).custom()).isFalse();
        assertThat(audited(id, "audit.setting.privacyNotice")).isEqualTo(1);

        TestStores.asAdmin(() -> {
            notices.reset(id, Language.EN);
            return null;
        });

        assertThat(notices.of(id, Language.EN).custom()).isFalse();
        assertThat(audited(id, "audit.setting.privacyNoticeReset")).isEqualTo(1);
    }

    @Test
    void advisors_and_store_managers_may_not_change_a_notice() {
        var store = stores.create();
        var id = store.store().id();
        var advisor = "advisor-" + store.code() + "@test.local";

        assertThatThrownBy(() -> signedIn.run(advisor, () -> notices.save(id, Language.EN, "Mine now")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(store.managerEmail(), () -> notices.reset(id, Language.EN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(advisor, () -> notices.editableStores()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(notices.of(id, Language.EN).custom()).isFalse();
        assertThat(audited(id, "audit.setting.privacyNotice")).isZero();
    }

    @Test
    void an_empty_notice_is_refused() {
        var store = stores.create();

        assertThatThrownBy(() -> TestStores.asAdmin(() -> {
                    notices.save(store.store().id(), Language.ZH_CN, " \n ");
                    return null;
                }))
                .hasCauseInstanceOf(AdministrationRejected.class)
                .hasMessageEndingWith("notice.edit.required");
        assertThatThrownBy(() -> TestStores.asAdmin(() -> {
                    notices.save(store.store().id(), Language.ZH_CN, "字".repeat(PrivacyNotices.MAX_LENGTH + 1));
                    return null;
                }))
                .hasCauseInstanceOf(AdministrationRejected.class)
                .hasMessageEndingWith("notice.edit.tooLong");
        assertThat(notices.of(store.store().id(), Language.ZH_CN).custom()).isFalse();
    }

    private int audited(java.util.UUID storeId, String subject) {
        var count = jdbc.queryForObject(
                "select count(*) from audit_entry where store_id = ? and action = 'SETTINGS_CHANGED' and subject = ?",
                Integer.class,
                storeId.toString(),
                subject);
        return count == null ? 0 : count;
    }
}
