package com.dealercsi.alerting.internal;

import static com.dealercsi.recovery.RecoveryFixtures.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.Role;
import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.alerting.AlertRule;
import com.dealercsi.alerting.AlertSettings;
import com.dealercsi.alerting.AlertSettingsService;
import com.dealercsi.alerting.Alerts;
import com.dealercsi.alerting.FiredRule;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each store's own rules and recipients, and alert mails that reach each person once. */
class StoreAlertRulesIT extends IntegrationTest {

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    AlertSettingsService settings;

    @Autowired
    Alerts alerts;

    @Autowired
    SignedIn signedIn;

    @Autowired
    AlertMailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_store_with_stricter_rules_is_alerted_where_the_defaults_would_stay_silent() {
        var store = fixtures.storeWithGeneralManager();
        var d = AlertSettings.defaults();
        var strict = new AlertSettings(
                8,
                AlertLevel.AMBER,
                List.of("太慢"),
                List.of(),
                AlertLevel.RED,
                600,
                AlertLevel.AMBER,
                6,
                AlertLevel.AMBER,
                AlertLevel.INFO,
                d.recipientRoles(),
                d.extraAddresses());
        assertThat(signedIn.as(
                        store.managerEmail(), () -> settings.save(store.store().id(), strict)))
                .isEmpty();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-STRICT");

        surveys.submit(token, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(9, 8, 9, "交车太慢了", false));

        var responseId = awaitAlert(store);
        var fired = signedIn.as(store.managerEmail(), () -> alerts.firedRules(responseId));
        assertThat(fired)
                .extracting(FiredRule::rule, FiredRule::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AlertRule.LOW_OVERALL, AlertLevel.AMBER),
                        org.assertj.core.groups.Tuple.tuple(AlertRule.COMPLAINT_KEYWORD, AlertLevel.RED));
        assertThat(Mails.subject(TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20))
                        .getFirst()))
                .contains("Red alert");
        // the evaluation is stored once, with or without an alert
        assertThat(jdbc.queryForObject(
                        "select count(*) from alert_evaluation where response_id = ?", Integer.class, responseId))
                .isEqualTo(1);
    }

    @Test
    void recipients_follow_the_level_roles_and_extra_addresses_of_the_store() {
        var store = fixtures.storeWithGeneralManager();
        var d = AlertSettings.defaults();
        var roles = Map.of(
                AlertLevel.RED,
                Set.of(Role.GENERAL_MANAGER, Role.STORE_MANAGER),
                AlertLevel.AMBER,
                Set.of(Role.CUSTOMER_SERVICE),
                AlertLevel.INFO,
                Set.<Role>of());
        var custom = new AlertSettings(
                6,
                AlertLevel.RED,
                d.keywordsZh(),
                d.keywordsEn(),
                AlertLevel.RED,
                600,
                AlertLevel.AMBER,
                6,
                AlertLevel.AMBER,
                AlertLevel.INFO,
                roles,
                Map.of(AlertLevel.AMBER, List.of("quality@dealer-group.cn")));
        assertThat(signedIn.as(
                        store.managerEmail(), () -> settings.save(store.store().id(), custom)))
                .isEmpty();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-AMBER-MAIL");

        surveys.submit(token, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(5, 8, 8, null, false));

        var specialistMail = TestMailServer.awaitMails(RecoveryFixtures.csEmail(store), 1, Duration.ofSeconds(20));
        var extraMail = TestMailServer.awaitMails("quality@dealer-group.cn", 1, Duration.ofSeconds(20));
        assertThat(Mails.subject(specialistMail.getFirst())).contains("黄色预警");
        assertThat(Mails.subject(extraMail.getLast())).contains(store.store().name());
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(store.managerEmail()).isEmpty()
                        && TestMailServer.receivedBy(store.csManagerEmail()).isEmpty()
                        && TestMailServer.receivedBy(RecoveryFixtures.gmEmail(store))
                                .isEmpty());
    }

    @Test
    void settings_with_problems_are_not_stored_and_other_stores_managers_cannot_touch_them() {
        var store = fixtures.storeWithGeneralManager();
        var other = stores.create();
        var d = AlertSettings.defaults();
        var wrong = new AlertSettings(
                0,
                AlertLevel.RED,
                d.keywordsZh(),
                d.keywordsEn(),
                AlertLevel.RED,
                600,
                AlertLevel.AMBER,
                6,
                AlertLevel.AMBER,
                AlertLevel.INFO,
                d.recipientRoles(),
                d.extraAddresses());

        var problems = signedIn.as(
                store.managerEmail(), () -> settings.save(store.store().id(), wrong));

        assertThat(problems).extracting(AlertSettings.Problem::field).containsExactly("overallAtMost");
        assertThat(signedIn.as(
                        store.managerEmail(), () -> settings.of(store.store().id())))
                .isEqualTo(d);
        assertThatThrownBy(() -> signedIn.as(
                        other.managerEmail(), () -> settings.of(store.store().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        store.csManagerEmail(), () -> settings.of(store.store().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_alert_mail_sets_each_factor_beside_the_stores_average_and_links_to_the_case() {
        var store = fixtures.storeWithGeneralManager();
        var happy = RecoveryFixtures.invite(baseUrl(), store, "RO-AVG1");
        var unhappy = RecoveryFixtures.invite(baseUrl(), store, "RO-AVG2");
        surveys.submit(happy, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(9, 9, 9, null, false));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from alert_evaluation where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);

        surveys.submit(unhappy, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(3, 2, 2, null, false));

        var text = Mails.text(TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(20))
                .getFirst());
        assertThat(text)
                .contains(
                        "Service initiation: 300 (store average 900)",
                        "Vehicle pick-up: 300 (store average 900)",
                        "Open the case: " + baseUrl() + "/cases/response/",
                        "The answer in full: " + baseUrl() + "/responses/");
    }

    @Test
    void a_redelivered_alert_mail_reaches_its_recipient_once() {
        var store = fixtures.storeWithGeneralManager();
        var due = new AlertMailDue(
                UUID.randomUUID(),
                UUID.randomUUID(),
                RecoveryFixtures.visit(baseUrl(), store, "RO-ONCE"),
                store.store().id(),
                AlertLevel.RED,
                List.of(new FiredRule(AlertRule.LOW_OVERALL, AlertLevel.RED, "OS 2")),
                300.0,
                Map.of(),
                null,
                2,
                2,
                null,
                "once-" + store.code() + "@test.local",
                com.dealercsi.shared.Language.EN,
                null);

        deliver(due);
        deliver(due);

        TestMailServer.awaitMails(due.recipientEmail(), 1, Duration.ofSeconds(10));
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMailServer.receivedBy(due.recipientEmail()).size() == 1);
    }

    @Test
    void an_alert_mail_that_failed_in_an_smtp_outage_is_sent_once_when_the_server_is_back() {
        var store = fixtures.storeWithGeneralManager();
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-DOWN");
        TestMailServer.stop();
        try {
            surveys.submit(token, com.dealercsi.survey.Questionnaires.STANDARD_VERSION, answers(3, 2, 2, null, false));
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from alert where store_id = ?",
                                    Integer.class,
                                    store.store().id())
                            == 1);
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            TestMailServer.restart();
        }

        TestMailServer.awaitMails(store.csManagerEmail(), 1, Duration.ofSeconds(30));
        // several retry sweeps later, still one mail per person
        Awaitility.await()
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(8))
                .until(() -> TestMailServer.receivedBy(store.csManagerEmail()).size() == 1
                        && TestMailServer.receivedBy(store.managerEmail()).size() == 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from alert_mail_sent s join alert a on a.id = s.alert_id "
                                + "where a.store_id = ?",
                        Integer.class,
                        store.store().id()))
                .isEqualTo(2);
    }

    private void deliver(AlertMailDue due) {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<AlertMailer>getTargetObject(mailer).on(due));
    }

    private UUID awaitAlert(TestStores.TestStore store) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from alert where store_id = ?",
                                Integer.class,
                                store.store().id())
                        == 1);
        return jdbc.queryForObject(
                "select response_id from alert where store_id = ?",
                UUID.class,
                store.store().id());
    }
}
