package com.dealercsi.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.PhoneBrowser;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import com.dealercsi.survey.Surveys;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The daily call list of owners who did not answer, the calls logged, and the revisit rate. */
class RevisitDeskIT extends IntegrationTest {

    /** What {@code Api.visitJson} sends as delivery time. */
    static final Instant DELIVERED = Instant.parse("2026-11-27T02:30:00Z");

    @Autowired
    RecoveryFixtures fixtures;

    @Autowired
    TestStores stores;

    @Autowired
    Surveys surveys;

    @Autowired
    RevisitDesk desk;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unanswered_visits_are_called_oldest_first_and_reached_owners_count_as_revisited() {
        var store = fixtures.storeWithGeneralManager();
        var cs = RecoveryFixtures.csEmail(store);
        var token = RecoveryFixtures.invite(baseUrl(), store, "RO-R1");
        surveys.submit(
                token,
                com.dealercsi.survey.Questionnaires.STANDARD_VERSION,
                RecoveryFixtures.answers(9, 9, 9, null, false));
        var reached = RecoveryFixtures.visit(baseUrl(), store, "RO-R2");
        var declined = RecoveryFixtures.visit(baseUrl(), store, "RO-R3");
        var unreachable = RecoveryFixtures.visit(baseUrl(), store, "RO-R4");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                        "select count(*) from revisit_visit where store_id = ? and answered_at is null",
                                        Integer.class,
                                        store.store().id())
                                == 3
                        && jdbc.queryForObject(
                                        "select count(*) from revisit_visit where store_id = ?",
                                        Integer.class,
                                        store.store().id())
                                == 4);

        clock.set(DELIVERED.plus(Duration.ofDays(4)).minusSeconds(1));
        assertThat(calls(cs, store)).isEmpty();
        clock.set(DELIVERED.plus(Duration.ofDays(4)));
        var list = signedIn.as(cs, () -> desk.callList(store.store().id()));
        assertThat(list)
                .extracting(RevisitDesk.Call::visitId)
                .containsExactlyInAnyOrder(reached, declined, unreachable);
        // the list shows numbers masked; a call reveals one through privacy.OwnerContacts (MaskingIT)
        assertThat(list).extracting(RevisitDesk.Call::phone).containsOnly("138****8000");
        assertThat(list).extracting(RevisitDesk.Call::roNumber).doesNotContain("RO-R1");

        signedIn.run(cs, () -> {
            desk.logCall(reached, RevisitResult.REACHED, "Happy with the service");
            desk.logCall(declined, RevisitResult.DECLINED, "Does not want to talk");
            desk.logCall(unreachable, RevisitResult.UNREACHABLE, "");
        });
        assertThat(calls(cs, store)).isEmpty();

        // the unreachable owner is tried again the next day, three times at most
        clock.advance(Duration.ofDays(1));
        assertThat(calls(cs, store)).containsExactly(unreachable);
        signedIn.run(cs, () -> desk.logCall(unreachable, RevisitResult.UNREACHABLE, "voicemail"));
        clock.advance(Duration.ofDays(1));
        signedIn.run(cs, () -> desk.logCall(unreachable, RevisitResult.UNREACHABLE, ""));
        clock.advance(Duration.ofDays(1));
        assertThat(calls(cs, store)).isEmpty();
        assertThatThrownBy(() -> signedIn.run(cs, () -> desk.logCall(unreachable, RevisitResult.REACHED, "")))
                .isInstanceOf(CaseRuleViolation.class)
                .hasMessage("recovery.revisit.error.done");

        var day = signedIn.as(cs, () -> desk.rates(store.store().id(), 10)).stream()
                .filter(rate -> rate.day().equals(LocalDate.of(2026, 11, 27)))
                .findFirst()
                .orElseThrow();
        assertThat(day.delivered()).isEqualTo(4);
        assertThat(day.revisited()).isEqualTo(2);
        assertThat(day.percent()).isEqualTo(50.0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from revisit_call where visit_id = ?", Integer.class, unreachable))
                .isEqualTo(3);
    }

    @Test
    void staff_of_another_store_can_neither_list_nor_log_calls() {
        var store = fixtures.storeWithGeneralManager();
        var other = stores.create();
        var visit = RecoveryFixtures.visit(baseUrl(), store, "RO-PRIV");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from revisit_visit where visit_id = ?", Integer.class, visit)
                        == 1);
        clock.set(DELIVERED.plus(Duration.ofDays(5)));

        assertThat(signedIn.as(other.csManagerEmail(), () -> desk.callList(null)))
                .extracting(RevisitDesk.Call::visitId)
                .doesNotContain(visit);
        assertThatThrownBy(() -> signedIn.as(
                        other.csManagerEmail(),
                        () -> desk.callList(store.store().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        signedIn.run(other.csManagerEmail(), () -> desk.logCall(visit, RevisitResult.REACHED, "")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_specialist_logs_an_unreachable_owner_on_a_phone() {
        var store = fixtures.storeWithGeneralManager();
        var visit = RecoveryFixtures.visit(baseUrl(), store, "RO-RB");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from revisit_visit where visit_id = ?", Integer.class, visit)
                        == 1);
        clock.set(DELIVERED.plus(Duration.ofDays(4)));

        try (var phone = new PhoneBrowser("en-US")) {
            phone.open(baseUrl() + "/revisits");
            phone.await("vaadin-login-form");
            phone.await("input[name='username']").sendKeys(store.csManagerEmail());
            phone.await("input[name='password']").sendKeys("secret", Keys.ENTER);
            phone.awaitText("#revisits", "王先生 · 沪A88888");
            phone.screenshot("revisit-1-call-list-en");
            phone.tap("#revisit-UNREACHABLE-RO-RB");
            phone.await("#revisit-note input").sendKeys("No answer, voicemail full");
            phone.tap("#revisit-save");
            phone.awaitText("#revisits", "Nobody to call today.");
            assertThat(phone.bodyText()).contains("0 of 1 visits");
            phone.screenshot("revisit-2-logged-en");
        }

        assertThat(jdbc.queryForMap("select result, note from revisit_call where visit_id = ?", visit))
                .containsEntry("result", "UNREACHABLE")
                .containsEntry("note", "No answer, voicemail full");
    }

    private List<UUID> calls(String email, TestStores.TestStore store) {
        return signedIn.as(email, () -> desk.callList(store.store().id())).stream()
                .map(RevisitDesk.Call::visitId)
                .toList();
    }
}
