package com.dealercsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
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

/**
 * A form that refuses a value keeps everything typed and says why at the field, in the user's language, where a
 * screen reader reads it out (the case page's model): the password page and the users page.
 */
class FormsKeepInputBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Test
    void a_refused_password_keeps_all_three_fields_and_says_why_at_the_field_in_the_accounts_language()
            throws Exception {
        var store = stores.create(); // its manager reads Chinese
        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, store.managerEmail());
            phone.open(baseUrl() + "/account/password");
            type(phone, "#current-password", "not-my-password");
            type(phone, "#new-password", "a-new-secret-2026");
            type(phone, "#repeat-password", "a-new-secret-2027");
            phone.tap("#change-password");
            awaitInvalid(phone, "#repeat-password", "两次输入的新密码不一致。");
            assertKept(phone, "#current-password", "not-my-password");
            assertKept(phone, "#new-password", "a-new-secret-2026");
            assertKept(phone, "#repeat-password", "a-new-secret-2027");

            phone.await("#repeat-password input").sendKeys(Keys.BACK_SPACE, "6");
            phone.tap("#change-password");
            awaitInvalid(phone, "#current-password", "当前密码不正确。");
            assertThat(invalid(phone, "#repeat-password"))
                    .as("the corrected field is no longer marked")
                    .isFalse();
            assertKept(phone, "#current-password", "not-my-password");
            assertKept(phone, "#new-password", "a-new-secret-2026");
            assertKept(phone, "#repeat-password", "a-new-secret-2026");
            phone.screenshot("forms-password-refused-zh");
        }
    }

    @Test
    void a_refused_user_keeps_the_form_and_says_at_the_email_field_that_it_is_taken() throws Exception {
        var store = stores.create();
        var admin = "admin-forms-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(),
                admin,
                "secret",
                Language.EN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));
        try (var desk = PhoneBrowser.desktop("zh-CN")) {
            signIn(desk, admin);
            desk.open(baseUrl() + "/admin/users");
            type(desk, "#user-name", "Lin Mei");
            type(desk, "#user-email", store.managerEmail());
            desk.tap("#user-roles vaadin-checkbox:nth-of-type(6) > label");
            desk.tap("#save-user");
            awaitInvalid(desk, "#user-email", "Another user already has this e-mail address.");
            assertKept(desk, "#user-name", "Lin Mei");
            assertKept(desk, "#user-email", store.managerEmail());
            desk.await("#user-roles vaadin-checkbox:nth-of-type(6)[checked]");

            type(desk, "#user-email", "lin.mei-" + store.code() + "@test.local");
            desk.script("document.querySelector('#user-roles vaadin-checkbox[checked] > label').click()");
            desk.tap("#save-user");
            awaitInvalid(desk, "#user-roles", "Please choose at least one role.");
            assertThat(invalid(desk, "#user-email")).isFalse();
            assertKept(desk, "#user-name", "Lin Mei");
            assertKept(desk, "#user-email", "lin.mei-" + store.code() + "@test.local");
            desk.screenshot("forms-user-refused-en");
        }
    }

    @Test
    void a_refused_store_keeps_the_form_and_says_at_the_code_field_that_it_is_taken() throws Exception {
        var store = stores.create();
        var admin = "admin-stores-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "管理员 " + store.code(),
                admin,
                "secret",
                Language.ZH_CN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));
        try (var phone = new PhoneBrowser("en-US")) {
            signIn(phone, admin);
            phone.open(baseUrl() + "/admin/stores");
            type(phone, "#store-code", store.code());
            type(phone, "#store-name", "浦东新店");
            phone.tap("#save-store");
            awaitInvalid(phone, "#store-code", "该代码已被其他门店使用。");
            assertKept(phone, "#store-code", store.code());
            assertKept(phone, "#store-name", "浦东新店");

            type(phone, "#store-code", "N" + store.code());
            // emptied as a thumb does it, so the field sends its change
            phone.await("#store-name input").sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, Keys.TAB);
            phone.tap("#save-store");
            awaitInvalid(phone, "#store-name", "请填写门店名称。");
            assertThat(invalid(phone, "#store-code")).isFalse();
            assertKept(phone, "#store-code", "N" + store.code());
            phone.screenshot("forms-store-refused-zh");
        }
    }

    /**
     * Marked invalid with the message, and the message is what a screen reader reads for the field: the element its
     * input (or the group itself) is described by. The field's own message, not one of a checkbox inside a group.
     */
    private static void awaitInvalid(PhoneBrowser browser, String field, String message) throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> invalid(browser, field));
        assertThat(browser.script("return document.querySelector(arguments[0]).errorMessage", field))
                .isEqualTo(message);
        var readOut = (java.util.concurrent.Callable<Object>) () -> browser.script("""
                const field = document.querySelector(arguments[0]);
                const error = field.querySelector(':scope > [slot="error-message"]');
                // a field's input, or a group itself (role=group), names the message it is described by
                const described = (field.getAttribute('aria-describedby') || '') + ' '
                    + (field.querySelector('input')?.getAttribute('aria-describedby') || '');
                return error && described.split(' ').includes(error.id) ? error.textContent.trim() : null;
                """, field);
        // the component draws its message a moment after the property is set
        Awaitility.await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> message.equals(readOut.call()));
        assertThat(readOut.call()).as("the message read out with " + field).isEqualTo(message);
    }

    private static boolean invalid(PhoneBrowser browser, String field) {
        return Boolean.TRUE.equals(browser.script("return document.querySelector(arguments[0]).invalid", field));
    }

    private static void assertKept(PhoneBrowser browser, String field, String value) {
        assertThat(browser.script("return document.querySelector(arguments[0]).value", field))
                .as(field)
                .isEqualTo(value);
    }

    private static void type(PhoneBrowser browser, String field, String value) {
        var input = browser.await(field + " input");
        input.clear();
        input.sendKeys(value, Keys.TAB);
    }

    private static void signIn(PhoneBrowser browser, String email) {
        browser.open(baseUrl() + "/login");
        browser.await("input[name='username']").sendKeys(email);
        browser.await("input[name='password']").sendKeys("secret", Keys.ENTER);
        browser.await("vaadin-app-layout");
    }
}
