package com.dealercsi.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.support.Api;
import com.dealercsi.support.Axe;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner's side of the survey on a phone: resuming, switching language, keyboard use, accessibility. */
class SurveyExperienceBrowserIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Test
    void an_owner_who_leaves_comes_back_to_the_step_and_answers_they_left() {
        var link = invite("en");
        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(link);
            phone.await("#rating-SI1");
            tap(phone, "#rating-SI1", 7);
            tap(phone, "#rating-SI2", 8);
            tap(phone, "#rating-SI3", 11); // N/A
            phone.click("#next");
            phone.await("#rating-SA1");
            tap(phone, "#rating-SA1", 5);
        }

        try (var later = new PhoneBrowser("en-US")) {
            later.open(link);
            later.await("#rating-SA1");
            assertThat(later.bodyText()).contains("Step 2 of 8", "Service advisor");
            assertThat(checkedLabel(later, "#rating-SA1")).isEqualTo("5");
            later.click("#back");
            later.await("#rating-SI1");
            assertThat(checkedLabel(later, "#rating-SI1")).isEqualTo("7");
            assertThat(checkedLabel(later, "#rating-SI3")).isEqualTo("N/A");
        }
    }

    @Test
    void the_owner_can_switch_language_on_every_page_without_losing_answers() {
        var link = invite("zh-CN");
        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(link);
            phone.await("#rating-SI1");
            tap(phone, "#rating-SI1", 9);
            assertThat(phone.bodyText()).contains("服务启动");

            phone.click(".language-switch");
            phone.awaitText(".survey-step", "Service initiation");

            assertThat(phone.bodyText()).contains("Ease of arranging the service visit", "Step 1 of 8");
            assertThat(checkedLabel(phone, "#rating-SI1")).isEqualTo("9");
            assertThat(phone.script("return document.documentElement.lang")).isEqualTo("en");
        }
    }

    @Test
    void the_whole_survey_can_be_answered_with_the_keyboard_alone() {
        var link = invite("en");
        try (var desktop = new PhoneBrowser("en-US")) {
            desktop.open(link);
            desktop.await("#rating-SI1");
            for (var step = 0; step < 5; step++) {
                desktop.await("vaadin-radio-group.rating-scale");
                for (var group : desktop.all("vaadin-radio-group.rating-scale")) {
                    // focus the first tile, move with the arrow keys, select with space
                    group.findElement(By.cssSelector("input")).sendKeys(Keys.SPACE);
                    new Actions(desktop.driver())
                            .sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
                            .perform();
                }
                desktop.await("#next").sendKeys(Keys.ENTER);
                desktop.awaitText(".survey-progress-text", "Step " + (step + 2) + " of 8");
            }
            for (var id : new String[] {"#rating-OS", "#rating-NPS"}) {
                desktop.find(id + " input").sendKeys(Keys.SPACE);
            }
            desktop.await("#next").sendKeys(Keys.ENTER);
            desktop.await("#comment textarea").sendKeys("Typed without a mouse");
            desktop.find("#consent input").sendKeys(Keys.SPACE);
            desktop.await("#next").sendKeys(Keys.ENTER);
            desktop.await("#submit").sendKeys(Keys.ENTER);
            desktop.awaitText(".survey-notice", "Thank you");
        }
    }

    @Test
    void axe_finds_no_accessibility_violations_on_any_survey_page() {
        var link = invite("zh-CN");
        try (var phone = new PhoneBrowser("zh-CN")) {
            phone.open(link);
            phone.await("#rating-SI1");
            assertThat(Axe.violations(phone.driver())).as("first step").isEmpty();

            phone.click("#next");
            phone.awaitText("#rating-SI1", "请选择一个分数");
            assertThat(Axe.violations(phone.driver())).as("step with errors").isEmpty();

            for (var factor : new String[] {"SI", "SA", "SQ", "SF", "VP"}) {
                phone.await("#rating-" + factor + "1");
                for (int item = 1; item <= 3; item++) {
                    tap(phone, "#rating-" + factor + item, 8);
                }
                phone.click("#next");
            }
            tap(phone, "#rating-OS", 8);
            tap(phone, "#rating-NPS", 9);
            assertThat(Axe.violations(phone.driver())).as("overall step").isEmpty();
            phone.click("#next");
            phone.await("#comment textarea").sendKeys("很好");
            phone.click("#consent vaadin-radio-button:nth-of-type(2) > label");
            assertThat(Axe.violations(phone.driver())).as("comment step").isEmpty();
            phone.click("#next");
            phone.await(".survey-review");
            assertThat(Axe.violations(phone.driver())).as("review step").isEmpty();
            phone.click("#submit");
            phone.awaitText(".survey-notice", "感谢");
            assertThat(Axe.violations(phone.driver())).as("thank-you page").isEmpty();

            phone.open(link);
            phone.awaitText(".survey-notice", "您已完成");
            assertThat(Axe.violations(phone.driver())).as("already answered").isEmpty();
            phone.open(baseUrl() + "/survey/unknown-link-for-axe");
            phone.awaitText(".survey-notice", "未找到");
            assertThat(Axe.violations(phone.driver())).as("not found").isEmpty();
        }
    }

    @Test
    void an_expired_link_says_so_and_offers_the_stores_number_to_call_with_one_tap() {
        var link = invite("en");
        clock.advance(Duration.ofDays(15));
        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(link);
            phone.awaitText(".survey-notice", "This link has expired");

            var call = phone.find(".survey-call");
            assertThat(call.getText()).isEqualTo("Call 021-5555-0000");
            assertThat(call.getAttribute("href")).isEqualTo("tel:02155550000");
            assertThat(call.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            assertThat(Axe.violations(phone.driver())).as("expired link").isEmpty();
        }
    }

    private String invite(String language) {
        var store = stores.create();
        var email = "ux-" + store.code() + "@example.com";
        Api.postVisit(baseUrl(), store.apiKey(), Api.visitJson("RO-UX", email, store.advisorCode(), language), "en");
        return Mails.surveyLink(
                TestMailServer.awaitMails(email, 1, Duration.ofSeconds(20)).getFirst());
    }

    /** Taps a tile and waits until the server took it, as a thumb would wait for the tile to light up. */
    private static void tap(PhoneBrowser phone, String group, int position) {
        phone.click(group + " vaadin-radio-button:nth-of-type(" + position + ") > label");
        phone.await(group + ":not([invalid]) vaadin-radio-button:nth-of-type(" + position + ")[checked]");
    }

    private static String checkedLabel(PhoneBrowser phone, String group) {
        return (String) phone.script("""
                const checked = document.querySelector(arguments[0] + ' vaadin-radio-button[checked] label');
                return checked ? checked.textContent.trim() : null;""", group);
    }
}
