package com.dealercsi.topics;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An owner's comment gets its topic; on a phone and on a desk, the manager finds it through the dashboard's topic
 * filter, corrects its topics on the answer, and an administrator adds a word to the dictionary.
 */
class TopicsBrowserIT extends IntegrationTest {

    private static final String COMMENT = "等了三个小时才交车，太慢了";

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    ReportingData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void on_a_phone_the_topic_filter_finds_the_owners_comment_and_the_manager_corrects_it() {
        // the customer-service manager reads English, the service manager Chinese
        walk(new PhoneBrowser("en-US"), "phone-en", true, "Waiting time too long", "Remove", "Add topic");
    }

    @Test
    void on_a_desk_the_same_walk_in_chinese() {
        walk(PhoneBrowser.desktop("zh-CN"), "desk-zh", false, "等待时间过长", "移除", "添加话题");
    }

    private void walk(
            PhoneBrowser browser, String shot, boolean english, String waiting, String remove, String addTopic) {
        var store = stores.create();
        var manager = english ? store.csManagerEmail() : store.managerEmail();
        var managerName = (english ? "CS " : "经理 ") + store.code();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-TB" + shot.length() + store.code());
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(6, 7, 7, COMMENT, false));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from topic_tag where store_id = ? and topic = 'SI.WAITING'",
                                Integer.class,
                                store.store().id().toString())
                        == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from report_response where store_id = ? and has_comment = 1",
                                Integer.class,
                                store.store().id().toString())
                        == 1);
        try (browser) {
            browser.open(baseUrl() + "/dashboard");
            browser.await("input[name='username']").sendKeys(manager);
            browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            browser.awaitText(".topics-panel .topics-table", waiting);
            browser.script("document.querySelector('.topics-panel').scrollIntoView()");
            browser.screenshot("topics-panel-" + shot);

            browser.tap("#topic-filter");
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                browser.all("vaadin-select-item").stream()
                        .filter(item -> item.getText().equals(waiting))
                        .findFirst()
                        .orElseThrow()
                        .click();
                return browser.find(".topic-comments .comment-text").getText().equals(COMMENT);
            });
            browser.script("document.querySelector('.topic-comments').scrollIntoView()");
            browser.screenshot("topics-filter-" + shot);

            browser.tap(".topic-comments a.comment-meta");
            browser.find(".comment-topics .topic-tag");
            browser.script("document.querySelector('.comment-topics').scrollIntoView()");
            browser.screenshot("topics-correction-" + shot);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> String.valueOf(browser.script(
                                    "return document.querySelector('.comment-topics .topic-tags').textContent"))
                            .contains(waiting));
            assertThat(browser.find(".comment-topics").getText()).contains(remove, addTopic);
            browser.click(".comment-topics .topic-tag vaadin-button");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> browser.all(".comment-topics .topic-tag").isEmpty());
            assertThat(jdbc.queryForObject(
                            "select count(*) from topic_correction where present = false and topic = 'SI.WAITING'"
                                    + " and corrected_by = ?",
                            Integer.class,
                            managerName))
                    .isEqualTo(1);
            browser.screenshot("topics-corrected-" + shot);
        }
    }

    @Test
    void an_administrator_adds_a_word_on_the_dictionary_page() {
        var admin = "topics-dict-admin-" + UUID.randomUUID().toString().substring(0, 6) + "@test.local";
        data.addStaff("Admin", admin, null, Set.of(Role.ADMIN), Set.of());
        var word = "取车排队" + UUID.randomUUID().toString().substring(0, 4);

        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(baseUrl() + "/topics/dictionary");
            phone.await("input[name='username']").sendKeys(admin);
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            phone.await("#dictionary-term");
            phone.tap("#dictionary-add");
            phone.awaitText("#dictionary-term", "请输入词语或短语");
            phone.tap("#dictionary-topic");
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                phone.all("vaadin-select-item").stream()
                        .filter(item -> item.getText().equals("等待时间过长"))
                        .findFirst()
                        .orElseThrow()
                        .click();
                return true;
            });
            phone.find("#dictionary-term input").sendKeys(word);
            phone.tap("#dictionary-add");
            phone.awaitText(".dictionary-list", word);
            phone.screenshot("topics-dictionary-phone-zh");
        }
        assertThat(jdbc.queryForObject("select topic from topic_dictionary_word where term = ?", String.class, word))
                .isEqualTo("SI.WAITING");
    }
}
