package com.dealercsi.alerting;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** A service manager changes the store's alert rules on a phone; a wrong value is named, a right one saved. */
class AlertRulesBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    AlertSettingsService settings;

    @Autowired
    SignedIn signedIn;

    @Test
    void a_manager_sees_why_a_threshold_is_refused_and_saves_a_stricter_one() {
        var store = stores.create();
        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(baseUrl() + "/alert-rules");
            phone.await("vaadin-login-form");
            phone.await("input[name='username']").sendKeys(store.managerEmail());
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            var overall = phone.await("#overallAtMost input");
            assertThat(overall.getDomProperty("value")).isEqualTo("6");

            overall.sendKeys(Keys.chord(Keys.CONTROL, "a"), "11", Keys.TAB);
            phone.tap("#save-alert-rules");
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> "总体满意度阈值必须在 1 到 10 之间。"
                            .equals(phone.script("const f = document.querySelector('#overallAtMost');"
                                    + " return f.invalid ? f.errorMessage : null;")));
            phone.screenshot("alert-rules-invalid-zh");
            assertThat(signedIn.as(
                                    store.managerEmail(),
                                    () -> settings.of(store.store().id()))
                            .overallAtMost())
                    .isEqualTo(6);

            phone.script("document.querySelector('#overallAtMost').scrollIntoView({block: 'center'})");
            phone.driver()
                    .findElement(org.openqa.selenium.By.cssSelector("#overallAtMost input"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), "8", Keys.TAB);
            phone.script("document.querySelector('#keywordsZh').scrollIntoView({block: 'center'})");
            phone.driver()
                    .findElement(org.openqa.selenium.By.cssSelector("#keywordsZh textarea"))
                    .sendKeys(Keys.END, "\n太慢");
            phone.tap("#save-alert-rules");
            phone.awaitText("vaadin-notification-card", "预警规则已保存");
        }

        var saved = signedIn.as(
                store.managerEmail(), () -> settings.of(store.store().id()));
        assertThat(saved.overallAtMost()).isEqualTo(8);
        assertThat(saved.keywordsZh()).contains("投诉", "太慢");
    }
}
