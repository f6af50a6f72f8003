package com.dealercsi.admin;

import com.dealercsi.admin.internal.StaffMember;
import com.dealercsi.admin.internal.StaffRepository;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds staff: advisors named on repair orders, recipients of alerts, accounts for the login. */
@Service
@Transactional(readOnly = true)
public class Staff {

    private final StaffRepository staff;

    Staff(StaffRepository staff) {
        this.staff = staff;
    }

    public Optional<StaffRef> findAdvisor(UUID storeId, String nameOrCode) {
        return staff.findActiveByStore(storeId).stream()
                .filter(member -> member.hasRole(Role.ADVISOR) && member.isKnownAs(nameOrCode))
                .map(StaffMember::toRef)
                .findFirst();
    }

    /** One of the store's active advisors, by id (an advisor matched to a name the DMS uses). */
    public Optional<StaffRef> findAdvisor(UUID storeId, UUID staffId) {
        return staff.findActiveByStore(storeId).stream()
                .filter(member -> member.hasRole(Role.ADVISOR) && member.getId().equals(staffId))
                .map(StaffMember::toRef)
                .findFirst();
    }

    /** The store's active advisors, to pick from. */
    public List<StaffRef> advisors(UUID storeId) {
        return withAnyRole(storeId, List.of(Role.ADVISOR));
    }

    public List<StaffRef> withAnyRole(UUID storeId, Collection<Role> roles) {
        return staff.findActiveByStore(storeId).stream()
                .filter(member -> roles.stream().anyMatch(member::hasRole))
                .map(StaffMember::toRef)
                .toList();
    }

    /** Every active member of staff holding one of these roles, with their stores: e.g. who gets the digest. */
    public List<StaffAccount> activeWithAnyRole(Collection<Role> roles) {
        return staff.findAllByOrderByNameAsc().stream()
                .map(StaffMember::toAccount)
                .filter(account -> account.active() && roles.stream().anyMatch(account.roles()::contains))
                .toList();
    }

    public Optional<StaffAccount> account(UUID staffId) {
        return staff.findById(staffId).map(StaffMember::toAccount);
    }

    public Optional<LoginAccount> loginAccount(String email) {
        return staff.findByEmail(email.trim().toLowerCase(Locale.ROOT)).map(StaffMember::toLoginAccount);
    }
}
