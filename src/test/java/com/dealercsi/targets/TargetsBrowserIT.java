package com.dealercsi.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.reporting.DashboardFilter;
import com.dealercsi.reporting.Dashboards;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Set targets → owners answer → the dashboard shows each figure on or off track, in a real browser on a phone
 * (a service manager reading Chinese) and at a desk (a general manager reading English, who also opens the
 * store league).
 */
class TargetsBrowserIT extends IntegrationTest {

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    Dashboards dashboards;

    @Autowired
    SignedIn signedIn;

    @Test
    void a_service_manager_sets_targets_on_a_phone_and_the_dashboard_marks_them() {
        var store = fixtures.storeWithGeneralManager();

        try (var phone = new PhoneBrowser("zh-CN")) {
            logIn(phone, "/targets", store.managerEmail());
            phone.await("#target-csi input");
            retype(phone, "#target-csi input", "1200");
            phone.tap("#targets-save");
            phone.awaitText("#target-csi", "请输入 100 到 1000 之间的整数。");
            phone.screenshot("targets-1-refused-phone-zh");
            retype(phone, "#target-csi input", "900");
            retype(phone, "#target-satisfaction-rate input", "98");
            phone.tap("#targets-save");
            phone.awaitText("vaadin-notification-card", "已保存");
            phone.screenshot("targets-2-saved-phone-zh");

            answersComeIn(store);

            phone.open(baseUrl() + "/dashboard");
            phone.awaitText(".kpi-csi .kpi-value", "850");
            // CSI (900 + 800) / 2 = 850 misses 900; both overall ratings (9, 8) are satisfied: 100% meets 98%
            phone.awaitText(".kpi-csi .target-mark", "目标 900");
            phone.awaitText(".kpi-csi .target-mark", "✗ 未达标");
            phone.awaitText(".kpi-satisfaction .target-mark", "✓ 达标");
            phone.awaitText(".kpi-nps .target-mark", "未设目标");
            assertThat(phone.find(".kpi-csi .target-track").getAttribute("aria-label"))
                    .isEqualTo("CSI（1000 分制） 850，目标 900：未达标");
            phone.screenshot("targets-3-dashboard-phone-zh");

            // the monthly report of this month: the same marks against this month's targets
            var month = java.time.YearMonth.from(clock.instant().atZone(ZoneId.of("Asia/Shanghai")));
            phone.open(baseUrl() + "/dashboard?month=" + month + "&store="
                    + store.store().id());
            phone.awaitText("h2", "月度报告");
            phone.awaitText(".kpi-csi .target-mark", "✗ 未达标");
            phone.awaitText(".kpi-satisfaction .target-mark", "✓ 达标");
            phone.screenshot("targets-4-monthly-report-phone-zh");
        }
    }

    @Test
    void a_general_manager_sets_targets_at_a_desk_and_sees_them_on_the_dashboard_and_in_the_league() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);

        try (var desk = PhoneBrowser.desktop("en-US")) {
            logIn(desk, "/targets", gm);
            desk.await("#target-csi input");
            retype(desk, "#target-csi input", "840");
            retype(desk, "#target-nps input", "90");
            desk.tap("#targets-save");
            desk.awaitText("vaadin-notification-card", "Targets saved");
            desk.screenshot("targets-1-saved-desktop-en");

            answersComeIn(store);

            desk.open(baseUrl() + "/dashboard");
            desk.awaitText(".kpi-csi .kpi-value", "850");
            desk.awaitText(".kpi-csi .target-mark", "Target 840");
            desk.awaitText(".kpi-csi .target-mark", "✓ On track");
            // NPS: both answers (10, 9) are promoters: +100 meets +90
            desk.awaitText(".kpi-nps .target-mark", "✓ On track");
            desk.screenshot("targets-2-dashboard-desktop-en");

            desk.open(baseUrl() + "/league");
            desk.awaitText(".league-card", store.store().name());
            desk.awaitText(".league-card .league-csi", "Target 840");
            desk.awaitText(".league-card .league-summary", "2 of 2 targets on track");
            desk.screenshot("targets-3-league-desktop-en");
        }
    }

    /** Two owners answer through the real survey: all items 9 (overall 9, NPS 10) and all 8 (8, 9). */
    private void answersComeIn(TestStores.TestStore store) {
        var first = RecoveryFixtures.invite(baseUrl(), store, "RO-TG1");
        surveys.submit(first, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(9, 9, 10, "很好", false));
        var second = RecoveryFixtures.invite(baseUrl(), store, "RO-TG2");
        surveys.submit(second, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(8, 8, 9, "", false));
        var today = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> signedIn.as(
                                        store.managerEmail(),
                                        () -> dashboards.dashboard(new DashboardFilter(
                                                today.minusDays(29),
                                                today,
                                                Set.of(store.store().id()),
                                                com.dealercsi.reporting.Granularity.WEEK,
                                                null)))
                                .current()
                                .responses()
                        == 2);
    }

    private void logIn(PhoneBrowser browser, String path, String email) {
        browser.open(baseUrl() + path);
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
    }

    private static void retype(PhoneBrowser browser, String css, String text) {
        var input = browser.await(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }
}
