package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator words a store's notice on a phone; an empty text is refused at the field and kept there. */
class PrivacyNoticeEditorBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    PrivacyNotices notices;

    @Test
    void an_administrator_saves_the_stores_own_notice_and_an_empty_one_is_refused_at_the_field() {
        var store = stores.create();
        var admin = "admin-notice-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(),
                admin,
                "secret",
                Language.EN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));

        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(baseUrl() + "/privacy-notices");
            phone.await("input[name='username']").sendKeys(admin);
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            phone.await("#privacy-notice-text");
            // among the many stores the suite has made, the administrator types a few letters of this one's code
            phone.await("#privacy-notice-store input").sendKeys(Keys.chord(Keys.CONTROL, "a"), store.code());
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                phone.all("vaadin-combo-box-item").stream()
                        .filter(item -> item.getText().equals(store.store().name()))
                        .findFirst()
                        .orElseThrow()
                        .click();
                return phone.find("#privacy-notice-status").getText().startsWith("The default text")
                        && String.valueOf(phone.script("return document.querySelector('#privacy-notice-text').value"))
                                .contains(store.store().name());
            });
            phone.screenshot("privacy-notice-editor-phone-en");

            var field = phone.find("#privacy-notice-text textarea");
            field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            field.sendKeys("  ");
            phone.tap("#privacy-notice-save");
            phone.await("#privacy-notice-text[invalid]");
            assertThat(phone.bodyText()).contains("Write the notice, or go back to the default text");

            field.sendKeys("We keep what the survey needs.", Keys.ENTER, Keys.ENTER, "Call us.");
            phone.tap("#privacy-notice-save");
            phone.awaitText("#privacy-notice-status", "The store's own text, saved");
            phone.screenshot("privacy-notice-editor-saved-phone-en");
        }

        var saved = notices.of(store.store().id(), Language.EN);
        assertThat(saved.custom()).isTrue();
        assertThat(saved.paragraphs()).containsExactly("We keep what the survey needs.", "Call us.");
        assertThat(saved.savedBy()).isEqualToIgnoringCase(admin);
    }
}
