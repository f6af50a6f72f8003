package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestStores;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator who uploads a file that is no image is told why, and the message stays until the next try. */
class StoreLogoBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Test
    void a_refused_logo_says_why_at_the_upload() throws Exception {
        var store = stores.create();
        var admin = "admin-logo-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(),
                admin,
                "secret",
                Language.EN,
                null,
                Set.of(Role.ADMIN),
                Set.of(store.store().id())));
        var notAnImage = Files.createTempDirectory("logo-").resolve("logo.png");
        Files.writeString(notAnImage, "</script> this is text, not a picture");

        try (var desk = PhoneBrowser.desktop("en-US")) {
            desk.open(baseUrl() + "/admin/stores");
            desk.await("input[name='username']").sendKeys(admin);
            desk.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            desk.await("vaadin-grid");
            // among the many stores the suite has made, the administrator finds this one by its code
            desk.await("#store-search input").sendKeys(store.code());
            // a row is chosen by tapping its cell, as a person would
            Awaitility.await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
                desk.all("vaadin-grid-cell-content").stream()
                        .filter(cell -> cell.getText().equals(store.code()))
                        .findFirst()
                        .orElseThrow()
                        .click();
                return desk.find("#store-logo-upload").isDisplayed();
            });
            var upload = desk.find("#store-logo-upload");
            var input = upload.findElements(By.cssSelector("input[type=file]")).stream()
                    .findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(notAnImage.toString());

            desk.awaitText(".store-logo .form-error", "This file is not a PNG or JPEG image.");
            desk.screenshot("store-logo-refused-en");
            assertThat(desk.find(".store-logo .form-error").getAttribute("role"))
                    .isEqualTo("alert");
        }
    }
}
