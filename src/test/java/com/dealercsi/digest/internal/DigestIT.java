package com.dealercsi.digest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.admin.StoreAdministration;
import com.dealercsi.digest.DigestSubscriptions;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.security.CurrentStaff;
import com.dealercsi.shared.digest.DigestBlock;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.Mails;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Questionnaires;
import com.dealercsi.survey.Surveys;
import com.dealercsi.targets.Metric;
import com.dealercsi.targets.Targets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Monday digest end to end: real answers and alerts, the tick driven by moving the app's clock to Monday
 * morning in the store's zone, mails read from GreenMail.
 */
class DigestIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    DigestQueue queue;

    @Autowired
    DigestMailer mailer;

    @Autowired
    DigestSubscriptions subscriptions;

    @Autowired
    DigestRetention retention;

    @Autowired
    Surveys surveys;

    @Autowired
    Targets targets;

    @Autowired
    StoreAdministration administration;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void on_monday_morning_each_manager_gets_one_digest_in_their_language_and_one_who_turned_it_off_none() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        setCsiTarget(store, gm, 900);
        var red = answerRed(store, "RO-DG1");
        signedIn.run(store.csManagerEmail(), () -> subscriptions.choose(staffId(), false));
        var monday = nextMondayAt(8, 0);

        clock.set(monday.minusSeconds(60));
        queue.queueDue();
        assertThat(claims(store.managerEmail()))
                .as("Sunday's week is not over at 07:59")
                .isZero();

        clock.set(monday.plus(Duration.ofMinutes(5)));
        queue.queueDue();
        queue.queueDue();

        var english = onlyMail(gm);
        assertThat(Mails.subject(english))
                .startsWith("Weekly digest, ")
                .contains(store.store().name());
        assertThat(Mails.text(english))
                .contains("Figures against targets")
                .contains("target 900: ✗ Off track")
                .contains("Red alerts this week: 1")
                .contains(store.store().name() + " · advisor 顾问 " + store.code() + " · CSI ")
                .contains("overall satisfaction 3/10")
                .contains(baseUrl() + "/cases/response/" + red)
                .contains("as a manager of " + store.store().name())
                .contains(baseUrl() + "/account")
                .as("no owner's name, mobile or comment in the digest")
                .doesNotContain("王先生", "138", "太差了");
        assertThat(Mails.html(english)).contains("href=\"" + baseUrl() + "/cases/response/" + red + "\"");

        var chinese = onlyMail(store.managerEmail());
        assertThat(Mails.subject(chinese)).startsWith("每周摘要");
        assertThat(Mails.text(chinese)).contains("指标与目标对比", "目标 900：✗ 未达标", "本周红色预警：1 条", "总体满意度 3/10", "请在“我的账户”页面关闭");

        assertThat(digests(store.csManagerEmail())).isEmpty();
        keep("digest-mail-en", english);
        keep("digest-mail-zh", chinese);
        assertThat(claims(store.csManagerEmail())).isZero();
    }

    @Test
    void two_instances_ticking_at_the_same_moment_and_a_later_tick_queue_one_digest_per_manager() throws Exception {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        setCsiTarget(store, gm, 900);
        clock.set(nextMondayAt(8, 10));
        var together = new CyclicBarrier(2);
        var nodes = new ArrayList<CompletableFuture<Integer>>();
        for (int node = 0; node < 2; node++) {
            nodes.add(CompletableFuture.supplyAsync(() -> {
                await(together);
                return queue.queueDue();
            }));
        }
        nodes.forEach(CompletableFuture::join);
        clock.advance(Duration.ofMinutes(10));
        queue.queueDue();

        onlyMail(gm);
        assertThat(claims(gm)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from event_publication where event_type like '%DigestDue'"
                                + " and serialized_event like ?",
                        Integer.class, "%" + staffIdOf(gm) + "%"))
                .as("one outbox entry for the manager's week")
                .isEqualTo(1);
    }

    @Test
    void a_digest_handed_out_twice_by_the_outbox_is_mailed_once() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        var due = new DigestDue(
                staffIdOf(gm),
                LocalDate.now(SHANGHAI).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                List.of(new DigestBlock("Figures against targets", List.of(new DigestLine("CSI 912", "/dashboard")))));

        deliver(due);
        deliver(due);

        onlyMail(gm);
    }

    @Test
    void a_digest_that_fails_during_an_smtp_outage_arrives_once_when_the_server_is_back() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        setCsiTarget(store, gm, 900);
        clock.set(nextMondayAt(8, 20));
        TestMailServer.stop();
        try {
            queue.queueDue();
            Awaitility.await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        } finally {
            TestMailServer.restart();
        }
        // the outbox hands incomplete publications out again once they are old enough
        clock.advance(Duration.ofMinutes(1));

        onlyMail(gm);
    }

    @Test
    void a_store_name_with_markup_stays_text_in_the_html_part() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        var hostile = "</script><script>alert('digest')</script><b>店</b>";
        TestStores.asAdmin(() -> administration.updateStore(store.store().id(), hostile, SHANGHAI, null));
        setCsiTarget(store, gm, 900);
        clock.set(nextMondayAt(8, 30));

        queue.queueDue();

        var html = Mails.html(onlyMail(gm));
        assertThat(html).doesNotContain("<script", "</script>", "<b>店");
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;alert(&#39;digest&#39;)&lt;/script&gt;&lt;b&gt;店");
    }

    @Test
    void a_manager_whose_stores_had_nothing_to_report_gets_no_mail_that_week() {
        var store = fixtures.storeWithGeneralManager();
        var gm = RecoveryFixtures.gmEmail(store);
        clock.set(nextMondayAt(8, 40));

        queue.queueDue();

        assertThat(claims(gm)).as("the week is claimed all the same").isEqualTo(1);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> digests(gm).isEmpty());
    }

    @Test
    void the_retention_job_deletes_claims_and_sent_logs_of_weeks_past_the_retention_period() {
        var staffId = UUID.randomUUID();
        var old = java.sql.Timestamp.from(Instant.parse("2020-01-06T00:00:00Z"));
        var recent = java.sql.Timestamp.from(Instant.parse("2026-11-30T00:00:00Z"));
        jdbc.update("insert into digest_week values (?, '2019-12-30', ?)", staffId, old);
        jdbc.update("insert into digest_week values (?, '2026-11-23', ?)", staffId, recent);
        jdbc.update("insert into digest_mail_sent values (?, '2019-12-30', 'gm@test.local', ?)", staffId, old);

        var deleted = retention.deleteExpired(Instant.parse("2024-12-01T00:00:00Z"));

        assertThat(deleted).containsEntry("digest_week", 1).containsEntry("digest_mail_sent", 1);
        assertThat(jdbc.queryForList("select monday from digest_week where staff_id = ?", LocalDate.class, staffId))
                .containsExactly(LocalDate.of(2026, 11, 23));
    }

    /** The one digest this address received, whatever other mails (alerts) it had. */
    private static jakarta.mail.internet.MimeMessage onlyMail(String email) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> digests(email).size() >= 1);
        Awaitility.await()
                .during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> digests(email).size() == 1);
        return digests(email).getFirst();
    }

    /** The HTML and text parts under target/screenshots, to render and look at. */
    private static void keep(String name, jakarta.mail.internet.MimeMessage mail) {
        try {
            var folder = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(folder.resolve(name + ".html"), Mails.html(mail));
            java.nio.file.Files.writeString(folder.resolve(name + ".txt"), Mails.text(mail));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static java.util.List<jakarta.mail.internet.MimeMessage> digests(String email) {
        return TestMailServer.receivedBy(email).stream()
                .filter(mail -> Mails.subject(mail).startsWith("Weekly digest")
                        || Mails.subject(mail).startsWith("每周摘要"))
                .toList();
    }

    /** The next Monday after the real today, at this time in Shanghai: the week containing today has then ended. */
    private static Instant nextMondayAt(int hour, int minute) {
        return LocalDate.now(SHANGHAI)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(hour, minute)
                .atZone(SHANGHAI)
                .toInstant();
    }

    private void setCsiTarget(TestStores.TestStore store, String gm, int csi) {
        var year = LocalDate.now(SHANGHAI).getYear();
        signedIn.run(gm, () -> targets.set(store.store().id(), year, null, Map.of(Metric.CSI, (double) csi)));
        // the week ending next Sunday may fall in the next year
        signedIn.run(gm, () -> targets.set(store.store().id(), year + 1, null, Map.of(Metric.CSI, (double) csi)));
    }

    /** An owner answers with every item 3, overall 3 and NPS 2: a red alert. */
    private UUID answerRed(TestStores.TestStore store, String ro) {
        var token = RecoveryFixtures.invite(baseUrl(), store, ro);
        surveys.submit(token, Questionnaires.STANDARD_VERSION, RecoveryFixtures.answers(3, 3, 2, "太差了", false));
        return Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> jdbc.queryForList(
                                "select response_id from alert where store_id = ? and alert_level = 'RED'",
                                UUID.class,
                                store.store().id()),
                        found -> found.size() == 1)
                .getFirst();
    }

    private int claims(String email) {
        var count = jdbc.queryForObject(
                "select count(*) from digest_week where staff_id = ?", Integer.class, staffIdOf(email));
        return count == null ? 0 : count;
    }

    private UUID staffIdOf(String email) {
        return jdbc.queryForObject("select id from staff_member where email = ?", UUID.class, email);
    }

    private static UUID staffId() {
        return CurrentStaff.require().staffId();
    }

    private void deliver(DigestDue due) {
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<DigestMailer>getTargetObject(mailer).on(due));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
