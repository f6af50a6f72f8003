package com.dealercsi.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dealercsi.admin.internal.FirstAdministrator;
import com.dealercsi.security.PasswordChange;
import com.dealercsi.shared.Language;
import com.dealercsi.support.IntegrationTest;
import com.dealercsi.support.ReportingData;
import com.dealercsi.support.TestStores;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

class AdministrationIT extends IntegrationTest {

    @Autowired
    StoreAdministration administration;

    @Autowired
    Stores stores;

    @Autowired
    TestStores testStores;

    @Autowired
    ReportingData data;

    @Autowired
    PasswordChange passwordChange;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    com.dealercsi.admin.internal.StaffRepository staffRepository;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logOut() {
        ReportingData.logOut();
    }

    @Test
    void a_new_store_gets_an_api_key_shown_once_and_rotating_it_retires_the_old_one() {
        var code = "S" + UUID.randomUUID().toString().substring(0, 8);
        var created = TestStores.asAdmin(
                () -> administration.createStore(code, "新店 " + code, ZoneId.of("Asia/Urumqi"), "0991-1234567"));

        assertThat(stores.findByApiKey(created.apiKey())).map(StoreRef::code).contains(code);
        var rotated = TestStores.asAdmin(
                () -> administration.rotateApiKey(created.store().id()));
        assertThat(stores.findByApiKey(created.apiKey())).isEmpty();
        assertThat(stores.findByApiKey(rotated)).map(StoreRef::code).contains(code);
        assertThat(jdbc.queryForObject(
                        "select count(*) from store where api_key_hash = ? or api_key_hash = ?",
                        Integer.class,
                        rotated,
                        created.apiKey()))
                .as("keys are stored only as hashes")
                .isZero();
    }

    @Test
    void a_store_is_renamed_and_moved_to_another_time_zone_but_keeps_its_code() {
        var store = testStores.create();

        var updated = TestStores.asAdmin(
                () -> administration.updateStore(store.store().id(), "改名店", ZoneId.of("Asia/Hong_Kong"), " "));

        assertThat(updated)
                .extracting(StoreRef::code, StoreRef::name, StoreRef::timeZone, StoreRef::contactPhone)
                .containsExactly(store.code(), "改名店", ZoneId.of("Asia/Hong_Kong"), null);
        assertThatThrownBy(() -> TestStores.asAdmin(
                        () -> administration.createStore(store.code(), "Twin", ZoneId.of("Asia/Shanghai"), null)))
                .hasRootCauseInstanceOf(AdministrationRejected.class)
                .rootCause()
                .hasMessage("admin.store.codeTaken");
    }

    @Test
    void a_new_user_logs_in_with_the_one_time_password_and_an_admin_can_reset_it() {
        var store = testStores.create();
        var email = ("new-" + store.code() + "@test.local").toLowerCase(java.util.Locale.ROOT);

        var created = TestStores.asAdmin(() -> administration.addStaff(
                "新员工",
                " " + email.toUpperCase() + " ",
                Language.EN,
                null,
                Set.of(Role.CUSTOMER_SERVICE),
                Set.of(store.store().id())));

        assertThat(created.account().email()).isEqualTo(email);
        assertThat(encoder.matches(
                        created.password(), accounts.loadUserByUsername(email).getPassword()))
                .isTrue();
        var reset = TestStores.asAdmin(
                () -> administration.resetPassword(created.account().id()));
        var hash = accounts.loadUserByUsername(email).getPassword();
        assertThat(encoder.matches(reset, hash)).isTrue();
        assertThat(encoder.matches(created.password(), hash)).isFalse();
    }

    @Test
    void an_administrator_changes_roles_and_stores_and_can_deactivate_an_account() {
        var store = testStores.create();
        var other = testStores.create();
        var account = TestStores.asAdmin(() -> administration.addStaff(
                        "调岗",
                        "move-" + store.code() + "@test.local",
                        Language.ZH_CN,
                        "SX-" + store.code(),
                        Set.of(Role.ADVISOR),
                        Set.of(store.store().id())))
                .account();

        TestStores.asAdmin(() -> administration.updateStaff(
                account.id(),
                "调岗",
                account.email(),
                Language.EN,
                null,
                Set.of(Role.STORE_MANAGER),
                Set.of(other.store().id()),
                false));

        var user = (com.dealercsi.security.StaffUser) accounts.loadUserByUsername(account.email());
        assertThat(user.storeIds()).containsExactly(other.store().id());
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STORE_MANAGER");
        assertThat(user.isEnabled()).isFalse();
        assertThatThrownBy(() -> TestStores.asAdmin(() -> administration.updateStaff(
                        account.id(),
                        "调岗",
                        store.managerEmail(),
                        Language.EN,
                        null,
                        Set.of(Role.STORE_MANAGER),
                        Set.of(),
                        true)))
                .rootCause()
                .hasMessage("admin.user.emailTaken");
        assertThatThrownBy(() -> TestStores.asAdmin(() -> administration.updateStaff(
                        account.id(), "调岗", account.email(), Language.EN, null, Set.of(), Set.of(), true)))
                .rootCause()
                .hasMessage("admin.user.roleRequired");
    }

    @Test
    void only_administrators_may_administer() {
        var store = testStores.create();
        data.logInAs(store.managerEmail());

        assertThatThrownBy(() -> administration.staff()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.rotateApiKey(store.store().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void users_change_their_own_password_only_knowing_the_current_one() {
        var store = testStores.create();
        data.logInAs(store.managerEmail());

        assertThatThrownBy(() -> passwordChange.change("wrong", "a-much-longer-one"))
                .isInstanceOf(AdministrationRejected.class)
                .hasMessage("admin.password.wrongCurrent");
        assertThatThrownBy(() -> passwordChange.change("secret", "short"))
                .isInstanceOf(AdministrationRejected.class)
                .hasMessage("admin.password.tooShort");
        passwordChange.change("secret", "a-much-longer-one");

        var hash = accounts.loadUserByUsername(store.managerEmail()).getPassword();
        assertThat(encoder.matches("a-much-longer-one", hash)).isTrue();
        assertThat(encoder.matches("secret", hash)).isFalse();
    }

    @Test
    @Transactional
    void the_first_administrator_comes_from_the_environment_only_while_there_is_none() {
        // inside this test's transaction, rolled back at its end: as if no administrator existed yet
        jdbc.update("delete from staff_role where role = 'ADMIN'");
        var email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        var first = firstAdministrator(email, "first-password-123");

        assertThat(first.createIfNone()).isTrue();
        assertThat(encoder.matches(
                        "first-password-123", accounts.loadUserByUsername(email).getPassword()))
                .isTrue();
        assertThat(accounts.loadUserByUsername(email).getAuthorities())
                .extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
        assertThat(firstAdministrator("second@test.local", "second-password-123")
                        .createIfNone())
                .isFalse();
    }

    private FirstAdministrator firstAdministrator(String email, String password) {
        // the runner is a bean only in the prod profile; here it is built with the app's own repository
        return new FirstAdministrator(
                staffRepository, encoder, new FirstAdministrator.Settings(email, password, "First Admin"));
    }
}
