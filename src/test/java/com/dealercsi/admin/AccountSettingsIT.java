package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.SignedIn;
import com.dealercsi.support.TestStores;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A member of staff chooses their own language, and nobody else's. */
class AccountSettingsIT extends IntegrationTest {

    @Autowired
    TestStores stores;

    @Autowired
    StoreAdministration administration;

    @Autowired
    AccountSettings settings;

    @Autowired
    SignedIn signedIn;

    @Test
    void staff_change_their_own_language_but_not_a_colleagues() {
        var store = stores.create();
        var manager = TestStores.asAdmin(() -> administration.staff().stream()
                .filter(account -> account.email().equalsIgnoreCase(store.managerEmail()))
                .findFirst()
                .orElseThrow());

        assertThatThrownBy(() ->
                        signedIn.run(store.csManagerEmail(), () -> settings.preferLanguage(manager.id(), Language.EN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> settings.account(manager.id()).language()))
                .isEqualTo(Language.ZH_CN);

        signedIn.run(store.managerEmail(), () -> settings.preferLanguage(manager.id(), Language.EN));

        assertThat(signedIn.as(
                        store.managerEmail(),
                        () -> settings.account(manager.id()).language()))
                .isEqualTo(Language.EN);
    }
}
