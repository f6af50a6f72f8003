package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Close a case with a cause, and the cause report counts it: on a phone in English and at a desk in Chinese. The
 * administrators' cause list is looked at on a phone too.
 */
class CauseBrowserIT extends IntegrationTest {

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    RecoveryCases desk;

    @Autowired
    SignedIn signedIn;

    @Autowired
    StoreAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void on_a_phone_a_red_case_closes_only_with_a_cause_and_the_cause_report_counts_it() {
        var store = fixtures.storeWithGeneralManager();
        var caseId = workedRedCase(store, "RO-CB1");

        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, store.csManagerEmail());
            phone.open(baseUrl() + "/cases/" + caseId);
            phone.tap("#close-outcome vaadin-radio-button:nth-of-type(1) > label");
            phone.await("#close-note textarea").sendKeys("Called back: happy again");
            phone.tap("#close-case");
            phone.awaitText("#close-causes-error", "Please pick at least one root cause before closing this case.");
            phone.script("document.querySelector('#close-causes').scrollIntoView({block: 'start'})");
            phone.screenshot("causes-1-close-step-refused-en");
            assertThat(phone.find("#close-note textarea").getAttribute("value")).isEqualTo("Called back: happy again");

            phone.tap("#close-causes-SI vaadin-checkbox:nth-of-type(2) > label");
            phone.tap("#close-causes-SA vaadin-checkbox:nth-of-type(2) > label");
            phone.tap("#close-case");
            phone.awaitText("#case-causes", "Root causes: Waiting time too long, Charges not explained");
            phone.script("document.querySelector('#case-causes').scrollIntoView({block: 'center'})");
            phone.screenshot("causes-1b-closed-en");
            assertThat(jdbc.queryForObject("select status from recovery_case where id = ?", String.class, caseId))
                    .isEqualTo("CLOSED");
            assertThat(phone.bodyText()).contains("Root causes recorded");

            // the general manager reads English; the service manager's account reads Chinese
            signIn(phone, RecoveryFixtures.gmEmail(store));
            phone.open(baseUrl() + "/causes/report");
            phone.awaitText("#cause-line-SI-WAITING", "Waiting time too long");
            assertThat(phone.find("#cause-report-total").getText()).startsWith("Cases with causes: 1");
            assertThat(phone.find("#cause-line-SI-WAITING").getText()).contains("Cases", "1", "50%");
            assertThat(phone.find("#cause-report-by-store").getText())
                    .contains(store.store().name());
            assertThat(phone.find("#cause-report-csv").isDisplayed()).isTrue();
            phone.screenshot("causes-3-report-en");
        }
    }

    @Test
    void at_a_desk_in_chinese_the_same_walk_counts_the_cause() {
        var store = fixtures.storeWithGeneralManager();
        var caseId = workedRedCase(store, "RO-CB2");

        try (var desk = PhoneBrowser.desktop("zh-CN")) {
            signIn(desk, RecoveryFixtures.csEmail(store));
            desk.open(baseUrl() + "/cases/" + caseId);
            desk.tap("#close-outcome vaadin-radio-button:nth-of-type(1) > label");
            desk.await("#close-note textarea").sendKeys("已回访，客户满意");
            desk.tap("#close-case");
            desk.awaitText("#close-causes-error", "关闭此案例前，请至少选择一项根因。");
            desk.tap("#close-causes-VP vaadin-checkbox:nth-of-type(3) > label");
            desk.tap("#close-case");
            desk.awaitText("#case-causes", "根因：车辆清洁");
            desk.screenshot("causes-4-closed-desk-zh");

            signIn(desk, store.managerEmail());
            desk.open(baseUrl() + "/causes/report");
            desk.awaitText("#cause-line-VP-CAR_CLEAN", "车辆清洁");
            assertThat(desk.find("#cause-line-VP-CAR_CLEAN").getText()).contains("案例数", "1", "100%");
            desk.screenshot("causes-5-report-desk-zh");
        }
    }

    @Test
    void an_administrator_sees_the_cause_list_by_factor_on_a_phone_and_adds_a_cause() {
        var store = fixtures.storeWithGeneralManager();
        var admin = "cause-admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(),
                admin,
                "secret",
                Language.EN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));

        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, admin);
            phone.open(baseUrl() + "/causes");
            phone.await("[id='cause-SI-WAITING-en']");
            assertThat(phone.find("[id='cause-SI-WAITING-zh'] input").getAttribute("value"))
                    .isEqualTo("等待时间过长");
            phone.screenshot("causes-2-admin-en");
            phone.tap("#cause-add");
            phone.await("#cause-add-en[invalid]");
            var name = "Key not returned " + store.code();
            phone.await("#cause-add-en input").sendKeys(name);
            phone.await("#cause-add-zh input").sendKeys("钥匙未归还");
            phone.tap("#cause-add");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> phone.bodyText().contains("Cause added: " + name));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_cause where name_en = ?",
                        Integer.class,
                        "Key not returned " + store.code()))
                .isEqualTo(1);
    }

    /** A red answer whose case has had its four steps, so only closing is left. */
    private UUID workedRedCase(TestStores.TestStore store, String ro) {
        var token = RecoveryFixtures.invite(baseUrl(), store, ro);
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(4, 3, 2, "等太久了", true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        var caseId = jdbc.queryForObject(
                "select id from recovery_case where store_id = ?",
                UUID.class,
                store.store().id());
        signedIn.run(store.csManagerEmail(), () -> {
            desk.acknowledge(caseId);
            desk.recordStep(caseId, RecoveryStep.APOLOGY, "Apologised", null, null, null);
            desk.recordStep(caseId, RecoveryStep.FIX, "Fixed", null, null, null);
            desk.recordStep(caseId, RecoveryStep.EMPATHY, "Listened", null, null, null);
            desk.recordStep(caseId, RecoveryStep.ATONEMENT, "Voucher", null, "Car wash", new BigDecimal("80"));
        });
        return caseId;
    }

    private static void signIn(PhoneBrowser browser, String email) {
        browser.driver().manage().deleteAllCookies();
        browser.open(baseUrl() + "/login");
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        browser.await("vaadin-app-layout");
    }
}
