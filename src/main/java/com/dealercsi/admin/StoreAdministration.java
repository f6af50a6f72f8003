package com.dealercsi.admin;

import com.dealercsi.admin.internal.StaffMember;
import com.dealercsi.admin.internal.StaffRepository;
import com.dealercsi.admin.internal.Store;
import com.dealercsi.admin.internal.StoreRepository;
import com.dealercsi.shared.Language;
import java.time.Clock;
import java.time.ZoneId;
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
}
