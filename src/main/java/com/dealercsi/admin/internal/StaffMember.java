package com.dealercsi.admin.internal;

import com.dealercsi.admin.LoginAccount;
import com.dealercsi.admin.Role;
import com.dealercsi.admin.StaffRef;
import com.dealercsi.shared.AggregateRoot;
import com.dealercsi.shared.Language;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "staff_member")
public class StaffMember extends AggregateRoot {

    private String name;
    private String email;
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Language language;

    private @Nullable String staffCode;
    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_store", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "store_id")
    private Set<UUID> storeIds = new HashSet<>();

    protected StaffMember() {
        this.name = "";
        this.email = "";
        this.passwordHash = "";
        this.language = Language.ZH_CN;
    }

    public StaffMember(
            String name,
            String email,
            String passwordHash,
            Language language,
            @Nullable String staffCode,
            Set<Role> roles,
            Set<UUID> storeIds) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A member of staff needs at least one role");
        }
        this.name = name.trim();
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        this.language = language;
        this.staffCode = staffCode;
        this.roles = EnumSet.copyOf(roles);
        this.storeIds = new HashSet<>(storeIds);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** A DMS names the advisor by staff code or by name; both match, ignoring case and spaces. */
    public boolean isKnownAs(String nameOrCode) {
        var wanted = normalise(nameOrCode);
        return !wanted.isEmpty()
                && (normalise(name).equals(wanted)
                        || staffCode != null && normalise(staffCode).equals(wanted));
    }

    private static String normalise(String value) {
        return value.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
    }

    public StaffRef toRef() {
        return new StaffRef(getId(), name, email, language, Set.copyOf(roles));
    }

    public LoginAccount toLoginAccount() {
        return new LoginAccount(
                getId(), name, email, passwordHash, language, Set.copyOf(roles), Set.copyOf(storeIds), active);
    }

    /** An administrator changes who this is and what they may see; at least one role stays. */
    public void update(
            String name,
            String email,
            Language language,
            @Nullable String staffCode,
            Set<Role> roles,
            Set<UUID> storeIds,
            boolean active) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A member of staff needs at least one role");
        }
        this.name = name.trim();
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.language = language;
        this.staffCode = staffCode == null || staffCode.isBlank() ? null : staffCode.trim();
        this.roles.clear();
        this.roles.addAll(roles);
        this.storeIds.clear();
        this.storeIds.addAll(storeIds);
        this.active = active;
    }

    /** The member of staff chose a language for themselves (an administrator sets it with {@link #update}). */
    public void preferLanguage(Language language) {
        this.language = language;
    }

    public void usePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public com.dealercsi.admin.StaffAccount toAccount() {
        return new com.dealercsi.admin.StaffAccount(
                getId(), name, email, language, staffCode, Set.copyOf(roles), Set.copyOf(storeIds), active);
    }
}
