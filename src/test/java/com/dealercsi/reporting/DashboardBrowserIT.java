package com.dealercsi.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** A store manager opens the dashboard in a real browser, downloads the CSV and finds the answer in it. */
class DashboardBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    ReportingData data;

    @Test
    void a_store_manager_sees_the_dashboard_and_exports_the_answers_as_csv() throws Exception {
        var store = stores.create();
        var yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        var visit = data.deliver(
                store.store().id(),
                store.advisorCode(),
                OffsetDateTime.ofInstant(yesterday.minus(2, ChronoUnit.HOURS), ZoneOffset.ofHours(8)));
        data.answer(
                store.store().id(),
                visit,
                yesterday,
                9,
                ReportingData.items("SF3", null),
                9,
                10,
                "休息区很舒服, \"咖啡\"也好",
                null);
        var downloads = Files.createTempDirectory("csi-downloads");

        try (var browser = new PhoneBrowser("zh-CN")) {
            browser.driver()
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 1024, "height", 1366, "deviceScaleFactor", 1, "mobile", false));
            browser.driver()
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            browser.open(baseUrl() + "/dashboard");
            browser.await("input[name='username']").sendKeys(store.managerEmail());
            browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            browser.awaitText(".kpi-csi .kpi-value", "900");
            assertThat(browser.bodyText())
                    .contains("仪表盘", "满意率", "100.0%", "+100", "服务顾问排名", "顾问 " + store.code(), "休息区很舒服");
            browser.screenshot("dashboard-tablet-zh");

            browser.click("a.export-csv");
            var csv = Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(
                            () -> {
                                try (var files = Files.list(downloads)) {
                                    return files.filter(f -> f.toString().endsWith(".csv"))
                                            .findFirst();
                                }
                            },
                            java.util.Optional::isPresent)
                    .orElseThrow();
            var bytes = Files.readAllBytes(csv);

            assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
            var lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).startsWith("回复时间,门店代码,门店,工单号,车主,车牌,车型,服务顾问,CSI,");
            assertThat(lines[1])
                    .contains(
                            store.code(),
                            "王先生",
                            "沪A88888",
                            "顾问 " + store.code(),
                            ",900,900,900,900,900,900,9,10,,\"休息区很舒服, \"\"咖啡\"\"也好\",",
                            ",9,9,不适用,9,9,9");

            // the monthly store report: the same page for the calendar month, titled for the meeting
            var month = java.time.YearMonth.from(yesterday.atZone(java.time.ZoneId.of("Asia/Shanghai")));
            browser.open(baseUrl() + "/dashboard?month=" + month + "&store="
                    + store.store().id());
            browser.awaitText("h2", "月度报告：" + store.store().name() + "，" + month);
            browser.awaitText(".kpi-csi .kpi-value", "900");
            browser.screenshot("dashboard-monthly-report-zh");
        } finally {
            try (var files = Files.list(downloads)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(downloads);
        }
    }
}
