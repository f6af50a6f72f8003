package com.dealercsi.admin;

import com.dealercsi.admin.internal.StaffMember;
import com.dealercsi.admin.internal.StaffRepository;
import com.dealercsi.admin.internal.Store;
import com.dealercsi.admin.internal.StoreRepository;
import com.dealercsi.audit.AuditAction;
import com.dealercsi.audit.AuditTrail;
import com.dealercsi.shared.Language;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
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
    private final AuditTrail audit;

    StoreAdministration(
            StoreRepository stores, StaffRepository staff, PasswordEncoder passwords, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.stores = stores;
        this.staff = staff;
        this.passwords = passwords;
        this.clock = clock;
    }

    public StoreRef createStore(
            String code, String name, ZoneId timeZone, @Nullable String contactPhone, String apiKey) {
        var store = new Store(code, name, timeZone, contactPhone, clock.instant());
        store.useApiKey(apiKey);
        var created = stores.save(store).toRef();
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                created.id(),
                "audit.setting.storeCreated",
                Map.of(
                        "code",
                        created.code(),
                        "name",
                        created.name(),
                        "timeZone",
                        created.timeZone().getId()));
        return created;
    }

    public StaffRef addStaff(
            String name,
            String email,
            String rawPassword,
            Language language,
            @Nullable String staffCode,
            Set<Role> roles,
            Set<UUID> storeIds) {
        var member = new StaffMember(name, email, passwords.encode(rawPassword), language, staffCode, roles, storeIds);
        var saved = staff.save(member);
        auditCreated(saved.toAccount());
        return saved.toRef();
    }

    /** A new store with a fresh API key, which is returned here once and never shown again. */
    public NewStore createStore(String code, String name, ZoneId timeZone, @Nullable String contactPhone) {
        if (code.isBlank()) {
            throw new AdministrationRejected("admin.store.codeRequired");
        }
        if (name.isBlank()) {
            throw new AdministrationRejected("admin.store.nameRequired");
        }
        if (stores.findByCode(code.trim()).isPresent()) {
            throw new AdministrationRejected("admin.store.codeTaken");
        }
        var apiKey = Secrets.apiKey();
        return new NewStore(createStore(code, name, timeZone, blankToNull(contactPhone), apiKey), apiKey);
    }

    public List<StoreRef> stores() {
        return stores.findAll().stream()
                .map(Store::toRef)
                .sorted(Comparator.comparing(StoreRef::code))
                .toList();
    }

    public StoreRef updateStore(UUID storeId, String name, ZoneId timeZone, @Nullable String contactPhone) {
        if (name.isBlank()) {
            throw new AdministrationRejected("admin.store.nameRequired");
        }
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        store.update(name, timeZone, contactPhone);
        var updated = store.toRef();
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.store",
                Map.of(
                        "code",
                        updated.code(),
                        "name",
                        updated.name(),
                        "timeZone",
                        updated.timeZone().getId()));
        return updated;
    }

    /** The old key stops working at once; the new one is returned here once and never shown again. */
    public String rotateApiKey(UUID storeId) {
        var store = stores.findById(storeId).orElseThrow(() -> new AdministrationRejected("admin.store.unknown"));
        var apiKey = Secrets.apiKey();
        store.useApiKey(apiKey);
        audit.record(
                AuditAction.SETTINGS_CHANGED,
                storeId,
                "audit.setting.apiKey",
                Map.of("code", store.toRef().code()));
        return apiKey;
    }

    public List<StaffAccount> staff() {
        return staff.findAllByOrderByNameAsc().stream()
                .map(StaffMember::toAccount)
                .toList();
    }

    /** A new account with a one-time password, returned here once; the user changes it after logging in. */
    public NewAccount addStaff(
            String name,
            String email,
            Language language,
            @Nullable String staffCode,
            Set<Role> roles,
            Set<UUID> storeIds) {
        check(null, name, email, roles);
        var password = Secrets.temporaryPassword();
        var member = new StaffMember(
                name, email, passwords.encode(password), language, blankToNull(staffCode), roles, storeIds);
        var account = staff.save(member).toAccount();
        auditCreated(account);
        return new NewAccount(account, password);
    }

    public StaffAccount updateStaff(
            UUID staffId,
            String name,
            String email,
            Language language,
            @Nullable String staffCode,
            Set<Role> roles,
            Set<UUID> storeIds,
            boolean active) {
        check(staffId, name, email, roles);
        var member = staff.findById(staffId).orElseThrow(() -> new AdministrationRejected("admin.user.unknown"));
        var before = member.toAccount();
        member.update(name, email, language, staffCode, roles, storeIds, active);
        var after = member.toAccount();
        auditChanged(before, after);
        return after;
    }

    /** For a user who forgot their password: a one-time password, returned here once. */
    public String resetPassword(UUID staffId) {
        var member = staff.findById(staffId).orElseThrow(() -> new AdministrationRejected("admin.user.unknown"));
        var password = Secrets.temporaryPassword();
        member.usePasswordHash(passwords.encode(password));
        audit.record(AuditAction.PASSWORD_RESET, null, member.toAccount().email(), Map.of());
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
        staff.findByEmail(normalised)
                .filter(other -> !other.getId().equals(staffId))
                .ifPresent(other -> {
                    throw new AdministrationRejected("admin.user.emailTaken");
                });
    }

    private void auditCreated(StaffAccount account) {
        audit.record(
                AuditAction.ACCOUNT_CREATED,
                null,
                account.email(),
                Map.of("roles", roleNames(account.roles()), "stores", storeCodes(account.storeIds())));
    }

    /** Roles and stores each get an entry of their own, so the audit page finds them by what changed. */
    private void auditChanged(StaffAccount before, StaffAccount after) {
        if (!before.roles().equals(after.roles())) {
            audit.record(
                    AuditAction.ROLE_CHANGED,
                    null,
                    after.email(),
                    Map.of("before", roleNames(before.roles()), "after", roleNames(after.roles())));
        }
        if (!before.storeIds().equals(after.storeIds())) {
            audit.record(
                    AuditAction.STORES_CHANGED,
                    null,
                    after.email(),
                    Map.of("before", storeCodes(before.storeIds()), "after", storeCodes(after.storeIds())));
        }
        var changed = new java.util.ArrayList<String>();
        if (!before.name().equals(after.name())) {
            changed.add("name");
        }
        if (!before.email().equals(after.email())) {
            changed.add("email");
        }
        if (before.language() != after.language()) {
            changed.add("language");
        }
        if (!Objects.equals(before.staffCode(), after.staffCode())) {
            changed.add("staffCode");
        }
        if (before.active() != after.active()) {
            changed.add("active");
        }
        if (!changed.isEmpty()) {
            var details = new java.util.LinkedHashMap<String, String>();
            details.put("fields", String.join(", ", changed));
            if (!before.email().equals(after.email())) {
                details.put("before", before.email());
            }
            details.put("active", after.active() ? "audit.value.yes" : "audit.value.no");
            audit.record(AuditAction.ACCOUNT_CHANGED, null, after.email(), details);
        }
    }

    private static String roleNames(Set<Role> roles) {
        return roles.stream().map(role -> "admin.role." + role.name()).sorted().collect(Collectors.joining(","));
    }

    private String storeCodes(Set<UUID> storeIds) {
        return stores.findAllById(storeIds).stream()
                .map(store -> store.toRef().code())
                .sorted()
                .collect(Collectors.joining(","));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A store just created, with its API key in clear text this one time. */
    public record NewStore(StoreRef store, String apiKey) {}

    /** An account just created, with its one-time password in clear text this one time. */
    public record NewAccount(StaffAccount account, String password) {}
}
