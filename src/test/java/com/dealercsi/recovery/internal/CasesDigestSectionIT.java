package com.dealercsi.recovery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.alerting.AlertLevel;
import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The recovery section of the weekly digest, called as the digest calls it: no signed-in user, one reader. */
class CasesDigestSectionIT extends IntegrationTest {

    @Autowired
    CasesDigestSection section;

    @Autowired
    TestStores stores;

    @Autowired
    CaseOpening opening;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void a_manager_reads_the_overdue_cases_of_their_stores_in_their_language_with_a_path_to_each() {
        var store = stores.create();
        var other = stores.create();
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        var overdue = openCase(store, "RO-DG1", AlertLevel.RED);
        openCase(other, "RO-DG2", AlertLevel.AMBER);
        // a week later: past the 72-hour close-by time, never worked
        var weekEnd = t0.plus(Duration.ofDays(7));

        var chinese = section.forReader(reader(Set.of(store.store().id()), Locale.SIMPLIFIED_CHINESE, t0, weekEnd))
                .orElseThrow();
        var english = section.forReader(reader(Set.of(store.store().id()), Locale.ENGLISH, t0, weekEnd))
                .orElseThrow();

        assertThat(section.position()).isEqualTo(30);
        assertThat(chinese.heading()).isEqualTo("客户挽回案例：超时与本周关闭");
        assertThat(chinese.lines()).singleElement().satisfies(line -> {
            assertThat(line.path()).isEqualTo("/cases/" + overdue);
            assertThat(line.text()).contains(store.store().name(), "红色预警", "顾问 " + store.code());
        });
        assertThat(english.lines())
                .extracting(DigestLine::text)
                .singleElement()
                .satisfies(text -> assertThat(text).contains("Red alert", "advisor"));
    }

    @Test
    void a_reader_without_overdue_or_closed_cases_gets_no_section() {
        var store = stores.create();
        var t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(t0);
        openCase(store, "RO-DG3", AlertLevel.AMBER);

        // the case was opened just now: nothing is overdue within the hour
        var section = this.section.forReader(
                reader(Set.of(store.store().id()), Locale.ENGLISH, t0.minus(Duration.ofDays(7)), t0.plusSeconds(60)));
        var nobody = this.section.forReader(reader(Set.of(), Locale.ENGLISH, t0, t0.plus(Duration.ofDays(7))));

        assertThat(section).isEmpty();
        assertThat(nobody).isEmpty();
    }

    private static DigestReader reader(Set<UUID> storeIds, Locale locale, Instant weekStart, Instant weekEnd) {
        return new DigestReader(UUID.randomUUID(), storeIds, locale, weekStart, weekEnd, LocalDate.of(2026, 11, 30));
    }

    private UUID openCase(TestStores.TestStore store, String ro, AlertLevel level) {
        var alert = RecoveryCaseIT.alertFor(store, RecoveryFixtures.visit(baseUrl(), store, ro), level);
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(status ->
                        AopTestUtils.<CaseOpening>getTargetObject(opening).on(alert));
        return jdbc.queryForObject("select id from recovery_case where alert_id = ?", UUID.class, alert.alertId());
    }
}
