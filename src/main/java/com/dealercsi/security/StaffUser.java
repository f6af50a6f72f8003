package com.dealercsi.security;

import com.dealercsi.admin.LoginAccount;
import com.dealercsi.admin.Role;
import com.dealercsi.shared.Language;
import com.dealercsi.shared.StoreScope;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in member of staff, with the stores they may see. */
public class StaffUser extends User implements StoreScope {

    private final UUID staffId;
    private final String displayName;
    private final Language language;
    private final Set<UUID> storeIds;

    StaffUser(LoginAccount account) {
        super(
                account.email(),
                account.passwordHash(),
                account.active(),
                true,
                true,
                true,
                account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList());
        this.staffId = account.id();
        this.displayName = account.name();
        this.language = account.language();
        this.storeIds = Set.copyOf(account.storeIds());
    }

    public UUID staffId() {
        return staffId;
    }

    public String displayName() {
        return displayName;
    }

    public Language language() {
        return language;
    }

    @Override
    public Set<UUID> storeIds() {
        return storeIds;
    }

    /** Administrators and group managers see every store; everyone else the stores they are given. */
    @Override
    public boolean seesAllStores() {
        return getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Role.ADMIN)
                        || a.getAuthority().equals("ROLE_" + Role.GROUP_MANAGER));
    }
}
