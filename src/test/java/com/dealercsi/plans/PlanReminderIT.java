package com.dealercsi.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.plans.internal.PlanReminders;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner of a plan past its due date gets one mail in their language, also after a failed try. */
class PlanReminderIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    PlansFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    PlanReminders reminders;

    @Test
    void the_owner_is_told_once_the_day_before_and_once_when_overdue_in_their_language() throws Exception {
        var store = stores.create();
        var owner = PlansFixtures.advisorEmail(store);
        clock.set(LocalDateTime.of(2026, 4, 1, 9, 0).atZone(SHANGHAI).toInstant());
        var id = fixtures.open(store, SubjectKind.TOPIC, "VP.CAR_CLEAN", LocalDate.of(2026, 4, 3));

        reminders.queueDue();
        Thread.sleep(1500);
        assertThat(TestMailServer.receivedBy(owner))
                .as("two days before: nothing")
                .isEmpty();

        clock.set(LocalDateTime.of(2026, 4, 2, 8, 0).atZone(SHANGHAI).toInstant());
        reminders.queueDue();
        reminders.queueDue();
        var soon = TestMailServer.awaitMails(owner, 1, Duration.ofSeconds(20));
        assertThat(Mails.subject(soon.getFirst()))
                .isEqualTo("改善计划明天到期：话题：车辆清洁（" + store.store().name() + "）");

        // the due day itself is not overdue; the first minutes of the next day in the store's zone are
        clock.set(LocalDateTime.of(2026, 4, 3, 23, 0).atZone(SHANGHAI).toInstant());
        reminders.queueDue();
        clock.set(LocalDateTime.of(2026, 4, 4, 0, 5).atZone(SHANGHAI).toInstant());
        reminders.queueDue();
        reminders.queueDue();
        var both = TestMailServer.awaitMails(owner, 2, Duration.ofSeconds(20));
        var overdue = both.get(1);
        assertThat(Mails.subject(overdue)).startsWith("改善计划已逾期：");
        assertThat(Mails.text(overdue)).contains("2026年4月3日", "/plans/" + id, "Walk every owner through the invoice");

        clock.set(LocalDateTime.of(2026, 4, 9, 9, 0).atZone(SHANGHAI).toInstant());
        reminders.queueDue();
        Thread.sleep(3000);
        assertThat(TestMailServer.receivedBy(owner))
                .as("once per plan and due date")
                .hasSize(2);
    }

    @Test
    void a_reminder_that_fails_to_send_goes_out_once_the_mail_server_is_back() throws Exception {
        var store = stores.create();
        var owner = PlansFixtures.advisorEmail(store);
        clock.set(LocalDateTime.of(2026, 5, 4, 9, 0).atZone(SHANGHAI).toInstant());
        fixtures.open(store, SubjectKind.FACTOR, "SERVICE_QUALITY", LocalDate.of(2026, 5, 5));
        clock.set(LocalDateTime.of(2026, 5, 6, 9, 0).atZone(SHANGHAI).toInstant());

        TestMailServer.stop();
        try {
            reminders.queueDue();
            // the listener tries and fails at least once while the server is down
            Thread.sleep(4000);
        } finally {
            TestMailServer.restart();
        }

        var mails = TestMailServer.awaitMails(owner, 1, Duration.ofSeconds(30));
        assertThat(Mails.subject(mails.getFirst())).startsWith("改善计划已逾期：指标：服务质量");
        reminders.queueDue();
        Thread.sleep(4000);
        assertThat(TestMailServer.receivedBy(owner)).hasSize(1);
    }
}
