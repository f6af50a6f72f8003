package com.dealercsi.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.dealercsi.recovery.RecoveryFixtures;
import com.dealercsi.shared.Factor;
import com.dealercsi.shared.digest.DigestLine;
import com.dealercsi.shared.digest.DigestReader;
import com.dealercsi.shared.digest.DigestSection;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PlansIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ActionPlans plans;

    @Autowired
    PlansFixtures fixtures;

    @Autowired
    RecoveryFixtures recoveryFixtures;

    @Autowired
    TestStores stores;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ReportingData data;

    @Autowired
    List<DigestSection> sections;

    private static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    @Test
    void a_service_manager_opens_a_plan_and_its_owner_sees_it_in_words_with_one_history_line() {
        var store = stores.create();
        var id = fixtures.open(store, SubjectKind.ITEM, "SA2", today().plusDays(14));

        var seen = signedIn.as(
                PlansFixtures.advisorEmail(store), () -> plans.get(id).orElseThrow());
        assertThat(seen.row().subject()).isEqualTo(new PlanSubject(SubjectKind.ITEM, "SA2", Factor.SERVICE_ADVISOR));
        assertThat(seen.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(seen.history()).extracting(PlanChange::action).containsExactly("OPENED");
        assertThat(seen.allowed()).containsExactlyInAnyOrder(PlanAction.START, PlanAction.COMPLETE);
        assertThat(signedIn.as(PlansFixtures.advisorEmail(store), () -> plans.count(PlanFilter.ALL)))
                .isEqualTo(1);
    }

    @Test
    void the_owner_starts_and_completes_their_plan_but_may_not_cancel_it_or_move_its_due_date() {
        var store = stores.create();
        var id = fixtures.open(store, SubjectKind.FACTOR, "SERVICE_ADVISOR", today().plusDays(7));
        var owner = PlansFixtures.advisorEmail(store);

        assertThatThrownBy(() -> signedIn.run(owner, () -> plans.cancel(id, "no time")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(owner, () -> plans.changeDue(id, today().plusDays(30))))
                .isInstanceOf(AccessDeniedException.class);
        signedIn.run(owner, () -> plans.start(id));
        signedIn.run(owner, () -> plans.complete(id, "Invoices explained at every pick-up since Monday"));

        var done = signedIn.as(store.managerEmail(), () -> plans.get(id).orElseThrow());
        assertThat(done.status()).isEqualTo(PlanStatus.DONE);
        assertThat(done.resultNote()).isEqualTo("Invoices explained at every pick-up since Monday");
        assertThat(done.history()).extracting(PlanChange::actor).last().isEqualTo("顾问 " + store.code());
        assertThat(done.allowed()).isEmpty();
    }

    @Test
    void staff_of_the_store_who_neither_manage_nor_own_the_plan_see_nothing_and_change_nothing() {
        var store = recoveryFixtures.storeWithGeneralManager();
        var id = fixtures.open(store, SubjectKind.TOPIC, "SI.WAITING", today().plusDays(7));
        var specialist = RecoveryFixtures.csEmail(store);

        assertThat(signedIn.as(specialist, () -> plans.get(id))).isEmpty();
        assertThat(signedIn.as(specialist, () -> plans.count(PlanFilter.ALL))).isZero();
        assertThatThrownBy(() -> signedIn.run(specialist, () -> plans.start(id)))
                .isInstanceOf(AccessDeniedException.class);
        // the general manager and the customer-service manager manage it
        assertThat(signedIn.as(RecoveryFixtures.gmEmail(store), () -> plans.get(id)))
                .isPresent();
        signedIn.run(store.csManagerEmail(), () -> plans.changeDue(id, today().plusDays(10)));
    }

    @Test
    void managers_open_and_see_plans_of_their_own_stores_only_and_advisors_open_none() {
        var mine = stores.create();
        var other = stores.create();
        var theirs = fixtures.open(other, SubjectKind.FACTOR, "SQ", today().plusDays(7));
        var request = new NewPlan(
                other.store().id(),
                SubjectKind.FACTOR,
                "SQ",
                null,
                "problem",
                "measures",
                fixtures.advisorOf(other).id(),
                today().plusDays(7));

        assertThatThrownBy(() -> signedIn.run(mine.managerEmail(), () -> plans.open(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(PlansFixtures.advisorEmail(other), () -> plans.open(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(mine.managerEmail(), () -> plans.get(theirs))).isEmpty();
        assertThatThrownBy(() -> signedIn.run(mine.managerEmail(), () -> plans.cancel(theirs, "not mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(
                        mine.managerEmail(),
                        () -> plans.possibleOwners(other.store().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plan_is_refused_with_reasons_when_due_in_the_past_or_owned_by_another_stores_staff() {
        var store = stores.create();
        var other = stores.create();

        assertThatThrownBy(() -> fixtures.open(store, SubjectKind.FACTOR, "SA", today().minusDays(1)))
                .isInstanceOfSatisfying(
                        PlanRuleViolation.class,
                        v -> assertThat(v.problems()).containsExactly(new PlanProblem("due", "plans.error.duePast")));
        assertThatThrownBy(() -> fixtures.open(
                        store,
                        SubjectKind.FACTOR,
                        "SA",
                        today().plusDays(3),
                        fixtures.advisorOf(other).id()))
                .isInstanceOfSatisfying(
                        PlanRuleViolation.class,
                        v -> assertThat(v.problems())
                                .containsExactly(new PlanProblem("owner", "plans.error.ownerNotOfStore")));
        assertThat(signedIn.as(store.managerEmail(), () -> plans.count(PlanFilter.ALL)))
                .isZero();
    }

    /**
     * Opened 10 June 10:00 (store time), seen on 14 June: since = 10–14 June, before = 5–9 June. Service-advisor
     * answers: 6 June all 7 → 700; 1 June all 2 (outside both periods); 11 June all 9 → 900; 13 June all 8 → 800.
     * Before 700 (1 answer), since (900 + 800) / 2 = 850 (2 answers), change +150.
     */
    @Test
    void before_and_after_compare_the_factor_since_the_plan_with_as_many_days_before() {
        var store = stores.create();
        var storeId = store.store().id();
        answer(storeId, store, LocalDateTime.of(2026, 6, 1, 11, 0), 2);
        answer(storeId, store, LocalDateTime.of(2026, 6, 6, 11, 0), 7);
        answer(storeId, store, LocalDateTime.of(2026, 6, 11, 11, 0), 9);
        answer(storeId, store, LocalDateTime.of(2026, 6, 13, 16, 0), 8);
        clock.set(LocalDateTime.of(2026, 6, 10, 10, 0).atZone(SHANGHAI).toInstant());
        var id = fixtures.open(store, SubjectKind.TOPIC, "SA.CHARGES_EXPLAINED", LocalDate.of(2026, 6, 30));
        clock.set(LocalDateTime.of(2026, 6, 14, 18, 0).atZone(SHANGHAI).toInstant());

        var figures = signedIn.as(store.managerEmail(), () -> plans.get(id).orElseThrow())
                .beforeAfter();
        assertThat(figures.factor()).isEqualTo(Factor.SERVICE_ADVISOR);
        assertThat(figures.before().from()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(figures.before().to()).isEqualTo(LocalDate.of(2026, 6, 9));
        assertThat(figures.after().to()).isEqualTo(LocalDate.of(2026, 6, 14));
        assertThat(figures.before().score()).isCloseTo(700.0, within(1e-6));
        assertThat(figures.before().answers()).isEqualTo(1);
        assertThat(figures.after().score()).isCloseTo(850.0, within(1e-6));
        assertThat(figures.after().answers()).isEqualTo(2);
        assertThat(figures.change()).isCloseTo(150.0, within(1e-6));

        var onDashboard =
                signedIn.as(store.managerEmail(), () -> plans.effects(Set.of(storeId), LocalDate.of(2026, 6, 1)));
        assertThat(onDashboard)
                .singleElement()
                .satisfies(effect -> assertThat(effect.beforeAfter()).isEqualTo(figures));
        assertThat(signedIn.as(
                        PlansFixtures.advisorEmail(store),
                        () -> plans.effects(Set.of(storeId), LocalDate.of(2026, 6, 1))))
                .as("the dashboard's plan panel is for managers")
                .isEmpty();
    }

    @Test
    void the_digest_lists_the_readers_overdue_plans_and_those_due_within_a_week_with_links_in_their_language() {
        var store = stores.create();
        var mine = Set.of(store.store().id());
        clock.set(LocalDateTime.of(2026, 9, 1, 9, 0).atZone(SHANGHAI).toInstant());
        var overdue = fixtures.open(store, SubjectKind.TOPIC, "SI.WAITING", LocalDate.of(2026, 9, 3));
        var dueSoon = fixtures.open(store, SubjectKind.FACTOR, "SERVICE_FACILITY", LocalDate.of(2026, 9, 10));
        fixtures.open(store, SubjectKind.ITEM, "VP1", LocalDate.of(2026, 9, 30));
        var monday = LocalDate.of(2026, 9, 7);
        var weekEnd = monday.atStartOfDay(SHANGHAI).toInstant();
        var section =
                sections.stream().filter(s -> s.position() == 50).findFirst().orElseThrow();

        var zh = section.forReader(reader(mine, Locale.SIMPLIFIED_CHINESE, weekEnd, monday))
                .orElseThrow();
        assertThat(zh.heading()).isEqualTo("待完成的改善计划：2 项（其中 1 项已逾期）");
        assertThat(zh.lines()).extracting(DigestLine::path).containsExactly("/plans/" + overdue, "/plans/" + dueSoon);
        assertThat(zh.lines().getFirst().text())
                .isEqualTo("话题：等待时间过长 · " + store.store().name() + " · 顾问 " + store.code() + " · 自 2026年9月3日 起逾期");
        var en =
                section.forReader(reader(mine, Locale.ENGLISH, weekEnd, monday)).orElseThrow();
        assertThat(en.lines().get(1).text())
                .startsWith("Factor: Service facility · ")
                .endsWith(" · due Sep 10, 2026");
        assertThat(section.forReader(reader(Set.of(UUID.randomUUID()), Locale.ENGLISH, weekEnd, monday)))
                .as("another store's reader")
                .isEmpty();
    }

    private static DigestReader reader(Set<UUID> storeIds, Locale locale, Instant weekEnd, LocalDate monday) {
        return new DigestReader(
                UUID.randomUUID(),
                storeIds,
                locale,
                weekEnd.minus(java.time.Duration.ofDays(7)),
                weekEnd,
                monday.minusDays(7));
    }

    private void answer(UUID storeId, TestStores.TestStore store, LocalDateTime at, int rating) {
        var when = at.atZone(SHANGHAI);
        var visit =
                data.deliver(storeId, store.advisorCode(), when.minusHours(3).toOffsetDateTime());
        data.answer(storeId, visit, when.toInstant(), rating, Map.of(), rating, rating, null, null);
    }
}
