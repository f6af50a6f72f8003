package com.dealercsi.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditFilter;
import com.dealercsi.audit.AuditLog;
import com.dealercsi.recovery.CaseDueTimes;
import com.dealercsi.recovery.DueTimes;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit page on a phone in Chinese (a service manager) and at a desk in English (an administrator). */
class AuditBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    CaseDueTimes dueTimes;

    @Autowired
    AuditLog log;

    @Autowired
    SignedIn signedIn;

    @Test
    void a_manager_filters_and_exports_on_a_phone_and_an_administrator_checks_the_chain_at_a_desk() throws Exception {
        var store = stores.create();
        // accounts keep their log-in in lower case
        var manager = store.managerEmail().toLowerCase(java.util.Locale.ROOT);
        signedIn.run(store.managerEmail(), () -> dueTimes.save(store.store().id(), new DueTimes(2, 12, 48)));
        var downloads = Files.createTempDirectory("csi-audit-downloads");
        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.driver()
                    .executeCdpCommand(
                            "Browser.setDownloadBehavior",
                            Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            phone.open(baseUrl() + "/audit");
            phone.await("input[name='username']").sendKeys(store.managerEmail());
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            phone.awaitText("h2", "审计日志");
            phone.awaitText("#audit-entries", "工单处理时限");
            assertThat(phone.bodyText()).contains("修改设置", "确认时限（小时）: 2", "新建门店");

            phone.click("#audit-action");
            phone.driver().findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(item -> item.getText().equals("修改设置"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            phone.await("#audit-who input").sendKeys(manager, Keys.TAB);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> !phone.bodyText().contains("新建门店"));
            assertThat(phone.bodyText()).contains("工单处理时限", manager, "售后经理");
            assertThat(hasNoHorizontalScroll(phone)).as("fits 390 px").isTrue();
            phone.screenshot("audit-phone-zh");

            phone.tap("#audit-export");
            var csv = awaitCsv(downloads);
            var text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF时间 (Asia/Shanghai),操作人,角色,操作,门店,对象,详情");
            assertThat(text.split("\r\n")).hasSize(2);
            assertThat(text).contains("修改设置", "工单处理时限", manager);
        } finally {
            try (var files = Files.list(downloads)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(downloads);
        }
        var exported = TestStores.asAdmin(
                () -> log.find(new AuditFilter(manager, AuditAction.EXPORT, null, null, null), 0, 10));
        assertThat(exported)
                .singleElement()
                .satisfies(row ->
                        assertThat(row.details()).containsEntry("rows", "1").containsEntry("who", manager));

        stores.create(); // a second store: the administrator then chooses among the stores
        var admin = "audit-admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Auditor " + store.code(), admin, "secret", Language.EN, null, Set.of(Role.ADMIN), Set.of()));
        try (var desk = PhoneBrowser.desktop("en")) {
            desk.open(baseUrl() + "/audit");
            desk.await("input[name='username']").sendKeys(admin);
            desk.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            desk.awaitText("h2", "Audit trail");
            desk.awaitText("#audit-entries", "Signed in");
            assertThat(desk.find("#audit-store").isDisplayed())
                    .as("an administrator chooses among the stores")
                    .isTrue();
            desk.await("#audit-who input").sendKeys(manager, Keys.TAB);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
                var entries = desk.find("#audit-entries").getText();
                return entries.contains("Export") && !entries.contains("Account created");
            });
            assertThat(desk.bodyText())
                    .contains(
                            "Case due times",
                            "acknowledge within (h): 2",
                            "Service manager",
                            store.store().name());
            desk.click("#audit-chain-check");
            desk.awaitText("#audit-chain-result", "The chain is intact");
            assertThat(hasNoHorizontalScroll(desk)).isTrue();
            desk.screenshot("audit-desk-en");
        }
    }

    private static boolean hasNoHorizontalScroll(PhoneBrowser browser) {
        return (Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    private static Path awaitCsv(Path downloads) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            try (var files = Files.list(downloads)) {
                                return files.filter(f -> f.toString().endsWith(".csv"))
                                        .findFirst();
                            }
                        },
                        Optional::isPresent)
                .orElseThrow();
    }
}
