package com.dealercsi.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import com.dealercsi.security.StaffUser;
import com.dealercsi.support.Api;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.TestMailServer;
import com.dealercsi.support.TestStores;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the back office's invitations list shows: a user's own stores only, filtered by state, with reasons. */
class InvitationListIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Invitations invitations;

    @Autowired
    InvitationTexts texts;

    @Test
    void staff_see_their_stores_invitations_by_state_with_the_reason_in_their_language() {
        var store = stores.create();
        var otherStore = stores.create();
        clock.set(InvitationLifecycleIT.MORNING);
        post(store, "RO-L1", "list1@example.com");
        post(store, "RO-L2", "");
        post(otherStore, "RO-L3", "");
        TestMailServer.awaitMails("list1@example.com", 1, Duration.ofSeconds(20));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> as(
                                store.managerEmail(),
                                () -> invitations.count(
                                        Set.of(), EnumSet.of(InvitationState.SENT, InvitationState.SKIPPED)))
                        == 2);

        var skipped =
                as(store.managerEmail(), () -> invitations.page(Set.of(), EnumSet.of(InvitationState.SKIPPED), 0, 50));
        var all =
                as(store.managerEmail(), () -> invitations.page(Set.of(), EnumSet.allOf(InvitationState.class), 0, 50));
        var askedForAnotherStore = as(
                store.managerEmail(),
                () -> invitations.count(Set.of(otherStore.store().id()), EnumSet.allOf(InvitationState.class)));

        assertThat(skipped).hasSize(1);
        assertThat(skipped.getFirst().skipReason()).isEqualTo(SkipReason.NO_VALID_EMAIL);
        assertThat(texts.reason(skipped.getFirst(), Locale.SIMPLIFIED_CHINESE))
                .hasValueSatisfying(reason -> assertThat(reason).contains("邮箱"));
        assertThat(texts.state(skipped.getFirst(), Locale.ENGLISH)).isEqualTo("Skipped");
        assertThat(all)
                .extracting(InvitationStatus::storeId)
                .containsOnly(store.store().id());
        assertThat(all)
                .extracting(InvitationStatus::state)
                .containsExactlyInAnyOrder(InvitationState.SENT, InvitationState.SKIPPED);
        assertThat(askedForAnotherStore).as("a store the user is not given").isZero();
    }

    private void post(TestStores.TestStore store, String ro, String email) {
        assertThat(Api.postVisit(
                                baseUrl(),
                                store.apiKey(),
                                Api.visitJson(ro, email, store.advisorCode(), "en", InvitationLifecycleIT.MORNING),
                                "en")
                        .status())
                .isEqualTo(201);
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
