package com.dealercsi.visit;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestStores;
import com.dealercsi.support.TestStores.TestStore;
import java.nio.file.Files;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A customer-service manager imports a DMS's own export in the browser, in one pass: the file's service-type
 * words come pre-filled, owners without e-mail and advisors not set up are imported with a warning, and the rows
 * that cannot be visits can be downloaded to fix, on a phone and at a desk.
 */
class VisitImportBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_gbk_export_with_the_dms_own_words_imports_in_one_pass_on_a_phone() throws Exception {
        var store = storeWithAdvisorLiMing();
        try (var phone = new PhoneBrowser("zh-CN")) {
            signIn(phone, store.managerEmail()); // a Chinese account
            upload(phone, "dms-gbk-title-line-chinese-words.csv");
            phone.awaitText("#import-words", "本文件的服务类型分别指什么？");
            assertThat(phone.bodyText()).contains("定期保养", "保修索赔", "钣金喷漆", "事故维修", "首保");
            phone.screenshot("import-1-words-zh");

            phone.tap("#import-check");
            phone.awaitText(".import-counts", "可导入：4");
            assertThat(phone.bodyText()).contains("有问题：4", "文件内重复：1", "2 行将带提示导入");
            phone.find("#import-preview-rejected-file");
            phone.driver().findElement(By.cssSelector("#import-rows")); // the grid of rows
            phone.screenshot("import-2-preview-zh");

            phone.tap("#import-run");
            phone.awaitText("#import-result", "已导入：4");
            phone.screenshot("import-3-done-zh");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from visit where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(4);
    }

    @Test
    void an_excel_export_imports_at_a_desk_and_the_rows_to_fix_are_offered_when_none_can_be_imported()
            throws Exception {
        var store = storeWithAdvisorLiMing();
        try (var desk = PhoneBrowser.desktop("en-US")) {
            signIn(desk, store.csManagerEmail()); // an English account
            upload(desk, "dms-xlsx-date-cells-number-phones.xlsx");
            desk.awaitText("#import-words", "What do the service types of this file mean?");
            desk.tap("#import-check");
            desk.awaitText(".import-counts", "Ready to import: 4");
            // the rows worth a look come first: problems, and warnings of rows that are imported all the same
            assertThat(desk.bodyText())
                    .contains(
                            "with problems: 1",
                            "2 rows will be imported with a warning",
                            "E-mail: None given: no survey mail; the revisit desk will call the owner.",
                            "\"新来的顾问\" is not one of the store's advisors yet");
            desk.screenshot("import-4-preview-desk-en");
            desk.tap("#import-run");
            desk.awaitText("#import-result", "Imported: 4");

            // the same file again: nothing to import, the rows to fix are still there to download
            desk.tap("#import-again");
            upload(desk, "dms-xlsx-date-cells-number-phones.xlsx");
            desk.tap("#import-check");
            desk.awaitText(".import-counts", "Ready to import: 0");
            assertThat(desk.find("#import-preview-rejected-file").getText())
                    .isEqualTo("Download the row with problems (CSV)");
            assertThat(desk.find("#import-run").getText()).isEqualTo("Import no visits");
        }
    }

    @Test
    void an_administrator_matches_an_advisor_name_the_dms_sent_on_a_phone() throws Exception {
        var store = storeWithAdvisorLiMing();
        var admin = "admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "管理员 " + store.code(),
                admin,
                "secret",
                Language.ZH_CN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));
        com.dealercsi.support.Api.postVisit(
                baseUrl(),
                store.apiKey(),
                com.dealercsi.support.Api.visitJson("RO-U1", "u1@example.com", "小刘", "zh-CN"),
                "zh-CN");
        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(baseUrl() + "/admin/unmatched-advisors");
            phone.await("vaadin-login-form");
            phone.await("input[name='username']").sendKeys(admin);
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            phone.awaitText(".unmatched-names", "小刘");
            var card = phone.driver().findElements(By.cssSelector(".unmatched-card")).stream()
                    .filter(c -> c.getText().contains(store.store().name()))
                    .findFirst()
                    .orElseThrow();
            assertThat(card.getText()).contains("1 条工单");
            phone.screenshot("unmatched-advisors-zh");
            var combo = card.findElement(By.cssSelector("vaadin-combo-box input"));
            combo.sendKeys("李明");
            phone.await("vaadin-combo-box-item").click();
            card.findElement(By.cssSelector("vaadin-button")).click();
            phone.awaitText("#unmatched-status", "“小刘”已对应为 李明：1 条工单已转入。");
        }
        assertThat(jdbc.queryForObject(
                        "select a.name from visit v join staff_member a on a.id = v.advisor_id"
                                + " where v.store_id = ? and v.ro_number = 'RO-U1'",
                        String.class,
                        store.store().id()))
                .isEqualTo("李明");
    }

    private TestStore storeWithAdvisorLiMing() {
        var store = stores.create();
        TestStores.asAdmin(() -> administration.addStaff(
                "李明",
                "liming-" + store.code() + "@test.local",
                "secret",
                Language.ZH_CN,
                "LM-" + store.code(),
                Set.of(Role.ADVISOR),
                Set.of(store.store().id())));
        return store;
    }

    private void signIn(PhoneBrowser browser, String email) {
        browser.open(baseUrl() + "/visits/import");
        browser.await("vaadin-login-form");
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        browser.find("#import-upload");
    }

    private static void upload(PhoneBrowser browser, String file) throws Exception {
        var copy = Files.createTempDirectory("dms-").resolve(file);
        try (var in = VisitImportBrowserIT.class.getResourceAsStream("/dms/" + file)) {
            Files.copy(java.util.Objects.requireNonNull(in), copy);
        }
        // after "Import another file" the page puts a fresh upload in place: look until it stands still
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .ignoreExceptions()
                .until(() -> {
                    var upload = browser.find("#import-upload");
                    var input = upload.findElements(By.cssSelector("input[type=file]")).stream()
                            .findFirst()
                            .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
                    input.sendKeys(copy.toString());
                    return true;
                });
        browser.awaitText(".import-file", file);
    }
}
