package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.security.StaffUser;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The link printed as a QR code on the pick-up sheet opens the same survey, once, and ends the invitation. */
class PickupSheetIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationPolicies policies;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void an_owner_who_answers_at_the_counter_gets_no_mail_later() {
        var store = stores.create();
        TestStores.asAdmin(() -> {
            policies.override(store.store().id(), Duration.ofHours(2), null, null, null);
            return null;
        });
        clock.set(InvitationLifecycleIT.MORNING);
        var visitId = post(store, "RO-C1", "counter@example.com");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> state(visitId) == InvitationState.SCHEDULED);

        var first = as(store.csManagerEmail(), () -> invitations.printCounterLink(visitId))
                .orElseThrow();
        var second = as(store.csManagerEmail(), () -> invitations.printCounterLink(visitId))
                .orElseThrow();

        assertThat(second.url()).startsWith(baseUrl() + "/survey/");
        assertThat(invitations.findByToken(token(first.url())))
                .as("a sheet printed again replaces the old one")
                .isEmpty();
        var ticket = invitations.findByToken(token(second.url())).orElseThrow();
        assertThat(ticket.status()).isEqualTo(SurveyTicket.Status.OPEN);
        assertThat(ticket.expiresAt()).isEqualTo(InvitationLifecycleIT.MORNING.plus(Duration.ofDays(14)));

        transactions.executeWithoutResult(status -> invitations.answer(token(second.url())));
        clock.advance(Duration.ofHours(3));

        InvitationLifecycleIT.assertNoMailFor("counter@example.com", Duration.ofSeconds(4));
        assertThat(state(visitId)).isEqualTo(InvitationState.ANSWERED);
        assertThat(as(store.csManagerEmail(), () -> invitations.printCounterLink(visitId)))
                .as("answered")
                .isEmpty();
    }

    @Test
    void a_visit_without_a_usable_address_can_still_be_answered_at_the_counter_but_not_by_another_store() {
        var store = stores.create();
        var other = stores.create();
        clock.set(InvitationLifecycleIT.MORNING);
        var visitId = post(store, "RO-C2", "");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> state(visitId) == InvitationState.SKIPPED);

        Optional<Invitations.CounterLink> foreign =
                as(other.managerEmail(), () -> invitations.printCounterLink(visitId));
        var link = as(store.managerEmail(), () -> invitations.printCounterLink(visitId))
                .orElseThrow();

        assertThat(foreign).isEmpty();
        assertThat(invitations.findByToken(token(link.url())).orElseThrow().status())
                .isEqualTo(SurveyTicket.Status.OPEN);
        clock.advance(Duration.ofDays(15));
        assertThat(invitations.findByToken(token(link.url())).orElseThrow().status())
                .isEqualTo(SurveyTicket.Status.EXPIRED);
    }

    private UUID post(TestStores.TestStore store, String ro, String email) {
        var response = Api.postVisit(
                baseUrl(),
                store.apiKey(),
                Api.visitJson(ro, email, store.advisorCode(), "zh-CN", InvitationLifecycleIT.MORNING),
                "en");
        assertThat(response.status()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asString());
    }

    private InvitationState state(UUID visitId) {
        return invitations.statusOfVisit(visitId).map(InvitationStatus::state).orElse(null);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private <T> T as(String email, Callable<T> work) {
        var user = (StaffUser) accounts.loadUserByUsername(email);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
