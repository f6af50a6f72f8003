package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** A store's own case due times: validated, kept per store, used by the cases it opens afterwards. */
class DueTimesIT extends IntegrationTest {

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    CaseDueTimes dueTimes;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    StoreAdministration administration;

    @Test
    void cases_of_a_store_with_its_own_times_use_them_and_other_stores_keep_the_defaults() {
        var strict = fixtures.storeWithGeneralManager();
        var standard = fixtures.storeWithGeneralManager();
        assertThat(signedIn.as(
                        strict.managerEmail(), () -> dueTimes.of(strict.store().id())))
                .isEqualTo(new DueTimes(4, 24, 72));

        var problems = signedIn.as(
                strict.managerEmail(), () -> dueTimes.save(strict.store().id(), new DueTimes(1, 8, 48)));
        assertThat(problems).isEmpty();
        assertThat(signedIn.as(
                        strict.managerEmail(), () -> dueTimes.of(strict.store().id())))
                .isEqualTo(new DueTimes(1, 8, 48));

        assertThat(hoursUntilDue(openCase(strict, "RO-D1"))).containsExactly(1L, 8L, 48L);
        assertThat(hoursUntilDue(openCase(standard, "RO-D2"))).containsExactly(4L, 24L, 72L);
    }

    @Test
    void times_that_make_no_sense_are_refused_and_nothing_is_stored() {
        var store = fixtures.storeWithGeneralManager();

        var problems = signedIn.as(
                store.managerEmail(), () -> dueTimes.save(store.store().id(), new DueTimes(0, 24, 12)));

        assertThat(problems).extracting(DueTimes.Problem::field).containsExactly("acknowledge");
        assertThat(signedIn.as(
                        store.managerEmail(), () -> dueTimes.save(store.store().id(), new DueTimes(4, 24, 12))))
                .extracting(DueTimes.Problem::messageKey)
                .containsExactly("recovery.dueTimes.error.closeBeforeContact");
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_store_due_times where store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isZero();
    }

    @Test
    void only_managers_of_the_store_and_administrators_change_its_times() {
        var store = fixtures.storeWithGeneralManager();
        var other = stores.create();

        assertThatThrownBy(() -> signedIn.as(
                        other.managerEmail(), () -> dueTimes.save(store.store().id(), new DueTimes(2, 4, 8))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        store.csManagerEmail(),
                        () -> dueTimes.save(store.store().id(), new DueTimes(2, 4, 8))))
                .isInstanceOf(AccessDeniedException.class);
        var admin = "admin-" + store.code() + "@test.local";
        TestStores.asAdmin(() -> administration.addStaff(
                "Admin " + store.code(), admin, "secret", Language.EN, null, Set.of(Role.ADMIN), Set.of()));
        assertThat(signedIn.as(admin, () -> dueTimes.save(store.store().id(), new DueTimes(2, 4, 8))))
                .isEmpty();
    }

    @Test
    void a_manager_sets_the_times_on_a_tablet_and_is_told_what_is_wrong() {
        var store = fixtures.storeWithGeneralManager();
        // the back office speaks the account's language, not the browser's: this manager reads English
        TestStores.asAdmin(() -> {
            var manager = administration.staff().stream()
                    .filter(a -> a.email().equalsIgnoreCase(store.managerEmail()))
                    .findFirst()
                    .orElseThrow();
            return administration.updateStaff(
                    manager.id(),
                    manager.name(),
                    manager.email(),
                    Language.EN,
                    manager.staffCode(),
                    manager.roles(),
                    manager.storeIds(),
                    manager.active());
        });

        try (var tablet = new PhoneBrowser("en-US")) {
            tablet.open(baseUrl() + "/case-due-times");
            tablet.await("vaadin-login-form");
            tablet.await("input[name='username']").sendKeys(store.managerEmail());
            tablet.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            tablet.await("#due-close input");
            retype(tablet, "#due-firstContact input", "12");
            retype(tablet, "#due-close input", "6");
            tablet.tap("#due-times-save");
            tablet.awaitText("#due-close", "cannot be due to close before the owner is reached");
            tablet.screenshot("due-times-1-refused-en");
            retype(tablet, "#due-close input", "48");
            tablet.tap("#due-times-save");
            tablet.awaitText("vaadin-notification-card", "Due times saved");
            tablet.screenshot("due-times-2-saved-en");
        }

        assertThat(signedIn.as(
                        store.managerEmail(), () -> dueTimes.of(store.store().id())))
                .isEqualTo(new DueTimes(4, 12, 48));
    }

    private static void retype(PhoneBrowser browser, String css, String text) {
        var input = browser.await(css);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    private Map<String, Object> openCase(TestStores.TestStore store, String ro) {
        var token = RecoveryFixtures.invite(baseUrl(), store, ro);
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(2, 2, 1, "Bad", true));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from recovery_case where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        return jdbc.queryForMap("""
                select opened_at, acknowledge_due, first_contact_due, close_due from recovery_case
                where store_id = ?""", store.store().id());
    }

    private static Long[] hoursUntilDue(Map<String, Object> row) {
        var opened = ((Timestamp) row.get("opened_at")).toInstant();
        return new Long[] {
            hours(opened, row.get("acknowledge_due")),
            hours(opened, row.get("first_contact_due")),
            hours(opened, row.get("close_due"))
        };
    }

    private static long hours(java.time.Instant from, Object to) {
        return Duration.between(from, ((Timestamp) to).toInstant()).toHours();
    }
}
