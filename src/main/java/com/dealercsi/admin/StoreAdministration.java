package com.dealercsi.admin;

import com.dealercsi.admin.internal.StaffMember;
import com.dealercsi.admin.internal.StaffRepository;
import com.dealercsi.admin.internal.Store;
import com.dealercsi.admin.internal.StoreRepository;
import com.dealercsi.shared.Language;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates stores and staff; only administrators may. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class StoreAdministration {

    private final StoreRepository stores;
    private final StaffRepository staff;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StoreAdministration(StoreRepository stores, StaffRepository staff, PasswordEncoder passwords, Clock clock) {
        this.stores = stores;
        this.staff = staff;
        this.passwords = passwords;
        this.clock = clock;
    }

    public StoreRef createStore(String code, String name, ZoneId timeZone, @Nullable String contactPhone,
            String apiKey) {
        var store = new Store(code, name, timeZone, contactPhone, clock.instant());
        store.useApiKey(apiKey);
        return stores.save(store).toRef();
    }

    public StaffRef addStaff(String name, String email, String rawPassword, Language language,
            @Nullable String staffCode, Set<Role> roles, Set<UUID> storeIds) {
        var member = new StaffMember(name, email, passwords.encode(rawPassword), language, staffCode, roles, storeIds);
        return staff.save(member).toRef();
    }

    /** A new store with a fresh API key, which is returned here once and never shown again. */
    public NewStore createStore(String code, String name, ZoneId timeZone, @Nullable String contactPhone) {
        if (code.isBlank() || name.isBlank()) {
            throw new AdministrationRejected("admin.store.required");
        }
        if (stores.findByCode(code.trim()).isPresent()) {
            throw new AdministrationRejected("admin.store.codeTaken");
        }
        var apiKey = Secrets.apiKey();
        return new NewStore(createStore(code, name, timeZone, blankToNull(contactPhone), apiKey), apiKey);
    }

    public List<StoreRef> stores() {
        return stores.findAll().stream().map(Store::toRef).sorted(Comparator.comparing(StoreRef::code)).toList();
    }

    public StoreRef updateStore(UUID storeId, String name, ZoneId timeZone, @Nullable String contactPhone) {
        if (name.isBlank()) {
            throw new AdministrationRejected("admin.store.required");
        }
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        store.update(name, timeZone, contactPhone);
        return store.toRef();
    }

    /** The old key stops working at once; the new one is returned here once and never shown again. */
    public String rotateApiKey(UUID storeId) {
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        var apiKey = Secrets.apiKey();
        store.useApiKey(apiKey);
        return apiKey;
    }

    public List<StaffAccount> staff() {
        return staff.findAllByOrderByNameAsc().stream().map(StaffMember::toAccount).toList();
    }

    /** A new account with a one-time password, returned here once; the user changes it after logging in. */
    public NewAccount addStaff(String name, String email, Language language, @Nullable String staffCode,
            Set<Role> roles, Set<UUID> storeIds) {
        check(null, name, email, roles);
        var password = Secrets.temporaryPassword();
        var member = new StaffMember(name, email, passwords.encode(password), language, blankToNull(staffCode), roles,
                storeIds);
        return new NewAccount(staff.save(member).toAccount(), password);
    }

    public StaffAccount updateStaff(UUID staffId, String name, String email, Language language,
            @Nullable String staffCode, Set<Role> roles, Set<UUID> storeIds, boolean active) {
        check(staffId, name, email, roles);
        var member = staff.findById(staffId).orElseThrow(() -> new AdministrationRejected("admin.user.unknown"));
        member.update(name, email, language, staffCode, roles, storeIds, active);
        return member.toAccount();
    }

    /** For a user who forgot their password: a one-time password, returned here once. */
    public String resetPassword(UUID staffId) {
        var member = staff.findById(staffId).orElseThrow(() -> new AdministrationRejected("admin.user.unknown"));
        var password = Secrets.temporaryPassword();
        member.usePasswordHash(passwords.encode(password));
        return password;
    }

    private void check(@Nullable UUID staffId, String name, String email, Set<Role> roles) {
        if (name.isBlank()) {
            throw new AdministrationRejected("admin.user.nameRequired");
        }
        var normalised = email.trim().toLowerCase(Locale.ROOT);
        if (!normalised.matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new AdministrationRejected("admin.user.emailInvalid");
        }
        if (roles.isEmpty()) {
            throw new AdministrationRejected("admin.user.roleRequired");
        }
        staff.findByEmail(normalised).filter(other -> !other.getId().equals(staffId)).ifPresent(other -> {
            throw new AdministrationRejected("admin.user.emailTaken");
        });
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A store just created, with its API key in clear text this one time. */
    public record NewStore(StoreRef store, String apiKey) {
    }

    /** An account just created, with its one-time password in clear text this one time. */
    public record NewAccount(StaffAccount account, String password) {
    }
}
